import { useFormatter, useLocale, useMessages, useTranslations } from "next-intl";
import { qaMessageFormatter } from "@/lib/qa/format-message";
import type { Severity } from "@/lib/qa/types";
import styles from "./qa.module.css";
import type { ReadOnlyFinding } from "@/lib/qa/read-only-findings";

const DOT: Record<Severity, string> = { error: styles["dot-error"]!, warning: styles["dot-warning"]!, info: styles["dot-info"]! };

/**
 * A revision's findings, read-only, beside or below its text: counts, then
 * each finding with its message, the flagged text and its sentence;
 * dismissed ones say who dismissed them and why.
 */
export function FindingsList({ findings, revisionNumber }: { findings: ReadOnlyFinding[]; revisionNumber: number }) {
  const t = useTranslations("QaDesk");
  const format = useFormatter();
  const locale = useLocale();
  const messages = useMessages();
  const message = qaMessageFormatter(locale, messages as Record<string, unknown>);
  const counts = { error: 0, warning: 0, info: 0, dismissed: 0 };
  for (const f of findings) counts[f.dismissal ? "dismissed" : f.severity]++;
  return (
    <section className={`card card-body ${styles.readOnly}`} aria-labelledby="qa-readonly-heading" data-testid="qa-readonly">
      <h2 id="qa-readonly-heading">{t("readOnlyHeading", { number: revisionNumber })}</h2>
      <p className={styles.note}>{t("readOnlyIntro")}</p>
      <ul className={styles.counts} aria-label={t("countsLabel")}>
        {(["error", "warning", "info"] as const).map((s) => (
          <li key={s} data-testid={`qa-count-${s}`}>
            <span className={`${styles.dot} ${DOT[s]}`} aria-hidden="true" />
            {t(`count.${s}`, { count: counts[s] })}
          </li>
        ))}
        <li data-testid="qa-count-dismissed">{t("count.dismissed", { count: counts.dismissed })}</li>
      </ul>
      {findings.length === 0 ? (
        <p className={styles.empty}>{t("empty")}</p>
      ) : (
        <ol className={styles.list} aria-label={t("listLabel")}>
          {findings.map((f, i) => (
            <li key={i} className={`${styles.item}${f.dismissal ? ` ${styles.isDismissed}` : ""}`} data-severity={f.severity} data-check={f.check} data-testid="qa-finding">
              <span className={styles.message}>
                <span className={`${styles.dot} ${DOT[f.severity]}`} aria-hidden="true" />
                <span>
                  <span className="visually-hidden">{t(`severity.${f.severity}`)}: </span>
                  {message(f.message)}
                </span>
              </span>
              <span>
                <span className="visually-hidden">{t("flagged")}: </span>
                <span className={styles.flagged}>{f.spanText}</span>
              </span>
              <span className={styles.sentence}>
                <span className="visually-hidden">{t("inSentence")}: </span>
                {f.sentence}
              </span>
              {f.dismissal && (
                <p className={styles.dismissedBy} data-testid="qa-dismissed-by">
                  {t("dismissedBy", { name: f.dismissal.userName, reason: t(`reason.${f.dismissal.reason}`), when: format.dateTime(new Date(f.dismissal.createdAt), { dateStyle: "medium", timeStyle: "short" }) })}
                  {f.dismissal.note ? ` · “${f.dismissal.note}”` : ""}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
