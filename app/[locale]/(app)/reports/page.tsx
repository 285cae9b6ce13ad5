import { getFormatter, getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import styles from "@/components/workflow/desk-views.module.css";
import { PageNav } from "@/components/page-nav";
import { Link } from "@/i18n/navigation";
import { pageParams, type LocaleParams } from "@/i18n/page-params";
import { policy } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { titledBy } from "@/lib/loaders/metadata";
import { loadReasonsReportPage } from "@/lib/loaders/reports";
import type { SearchParams } from "@/lib/loaders/search-params";
import { REPORT_RANGES } from "@/lib/reports/reasons";
import { CHANGE_REQUEST_CATEGORIES } from "@/lib/workflow/reasons";

export const generateMetadata = titledBy("Reasons");

export default async function ReasonsReportPage({ params, searchParams }: { params: LocaleParams; searchParams: Promise<SearchParams> }) {
  const { locale } = await pageParams(params);
  const actor = await requireActor(locale, `/${locale}/reports`);
  if (!policy.viewReasonsReport(actor)) forbidden();
  const [t, c, review, format, report] = await Promise.all([
    getTranslations("Reasons"),
    getTranslations("Common"),
    getTranslations("Review"),
    getFormatter(),
    loadReasonsReportPage(db, { searchParams: await searchParams }),
  ]);
  const max = Math.max(1, ...Object.values(report.byCategory));
  const share = (n: number) => (report.reasonsTotal ? format.number(n / report.reasonsTotal, { style: "percent", maximumFractionDigits: 0 }) : c("none"));
  const hrefFor = (range: string, page = 1) => ({ pathname: "/reports", query: { range, ...(page > 1 ? { page } : {}) } });
  const cell = (n: number) => <td className={`${styles.num} ${n === 0 ? styles.zero : ""}`}>{n === 0 ? "·" : format.number(n)}</td>;

  return (
    <main className="page">
      <PageHeader
        title={t("title")}
        subtitle={t("intro")}
        actions={
          <nav className="segmented" aria-label={t("range")}>
            {REPORT_RANGES.map((range) => (
              <Link key={range} href={hrefFor(range)} aria-current={range === report.range ? "true" : undefined}>
                {t(`range_${range}`)}
              </Link>
            ))}
          </nav>
        }
      />
      <p className={`muted ${styles.rangeBar}`} data-testid="reasons-summary">
        {t("summary", { requests: report.changeRequests, reasons: report.reasonsTotal })}
      </p>

      {report.reasonsTotal === 0 ? (
        <div className="card"><p className="empty">{t("empty")}</p></div>
      ) : (
        <div className={styles.reportGrid}>
          <section className="card" aria-labelledby="by-category">
            <div className={styles.sectionHead}><h2 id="by-category">{t("byCategory")}</h2></div>
            <table className="table" data-testid="reasons-by-category">
              <thead>
                <tr>
                  <th scope="col">{t("colCategory")}</th>
                  <th scope="col" className={styles.num} style={{ width: 90 }}>{t("colCount")}</th>
                  <th scope="col" className={styles.num} style={{ width: 90 }}>{t("colShare")}</th>
                  <th scope="col" className={styles.barCell}><span className="visually-hidden">{t("colShare")}</span></th>
                </tr>
              </thead>
              <tbody>
                {CHANGE_REQUEST_CATEGORIES.map((category) => {
                  const n = report.byCategory[category];
                  return (
                    <tr key={category} data-testid={`reasons-category-${category}`}>
                      <td>{review(`category.${category}`)}</td>
                      {cell(n)}
                      <td className={`${styles.num} muted small`}>{n ? share(n) : ""}</td>
                      <td className={styles.barCell}>{n > 0 && <div className={styles.bar} style={{ width: `${(n / max) * 100}%` }} aria-hidden="true" />}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>

          <section className="card" aria-labelledby="by-article">
            <div className={styles.sectionHead}>
              <h2 id="by-article">{t("byArticle")}</h2>
              <span className={styles.count}>{report.articleCount}</span>
            </div>
            <div className={styles.scroll}>
              <table className="table" data-testid="reasons-by-article">
                <thead>
                  <tr>
                    <th scope="col">{t("colArticle")}</th>
                    {CHANGE_REQUEST_CATEGORIES.map((category) => (
                      <th key={category} scope="col" className={styles.num} style={{ width: 84 }}>{review(`category.${category}`)}</th>
                    ))}
                    <th scope="col" className={styles.num} style={{ width: 70 }}>{t("colTotal")}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.articles.map((a) => (
                    <tr key={a.articleId} data-testid={`reasons-article-${a.articleId}`}>
                      <td className="title-cell">
                        <Link href={`/articles/${a.articleId}`}><span className="title-source">{a.targetTitle}</span></Link>
                        <span className="title-target">{a.sourceTitle}</span>
                      </td>
                      {CHANGE_REQUEST_CATEGORIES.map((category) => <td key={category} className={`${styles.num} ${a.counts[category] === 0 ? styles.zero : ""}`}>{a.counts[category] === 0 ? "·" : format.number(a.counts[category])}</td>)}
                      <td className={styles.num}><strong>{format.number(a.total)}</strong></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <PageNav page={report.page} pageCount={report.pageCount} label={t("pagination")} hrefFor={(n) => hrefFor(report.range, n)} />
          </section>
        </div>
      )}
    </main>
  );
}
