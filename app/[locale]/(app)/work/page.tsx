import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { StatusPill } from "@/components/status-pill";
import styles from "@/components/workflow/desk-views.module.css";
import { PageNav } from "@/components/page-nav";
import { Link } from "@/i18n/navigation";
import { pageParams, type LocaleParams } from "@/i18n/page-params";
import { requireActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { titledBy } from "@/lib/loaders/metadata";
import type { SearchParams } from "@/lib/loaders/search-params";
import { loadWorkPage } from "@/lib/loaders/work";
import type { WorkItem, WorkList, WorkListPage } from "@/lib/work/queries";

export const generateMetadata = titledBy("Work");

const REVIEW_LISTS: ReadonlySet<WorkList> = new Set(["assigned", "queue", "edited", "awaiting"]);

export default async function MyWorkPage({ params, searchParams }: { params: LocaleParams; searchParams: Promise<SearchParams> }) {
  const { locale } = await pageParams(params);
  const actor = await requireActor(locale, `/${locale}/work`);
  const [t, c, review, format, { query, lists: ordered }] = await Promise.all([
    getTranslations("Work"),
    getTranslations("Common"),
    getTranslations("Review"),
    getFormatter(),
    loadWorkPage(db, { actor, searchParams: await searchParams }),
  ]);
  const now = new Date();
  const when = (d: Date) => (
    <time dateTime={d.toISOString()} title={format.dateTime(d, { dateStyle: "full", timeStyle: "long" })}>
      {format.dateTime(d, { dateStyle: "medium", timeStyle: "short" })}
    </time>
  );
  const pageHref = (list: WorkList, page: number) => ({
    pathname: "/work",
    query: Object.fromEntries(
      Object.entries({ ...query, [list]: page }).filter(([, v]) => v > 1),
    ),
  });

  const titleCell = (item: WorkItem, list: WorkList) => (
    <td className="title-cell">
      <Link href={list === "queue" || list === "assigned" ? `/articles/${item.id}/review` : `/articles/${item.id}`}>
        <span className="title-source" lang={item.sourceLang}>{item.sourceTitle}</span>
      </Link>
      <span className="title-target" lang={item.targetLang}>{item.targetTitle}</span>
      {list === "edited" && <span className={styles.badge}>{t("editedBadge")}</span>}
    </td>
  );

  const reviewTable = (page: WorkListPage) => (
    <DataTable columns={[t("colArticle"), { label: t("colSubmitted"), width: 330 }, { width: 120 }]}>
        {page.items.map((item) => (
          <tr key={item.id} className={page.list === "edited" ? styles.greyed : undefined} data-testid={`work-${page.list}-${item.id}`}>
            {titleCell(item, page.list)}
            <td className="small">
              {item.submittedRevisionNumber !== null && (
                <span>{t("submittedLine", { number: item.submittedRevisionNumber, name: item.submitterName ?? "—" })}</span>
              )}{" "}
              <span className="muted">{item.reviewerName ? t("assignedTo", { name: item.reviewerName }) : t("anyReviewer")}</span>
              {item.submittedAt && (
                <span className={styles.sub}>
                  {when(item.submittedAt)} · {t("waitingFor", { duration: format.relativeTime(item.submittedAt, now) })}
                </span>
              )}
            </td>
            <td className="nowrap">
              {page.list === "edited" || page.list === "awaiting" ? (
                <Link className="button button-small" href={`/articles/${item.id}`}>{t("open")}</Link>
              ) : (
                <Link className="button button-small button-primary" href={`/articles/${item.id}/review`}>{t("review")}</Link>
              )}
            </td>
          </tr>
        ))}
    </DataTable>
  );

  const editTable = (page: WorkListPage) => (
    <DataTable
      columns={[{ label: t("colStatus"), width: 150 }, t("colArticle"), page.list === "changes" && { label: t("colReasons"), width: "34%" }, { label: t("colUpdated"), width: 170 }, { width: 90 }]}
    >
        {page.items.map((item) => (
          <tr key={item.id} data-testid={`work-${page.list}-${item.id}`}>
            <td><StatusPill status={item.status} /></td>
            {titleCell(item, page.list)}
            {page.list === "changes" && (
              <td>
                {item.changeRequest ? (
                  <>
                    <ul className={styles.chips} aria-label={review("categories")}>
                      {item.changeRequest.categories.map((cat) => (
                        <li key={cat} className={styles.chip}>{review(`category.${cat}`)}</li>
                      ))}
                    </ul>
                    {item.changeRequest.comment && <blockquote className={styles.comment}>{item.changeRequest.comment}</blockquote>}
                    <span className={styles.sub}>
                      {t("requestedBy", { name: item.changeRequest.reviewerName, when: format.dateTime(item.changeRequest.createdAt, { dateStyle: "medium" }) })}
                    </span>
                  </>
                ) : (
                  <span className="muted">{c("none")}</span>
                )}
              </td>
            )}
            <td className="nowrap muted small">
              {when(item.updatedAt)}
              <span className={styles.sub}>
                {item.headRevisionNumber > 0 ? t("revisionLine", { number: item.headRevisionNumber }) : t("noRevision")}
              </span>
            </td>
            <td className="nowrap">
              <Link className="button button-small" href={`/articles/${item.id}/edit`}>{t("edit")}</Link>
            </td>
          </tr>
        ))}
    </DataTable>
  );

  return (
    <main className="page">
      <PageHeader title={t("title")} subtitle={t("intro")} actions={<Link className="button" href="/articles">{t("browseArticles")}</Link>} />
      <div className={styles.sections}>
        {ordered.map((page) => {
          if (page.list === "edited" && page.total === 0) return null;
          const urgent = page.list === "changes" && page.total > 0;
          const headingId = `work-${page.list}-heading`;
          return (
            <section key={page.list} className={`card ${urgent ? styles.urgent : ""}`} aria-labelledby={headingId} data-testid={`work-${page.list}`}>
              <div className={styles.sectionHead}>
                <h2 id={headingId}>{t(page.list)}</h2>
                <span className={styles.count} data-testid={`work-${page.list}-count`}>{page.total}</span>
                <p className="muted small">{t(`${page.list}Hint`)}</p>
              </div>
              {page.items.length === 0 ? (
                <p className={styles.sectionEmpty}>{t(`${page.list}Empty`)}</p>
              ) : REVIEW_LISTS.has(page.list) ? (
                reviewTable(page)
              ) : (
                editTable(page)
              )}
              <PageNav page={page.page} pageCount={page.pageCount} label={t("pagination", { list: t(page.list) })} hrefFor={(n) => pageHref(page.list, n)} />
            </section>
          );
        })}
      </div>
    </main>
  );
}
