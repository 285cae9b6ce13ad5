import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { forbidden } from "next/navigation";
import { EndpointActions, RegisterEndpointForm } from "@/components/webhooks/webhook-forms";
import { Link } from "@/i18n/navigation";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Webhooks");
  return { title: t("title") };
}

export default async function WebhooksPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale === "zh" ? "zh" : "en");
  const actor = await requireActor(locale, `/${locale}/admin/webhooks`);
  if (!can(actor, "admin.webhooks")) forbidden();
  const [t, format] = await Promise.all([getTranslations("Webhooks"), getFormatter()]);
  const [endpoints, counts] = await Promise.all([
    db.webhookEndpoint.findMany({ orderBy: { createdAt: "desc" }, select: { id: true, url: true, description: true, enabled: true, createdAt: true } }),
    db.webhookDelivery.groupBy({ by: ["endpointId", "status"], _count: { _all: true } }),
  ]);
  const count = (endpointId: string, status: string) => counts.find((c) => c.endpointId === endpointId && c.status === status)?._count._all ?? 0;

  return (
    <main className="page admin-grid">
      <div className="page-header" style={{ marginBottom: 0 }}>
        <h1>{t("title")}</h1>
        <Link className="button" href="/admin">{t("backToAdmin")}</Link>
      </div>
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
                      {t("counts", { pending: count(e.id, "pending"), failed: count(e.id, "failed"), delivered: count(e.id, "delivered") })}
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
