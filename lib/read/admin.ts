/**
 * Read models of the admin pages: people, API tokens, webhook endpoints and
 * their deliveries. Secrets never leave here except the endpoint's signing
 * secret, which its admin page shows on request.
 */
import { parseScopes } from "@/lib/auth/api-tokens";
import { parseRole } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";

/** Everyone, oldest account first. */
export async function listUsers(db: Db) {
  const users = await db.user.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, name: true, email: true, role: true, disabled: true } });
  return users.map((u) => ({ ...u, role: parseRole(u.role) }));
}

/** API tokens, newest first, with their scopes parsed (no hashes). */
export async function listApiTokens(db: Db) {
  const tokens = await db.apiToken.findMany({
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, scopes: true, createdAt: true, lastUsedAt: true, revokedAt: true, createdBy: { select: { name: true } } },
  });
  return tokens.map((t) => ({ ...t, scopes: parseScopes(t.scopes) }));
}

export type DeliveryCounts = { pending: number; delivered: number; failed: number };

/** Webhook endpoints, newest first, each with its deliveries counted by status. */
export async function listWebhookEndpoints(db: Db) {
  const [endpoints, counts] = await Promise.all([
    db.webhookEndpoint.findMany({ orderBy: { createdAt: "desc" }, select: { id: true, url: true, description: true, enabled: true, createdAt: true } }),
    db.webhookDelivery.groupBy({ by: ["endpointId", "status"], _count: { _all: true } }),
  ]);
  const count = (endpointId: string, status: keyof DeliveryCounts) => counts.find((c) => c.endpointId === endpointId && c.status === status)?._count._all ?? 0;
  return endpoints.map((e) => ({ ...e, deliveries: { pending: count(e.id, "pending"), delivered: count(e.id, "delivered"), failed: count(e.id, "failed") } satisfies DeliveryCounts }));
}

/** One endpoint with its secret, or null. */
export function getWebhookEndpoint(db: Db, id: string) {
  return db.webhookEndpoint.findUnique({
    where: { id },
    select: { id: true, url: true, description: true, enabled: true, secret: true, createdAt: true, createdBy: { select: { name: true } } },
  });
}

/** An endpoint's latest deliveries, newest first, each with its first attempts. */
export function listWebhookDeliveries(db: Db, endpointId: string, limit: number) {
  return db.webhookDelivery.findMany({
    where: { endpointId },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      status: true,
      attemptCount: true,
      nextAttemptAt: true,
      deliveredAt: true,
      event: { select: { id: true, type: true, createdAt: true } },
      attempts: { orderBy: { attemptedAt: "asc" }, take: 20, select: { id: true, attemptedAt: true, statusCode: true, error: true, durationMs: true } },
    },
  });
}
