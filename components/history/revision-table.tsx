import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { RevisionListItem } from "@/lib/read/revisions";
import { RestoreButton } from "./restore-button";

/** Revisions newest first, with effort figures; the MT closes the list. */
export async function RevisionTable({ articleId, revisions, head, showMt = true }: { articleId: string; revisions: RevisionListItem[]; head: number; showMt?: boolean }) {
  const [t, format] = await Promise.all([getTranslations("History"), getFormatter()]);
  const pct = (rate: number) => format.number(rate, { style: "percent", maximumFractionDigits: 1 });
  return (
    <table className="table" data-testid="revision-table">
      <thead>
        <tr>
          <th scope="col">{t("revision")}</th>
          <th scope="col">{t("author")}</th>
          <th scope="col">{t("time")}</th>
          <th scope="col">{t("message")}</th>
          <th scope="col">{t("wordsChanged")}</th>
          <th scope="col">{t("effort")}</th>
          <th scope="col">{t("timeSpent")}</th>
          <th scope="col">{t("state")}</th>
          <th scope="col" />
        </tr>
      </thead>
      <tbody>
        {revisions.map((r) => (
          <tr key={r.number} data-testid={`revision-${r.number}`}>
            <td className="nowrap"><Link href={`/articles/${articleId}/revisions/${r.number}`}>#{r.number}</Link></td>
            <td>{r.author.name}</td>
            <td className="small nowrap">
              <time dateTime={r.createdAt.toISOString()}>{format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
            </td>
            <td>{r.message ?? <span className="muted">{t("noMessage")}</span>}</td>
            <td className="nowrap">{format.number(r.wordsChanged)}</td>
            <td className="nowrap" title={t("effortDetail", { ins: r.mtInsertions, del: r.mtDeletions, sub: r.mtSubstitutions, words: r.mtWords })}>
              {pct(r.mtEditRate)}
              <span className="small muted"> · {t("effortDetail", { ins: r.mtInsertions, del: r.mtDeletions, sub: r.mtSubstitutions, words: r.mtWords })}</span>
            </td>
            <td className="nowrap small">{r.editSeconds === null ? "—" : t("seconds", { minutes: Math.round(r.editSeconds / 60) })}</td>
            <td className="nowrap">
              {r.number === head && <span className="pill pill-approved">{t("current")}</span>}{" "}
              {r.restoredFrom !== null && <span className="pill pill-draft">{t("restoredFrom", { number: r.restoredFrom })}</span>}
            </td>
            <td className="nowrap">
              <div className="row" style={{ gap: 6 }}>
                <Link className="button button-small" href={`/articles/${articleId}/compare?from=${r.baseNumber}&to=${r.number}`}>{t("compareWithPrevious")}</Link>
                {r.number !== head && <RestoreButton articleId={articleId} number={r.number} baseNumber={head} />}
              </div>
            </td>
          </tr>
        ))}
        {showMt && (
          <tr data-testid="revision-0">
            <td className="nowrap">{t("mt")}</td>
            <td colSpan={7} className="muted small">{t("mtRow")}</td>
            <td>{head > 0 && <Link className="button button-small" href={`/articles/${articleId}/compare?from=0&to=${head}`}>{t("compareWithMt")}</Link>}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
