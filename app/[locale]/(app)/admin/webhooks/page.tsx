import { getFormatter, getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { EndpointActions, RegisterEndpointForm } from "@/components/webhooks/webhook-forms";
import { Link } from "@/i18n/navigation";
import { pageParams, type LocaleParams } from "@/i18n/page-params";
import { policy } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { loadWebhooksPage } from "@/lib/loaders/admin-webhooks";
import { titledBy } from "@/lib/loaders/metadata";

export const generateMetadata = titledBy("Webhooks");

export default async function WebhooksPage({ params }: { params: LocaleParams }) {
  const { locale } = await pageParams(params);
  const actor = await requireActor(locale, `/${locale}/admin/webhooks`);
  if (!policy.manageWebhooks(actor)) forbidden();
  const [t, format, { endpoints }] = await Promise.all([getTranslations("Webhooks"), getFormatter(), loadWebhooksPage(db)]);

  return (
    <main className="page admin-grid">
      <PageHeader flush title={t("title")} actions={<Link className="button" href="/admin">{t("backToAdmin")}</Link>} />
      <p className="muted" style={{ margin: 0 }}>{t("intro")}</p>
      <section className="card" aria-labelledby="endpoints-heading">
        <div className="card-body"><h2 id="endpoints-heading">{t("endpoints")}</h2></div>
        {endpoints.length === 0 ? (
          <p className="empty">{t("noEndpoints")}</p>
        ) : (
          <table className="table">
            <thead>
              <tr><th scope="col">{t("url")}</th><th scope="col">{t("status")}</th><th scope="col">{t("deliveryCounts")}</th><th scope="col">{t("createdAt")}</th><th scope="col" /></tr>
            </thead>
            <tbody>
              {endpoints.map((e) => (
                <tr key={e.id} data-testid={`webhook-row-${e.id}`}>
                  <td>
                    <Link href={`/admin/webhooks/${e.id}`} className="mono">{e.url}</Link>
                    {e.description && <div className="small muted">{e.description}</div>}
                  </td>
                  <td>{e.enabled ? <span className="pill pill-approved">{t("enabled")}</span> : <span className="pill pill-draft">{t("disabled")}</span>}</td>
                  <td className="small">
                    <Link href={`/admin/webhooks/${e.id}`}>
                      {t("counts", e.deliveries)}
                    </Link>
                  </td>
                  <td className="small nowrap">{format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                  <td><EndpointActions endpoint={e} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="card-body" style={{ borderTop: "1px solid var(--line)" }}>
          <h3>{t("register")}</h3>
          <RegisterEndpointForm />
        </div>
      </section>
    </main>
  );
}
