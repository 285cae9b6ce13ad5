import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { forbidden, notFound } from "next/navigation";
import { EndpointActions, SecretBox, ResendButton } from "@/components/webhooks/webhook-forms";
import { Link } from "@/i18n/navigation";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

const DELIVERY_LIMIT = 50;
const STATUS_PILL: Record<string, string> = { pending: "pill-in_review", delivered: "pill-approved", failed: "pill-changes_requested" };

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Webhooks");
  return { title: t("deliveries") };
}

export default async function WebhookEndpointPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale === "zh" ? "zh" : "en");
  const actor = await requireActor(locale, `/${locale}/admin/webhooks/${encodeURIComponent(id)}`);
  if (!can(actor, "admin.webhooks")) forbidden();
  const endpoint = await db.webhookEndpoint.findUnique({
    where: { id },
    select: { id: true, url: true, description: true, enabled: true, secret: true, createdAt: true, createdBy: { select: { name: true } } },
  });
  if (!endpoint) notFound();
  const [t, c, format, deliveries] = await Promise.all([
    getTranslations("Webhooks"),
    getTranslations("Common"),
    getFormatter(),
    db.webhookDelivery.findMany({
      where: { endpointId: id },
      orderBy: { createdAt: "desc" },
      take: DELIVERY_LIMIT,
      select: {
        id: true,
        status: true,
        attemptCount: true,
        nextAttemptAt: true,
        deliveredAt: true,
        event: { select: { id: true, type: true, createdAt: true } },
        attempts: { orderBy: { attemptedAt: "asc" }, take: 20, select: { id: true, attemptedAt: true, statusCode: true, error: true, durationMs: true } },
      },
    }),
  ]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "medium" }) : c("none"));
  const statusLabel = (s: string) => (s === "pending" || s === "delivered" || s === "failed" ? t(`statuses.${s}`) : s);

  return (
    <main className="page admin-grid">
      <div className="page-header" style={{ marginBottom: 0 }}>
        <h1>{t("endpoint")}</h1>
        <Link className="button" href="/admin/webhooks">{t("back")}</Link>
      </div>
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

      <section className="card" aria-labelledby="deliveries-heading">
        <div className="card-body">
          <h2 id="deliveries-heading">{t("deliveries")}</h2>
          <p className="small muted" style={{ margin: 0 }}>{t("deliveriesHint", { limit: DELIVERY_LIMIT })}</p>
        </div>
        {deliveries.length === 0 ? (
          <p className="empty">{t("noDeliveries")}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("event")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("attemptCount")}</th>
                <th scope="col">{t("nextAttempt")} / {t("deliveredAt")}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
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
                        <table className="table">
                          <thead>
                            <tr><th scope="col">{t("attemptedAt")}</th><th scope="col">{t("statusCode")}</th><th scope="col">{t("error")}</th><th scope="col">{t("duration")}</th></tr>
                          </thead>
                          <tbody>
                            {d.attempts.map((a) => (
                              <tr key={a.id}>
                                <td className="small nowrap">{when(a.attemptedAt)}</td>
                                <td className="mono">{a.statusCode ?? c("none")}</td>
                                <td className="small mono">{a.error ?? c("none")}</td>
                                <td className="small nowrap">{t("durationMs", { ms: a.durationMs })}</td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      )}
                    </details>
                  </td>
                  <td><span className={`pill ${STATUS_PILL[d.status] ?? "pill-draft"}`}>{statusLabel(d.status)}</span></td>
                  <td>{d.attemptCount}</td>
                  <td className="small nowrap">{d.status === "delivered" ? when(d.deliveredAt) : d.status === "pending" ? when(d.nextAttemptAt) : c("none")}</td>
                  <td><ResendButton deliveryId={d.id} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </main>
  );
}
