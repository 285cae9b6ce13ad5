import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { StatusPill } from "@/components/status-pill";
import { PageNav } from "@/components/page-nav";
import { Link } from "@/i18n/navigation";
import { pageParams, type LocaleParams } from "@/i18n/page-params";
import { requireActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { loadArticlesPage } from "@/lib/loaders/articles";
import { titledBy } from "@/lib/loaders/metadata";
import type { SearchParams } from "@/lib/loaders/search-params";

export const generateMetadata = titledBy("Articles");

export default async function ArticlesPage({ params, searchParams }: { params: LocaleParams; searchParams: Promise<SearchParams> }) {
  const { locale } = await pageParams(params);
  await requireActor(locale, `/${locale}/articles`);
  const [t, format, { query, items, total, page, pageCount }] = await Promise.all([getTranslations("Articles"), getFormatter(), loadArticlesPage(db, { searchParams: await searchParams })]);
  const pageHref = (p: number) => ({ pathname: "/articles", query: { ...(query.q ? { q: query.q } : {}), ...(p > 1 ? { page: p } : {}) } });

  return (
    <main className="page">
      <PageHeader
        title={t("title")}
        subtitle={t("count", { count: total })}
        actions={
          <div className="row">
            <form role="search" className="row" action="">
              <label htmlFor="q" className="visually-hidden">{t("searchLabel")}</label>
              <input id="q" name="q" type="search" defaultValue={query.q} placeholder={t("searchPlaceholder")} style={{ width: 300 }} />
              <button className="button" type="submit">{t("search")}</button>
              {query.q && <Link className="button" href="/articles">{t("clearSearch")}</Link>}
            </form>
            <Link className="button button-primary" href="/import">{t("importCta")}</Link>
          </div>
        }
      />

      <div className="card" style={{ overflow: "hidden" }}>
        {items.length === 0 ? (
          <div className="empty">
            <p>{query.q ? t("noResults", { q: query.q }) : t("empty")}</p>
            {!query.q && <Link className="button button-primary" href="/import">{t("importCta")}</Link>}
          </div>
        ) : (
          <DataTable columns={[{ label: t("colStatus"), width: 150 }, t("colTitle"), { label: t("colLanguages"), width: 140 }, { label: t("colUpdated"), width: 170 }]}>
              {items.map((a) => (
                <tr key={a.id}>
                  <td><StatusPill status={a.status} /></td>
                  <td className="title-cell">
                    <Link href={`/articles/${a.id}`}>
                      <span className="title-source" lang={a.sourceLang}>{a.sourceTitle}</span>
                    </Link>
                    <span className="title-target" lang={a.targetLang}>{a.targetTitle}</span>
                  </td>
                  <td className="nowrap">
                    <span className="lang-tag">{a.sourceLang}</span> → <span className="lang-tag">{a.targetLang}</span>
                  </td>
                  <td className="nowrap muted small">
                    <time dateTime={a.updatedAt.toISOString()} title={format.dateTime(a.updatedAt, { dateStyle: "full", timeStyle: "long" })}>
                      {format.dateTime(a.updatedAt, { dateStyle: "medium", timeStyle: "short" })}
                    </time>
                  </td>
                </tr>
              ))}
          </DataTable>
        )}
        <PageNav page={page} pageCount={pageCount} label={t("pagination")} hrefFor={pageHref} />
      </div>
    </main>
  );
}
