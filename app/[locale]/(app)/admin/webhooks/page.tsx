import { getFormatter, getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { AdminSection } from "@/components/admin-section";
import { DataTable } from "@/components/data-table";
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
      <AdminSection id="endpoints-heading" title={t("endpoints")} empty={endpoints.length === 0 && t("noEndpoints")} footer={{ title: t("register"), form: <RegisterEndpointForm /> }}>
        <DataTable columns={[t("url"), t("status"), t("deliveryCounts"), t("createdAt"), {}]}>
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
        </DataTable>
      </AdminSection>
    </main>
  );
}
