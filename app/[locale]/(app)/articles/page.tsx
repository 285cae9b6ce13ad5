import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { StatusPill } from "@/components/status-pill";
import { PageNav } from "@/components/page-nav";
import { Link } from "@/i18n/navigation";
import { listArticles, listQuerySchema } from "@/lib/articles/queries";
import { requireActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Articles");
  return { title: t("title") };
}

export default async function ArticlesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale === "zh" ? "zh" : "en");
  const query = listQuerySchema.parse(await searchParams);
  await requireActor(locale, `/${locale}/articles`);
  const [t, format] = await Promise.all([getTranslations("Articles"), getFormatter()]);
  const { items, total, page, pageCount } = await listArticles(db, query);
  const pageHref = (p: number) => ({ pathname: "/articles", query: { ...(query.q ? { q: query.q } : {}), ...(p > 1 ? { page: p } : {}) } });

  return (
    <main className="page">
      <div className="page-header">
        <div>
          <h1>{t("title")}</h1>
          <p className="muted small" style={{ margin: "4px 0 0" }}>{t("count", { count: total })}</p>
        </div>
        <div className="row">
          <form role="search" className="row" action="">
            <label htmlFor="q" className="visually-hidden">{t("searchLabel")}</label>
            <input id="q" name="q" type="search" defaultValue={query.q} placeholder={t("searchPlaceholder")} style={{ width: 300 }} />
            <button className="button" type="submit">{t("search")}</button>
            {query.q && <Link className="button" href="/articles">{t("clearSearch")}</Link>}
          </form>
          <Link className="button button-primary" href="/import">{t("importCta")}</Link>
        </div>
      </div>

      <div className="card" style={{ overflow: "hidden" }}>
        {items.length === 0 ? (
          <div className="empty">
            <p>{query.q ? t("noResults", { q: query.q }) : t("empty")}</p>
            {!query.q && <Link className="button button-primary" href="/import">{t("importCta")}</Link>}
          </div>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col" style={{ width: 150 }}>{t("colStatus")}</th>
                <th scope="col">{t("colTitle")}</th>
                <th scope="col" style={{ width: 140 }}>{t("colLanguages")}</th>
                <th scope="col" style={{ width: 170 }}>{t("colUpdated")}</th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        )}
        <PageNav page={page} pageCount={pageCount} label={t("pagination")} hrefFor={pageHref} />
      </div>
    </main>
  );
}
