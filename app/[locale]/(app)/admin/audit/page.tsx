import { getFormatter, getTimeZone, getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import styles from "@/components/workflow/desk-views.module.css";
import { EventDescription } from "@/components/workflow/event-description";
import { Link } from "@/i18n/navigation";
import { pageParams, type LocaleParams } from "@/i18n/page-params";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { loadAuditPage } from "@/lib/loaders/admin-audit";
import { titledBy } from "@/lib/loaders/metadata";
import type { SearchParams } from "@/lib/loaders/search-params";

export const generateMetadata = titledBy("Audit");

export default async function AuditPage({ params, searchParams }: { params: LocaleParams; searchParams: Promise<SearchParams> }) {
  const { locale } = await pageParams(params);
  const actor = await requireActor(locale, `/${locale}/admin/audit`);
  if (!can(actor, "admin.audit")) forbidden();
  const [t, c, format, { query, filterQuery, filtered, filterOptions: options, result }] = await Promise.all([
    getTranslations("Audit"),
    getTranslations("Common"),
    getFormatter(),
    loadAuditPage(db, { searchParams: await searchParams, timeZone: await getTimeZone() }),
  ]);
  // Known actions have a label; others (new kinds of event) show their code.
  const actionLabel = (action: string) => {
    const key = `actions.${action.replaceAll(".", "_")}` as Parameters<typeof t>[0];
    return t.has(key) ? t(key) : action;
  };

  return (
    <main className="page">
      <PageHeader title={t("title")} subtitle={t("intro")} />

      <section className="card" aria-label={t("filters")} style={{ marginBottom: 18 }}>
        <form method="get" action="" className={styles.filters} role="search">
          <div className="field">
            <label htmlFor="audit-actor">{t("actor")}</label>
            <select id="audit-actor" name="actor" defaultValue={query.actor ?? ""}>
              <option value="">{t("anyActor")}</option>
              {options.users.map((u) => (
                <option key={u.id} value={u.id}>{u.name}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="audit-action">{t("action")}</label>
            <select id="audit-action" name="action" defaultValue={query.action ?? ""}>
              <option value="">{t("anyAction")}</option>
              {options.actions.map((a) => (
                <option key={a} value={a}>{actionLabel(a)}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="audit-article">{t("article")}</label>
            <input id="audit-article" name="article" type="search" defaultValue={query.article ?? ""} placeholder={t("articlePlaceholder")} />
          </div>
          <div className="field">
            <label htmlFor="audit-from">{t("from")}</label>
            <input id="audit-from" name="from" type="date" defaultValue={query.from ?? ""} />
          </div>
          <div className="field">
            <label htmlFor="audit-to">{t("to")}</label>
            <input id="audit-to" name="to" type="date" defaultValue={query.to ?? ""} />
          </div>
          <div className={styles.filterActions}>
            <button className="button button-primary" type="submit">{t("apply")}</button>
            {filtered && <Link className="button" href="/admin/audit">{t("reset")}</Link>}
            {/* A route handler, not a page: a plain link, with the filters applied above. */}
            <a className="button" href={`/api/admin/audit/csv?${new URLSearchParams(filterQuery).toString()}`} download title={t("downloadCsvHint")}>
              {t("downloadCsv")}
            </a>
          </div>
        </form>
      </section>

      {result.invalidRange && <p className="alert alert-warn" role="alert" style={{ marginBottom: 18 }}>{t("invalidRange")}</p>}

      <div className="card" style={{ overflow: "hidden" }}>
        {result.entries.length === 0 ? (
          <p className="empty">{t("empty")}</p>
        ) : (
          <DataTable testId="audit-table" columns={[{ label: t("colTime"), width: 180 }, t("colEvent"), { label: t("colArticle"), width: "30%" }]}>
              {result.entries.map((e) => (
                <tr key={e.id} data-testid="audit-row" data-action={e.action}>
                  <td className="nowrap muted small">
                    <time dateTime={e.createdAt.toISOString()} title={format.dateTime(e.createdAt, { dateStyle: "full", timeStyle: "long" })}>
                      {format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
                    </time>
                  </td>
                  <td>
                    <EventDescription event={e} names={result.names} />
                    <span className={styles.actionCode}>{e.action}</span>
                  </td>
                  <td className="title-cell">
                    {e.articleId ? (
                      <Link href={`/articles/${e.articleId}`}>
                        <span className="title-source">{e.article?.targetTitle ?? e.articleId}</span>
                      </Link>
                    ) : (
                      <span className="muted">{c("none")}</span>
                    )}
                    {e.article && <span className="title-target">{e.article.sourceTitle}</span>}
                  </td>
                </tr>
              ))}
          </DataTable>
        )}
        {(query.before || result.nextBefore) && (
          <nav className="pagination" aria-label={t("pagination")}>
            {query.before ? <Link className="button button-small" href={{ pathname: "/admin/audit", query: filterQuery }}>← {t("newest")}</Link> : <span />}
            {result.nextBefore ? (
              <Link className="button button-small" href={{ pathname: "/admin/audit", query: { ...filterQuery, before: result.nextBefore } }} rel="next">
                {t("older")} →
              </Link>
            ) : (
              <span />
            )}
          </nav>
        )}
      </div>
    </main>
  );
}
