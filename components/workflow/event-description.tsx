import { useTranslations } from "next-intl";
import { describeEvent, type DescribableEvent, type EventValue, type NameLookup } from "@/lib/audit/describe";
import styles from "./desk-views.module.css";

/** The event in plain language, with the reasons and the quoted note or comment when there is one. */
export function EventDescription({ event, names }: { event: DescribableEvent; names: NameLookup }) {
  const t = useTranslations("Timeline");
  const review = useTranslations("Review");
  const roles = useTranslations("Roles");
  const described = describeEvent(event, names);
  const resolve = (value: EventValue): string => {
    if (typeof value === "string") return value;
    switch (value.kind) {
      case "role":
        return roles(value.role);
      case "system":
        return t("system");
      case "unknownUser":
        return t("unknownUser");
      case "token":
        return t("token", { name: value.name });
    }
  };
  const values = Object.fromEntries(Object.entries(described.values).map(([k, v]) => [k, resolve(v)]));
  return (
    <>
      <span className={styles.eventLine}>{t(`event.${described.key}`, values)}</span>
      {described.wordsChanged !== undefined && (
        <span className="muted small"> · {t("wordsChanged", { count: described.wordsChanged })}</span>
      )}
      {described.categories && described.categories.length > 0 && (
        <ul className={`${styles.chips} ${styles.eventChips}`} aria-label={review("categories")}>
          {described.categories.map((c) => (
            <li key={c} className={styles.chip}>{review(`category.${c}`)}</li>
          ))}
        </ul>
      )}
      {described.quote && <blockquote className={styles.comment}>{described.quote}</blockquote>}
    </>
  );
}

/** A marker colour for the timeline dot. */
export function eventKind(action: string): string {
  if (action === "article.changes_requested") return "review";
  if (action === "article.approved") return "approve";
  if (action === "article.published" || action === "article.unpublished") return "publish";
  if (action === "article.submitted" || action === "article.withdrawn") return "submit";
  return "other";
}
