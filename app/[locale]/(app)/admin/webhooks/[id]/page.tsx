import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { forbidden, notFound } from "next/navigation";
import { AdminSection } from "@/components/admin-section";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { EndpointActions, SecretBox, ResendButton } from "@/components/webhooks/webhook-forms";
import { Link } from "@/i18n/navigation";
import { pageParams, type LocaleParams } from "@/i18n/page-params";
import { policy } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { loadWebhookEndpointPage } from "@/lib/loaders/admin-webhooks";

const STATUS_PILL: Record<string, string> = { pending: "pill-in_review", delivered: "pill-approved", failed: "pill-changes_requested" };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Webhooks");
  return { title: t("deliveries") };
}

export default async function WebhookEndpointPage({ params }: { params: LocaleParams<{ id: string }> }) {
  const { locale, id } = await pageParams(params);
  const actor = await requireActor(locale, `/${locale}/admin/webhooks/${encodeURIComponent(id)}`);
  if (!policy.manageWebhooks(actor)) forbidden();
  const [t, c, format, data] = await Promise.all([getTranslations("Webhooks"), getTranslations("Common"), getFormatter(), loadWebhookEndpointPage(db, { id })]);
  if (!data) notFound();
  const { endpoint, deliveries } = data;
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "medium" }) : c("none"));
  const statusLabel = (s: string) => (s === "pending" || s === "delivered" || s === "failed" ? t(`statuses.${s}`) : s);

  return (
    <main className="page admin-grid">
      <PageHeader flush title={t("endpoint")} actions={<Link className="button" href="/admin/webhooks">{t("back")}</Link>} />
      <section className="card" aria-labelledby="endpoint-heading">
        <div className="card-body stack">
          <h2 id="endpoint-heading" className="mono" style={{ wordBreak: "break-all" }}>{endpoint.url}</h2>
          {endpoint.description && <p style={{ margin: 0 }}>{endpoint.description}</p>}
          <p className="small muted" style={{ margin: 0 }}>
            {endpoint.enabled ? <span className="pill pill-approved">{t("enabled")}</span> : <span className="pill pill-draft">{t("disabled")}</span>}{" "}
            {t("createdAt")}: {when(endpoint.createdAt)} · {endpoint.createdBy.name}
          </p>
          <details>
            <summary>{t("showSecret")}</summary>
            <SecretBox secret={endpoint.secret} testId="webhook-secret" />
            <p className="small muted">{t("secretHint")}</p>
          </details>
          <EndpointActions endpoint={endpoint} />
        </div>
      </section>

      <AdminSection id="deliveries-heading" title={t("deliveries")} intro={t("deliveriesHint", { limit: data.deliveryLimit })} empty={deliveries.length === 0 && t("noDeliveries")}>
        <DataTable columns={[t("event"), t("status"), t("attemptCount"), `${t("nextAttempt")} / ${t("deliveredAt")}`, {}]}>
          {deliveries.map((d) => (
            <tr key={d.id} data-testid={`delivery-row-${d.id}`}>
              <td>
                <div className="mono">{d.event.type}</div>
                <div className="small muted">{t("webhookId")}: <span className="mono">{d.event.id}</span></div>
                <div className="small muted">{when(d.event.createdAt)}</div>
                <details>
                  <summary className="small">{t("attempts")}</summary>
                  {d.attempts.length === 0 ? (
                    <p className="small muted">{t("noAttempts")}</p>
                  ) : (
                    <DataTable columns={[t("attemptedAt"), t("statusCode"), t("error"), t("duration")]}>
                      {d.attempts.map((a) => (
                        <tr key={a.id}>
                          <td className="small nowrap">{when(a.attemptedAt)}</td>
                          <td className="mono">{a.statusCode ?? c("none")}</td>
                          <td className="small mono">{a.error ?? c("none")}</td>
                          <td className="small nowrap">{t("durationMs", { ms: a.durationMs })}</td>
                        </tr>
                      ))}
                    </DataTable>
                  )}
                </details>
              </td>
              <td><span className={`pill ${STATUS_PILL[d.status] ?? "pill-draft"}`}>{statusLabel(d.status)}</span></td>
              <td>{d.attemptCount}</td>
              <td className="small nowrap">{d.status === "delivered" ? when(d.deliveredAt) : d.status === "pending" ? when(d.nextAttemptAt) : c("none")}</td>
              <td><ResendButton deliveryId={d.id} /></td>
            </tr>
          ))}
        </DataTable>
      </AdminSection>
    </main>
  );
}
