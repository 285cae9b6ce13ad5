/**
 * Admin use-cases on webhook endpoints and deliveries. Each checks the
 * policy, validates, and writes the change with its audit event in one array
 * transaction; a change that lost a race fails as a whole (409).
 */
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { auditEvent } from "@/lib/audit";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation/parse-input";
import { isNonPublicHostname } from "@/lib/webhooks/address-policy";
import { createWebhookEndpointSchema } from "@/lib/webhooks/endpoint-schema";
import { generateWebhookSecret } from "@/lib/webhooks/signing";

export { createWebhookEndpointSchema };
export type CreateWebhookEndpointInput = z.input<typeof createWebhookEndpointSchema>;

function assertMayManage(actor: Actor) {
  if (!can(actor, "admin.webhooks")) throw new AppError("forbidden", "Admins only");
}

async function commit(db: Db, operations: Prisma.PrismaPromise<unknown>[], lost: AppError) {
  try {
    await db.$transaction(operations);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") throw lost;
    throw error;
  }
}

/**
 * A URL whose host is a loopback, private, link-local or unique-local address
 * literal (or localhost) is refused when registered (422 on `url`); names are
 * checked against what they resolve to at delivery time (lib/webhooks/deliver.ts).
 */
function assertPublicTarget(url: string, allowPrivate: boolean) {
  if (allowPrivate || !isNonPublicHostname(new URL(url).hostname)) return;
  throw new AppError("validation_failed", "Webhook target is not a public address", {
    issues: [{ path: "url", code: "private_address", message: "private_address" }],
  });
}

/**
 * Registers an endpoint with a new signing secret. The secret is stored (it
 * is needed to sign) and shown to admins on the endpoint's page.
 */
export async function createWebhookEndpoint(options: {
  db: Db;
  actor: Actor;
  input: CreateWebhookEndpointInput;
  /** Default: COPYDESK_WEBHOOKS_ALLOW_PRIVATE. */
  allowPrivateAddresses?: boolean;
}): Promise<{ id: string; secret: string }> {
  const { db, actor } = options;
  assertMayManage(actor);
  const input = parseInput(createWebhookEndpointSchema, options.input);
  assertPublicTarget(input.url, options.allowPrivateAddresses ?? env.COPYDESK_WEBHOOKS_ALLOW_PRIVATE);
  const id = randomUUID();
  const secret = generateWebhookSecret();
  await db.$transaction([
    db.webhookEndpoint.create({ data: { id, url: input.url, description: input.description, secret, createdById: actor.id } }),
    auditEvent(db, {
      actor: { type: "user", id: actor.id },
      type: "webhook.endpoint_created",
      subjectType: "webhook_endpoint",
      subjectId: id,
      data: { url: input.url, description: input.description },
    }),
  ]);
  return { id, secret };
}

/**
 * Enables or disables an endpoint. While disabled, new events are not fanned
 * out to it and its pending deliveries wait; enabling resumes them.
 */
export async function setWebhookEndpointEnabled(options: { db: Db; actor: Actor; endpointId: string; enabled: boolean }): Promise<void> {
  const { db, actor, endpointId, enabled } = options;
  assertMayManage(actor);
  const endpoint = await db.webhookEndpoint.findUnique({ where: { id: endpointId }, select: { enabled: true, url: true } });
  if (!endpoint) throw new AppError("not_found", "No such webhook endpoint");
  if (endpoint.enabled === enabled) return;
  // `update` filtered on the state read throws when a concurrent change won, rolling the audit back with it.
  await commit(
    db,
    [
      db.webhookEndpoint.update({ where: { id: endpointId, enabled: !enabled }, data: { enabled }, select: { id: true } }),
      auditEvent(db, {
        actor: { type: "user", id: actor.id },
        type: enabled ? "webhook.endpoint_enabled" : "webhook.endpoint_disabled",
        subjectType: "webhook_endpoint",
        subjectId: endpointId,
        data: { url: endpoint.url },
      }),
    ],
    new AppError("conflict", "The endpoint changed meanwhile"),
  );
}

/** Deletes an endpoint with its deliveries and their attempts (the events stay). */
export async function deleteWebhookEndpoint(options: { db: Db; actor: Actor; endpointId: string }): Promise<void> {
  const { db, actor, endpointId } = options;
  assertMayManage(actor);
  const endpoint = await db.webhookEndpoint.findUnique({ where: { id: endpointId }, select: { url: true } });
  if (!endpoint) throw new AppError("not_found", "No such webhook endpoint");
  await commit(
    db,
    [
      db.webhookEndpoint.delete({ where: { id: endpointId }, select: { id: true } }),
      auditEvent(db, {
        actor: { type: "user", id: actor.id },
        type: "webhook.endpoint_deleted",
        subjectType: "webhook_endpoint",
        subjectId: endpointId,
        data: { url: endpoint.url },
      }),
    ],
    new AppError("not_found", "No such webhook endpoint"),
  );
}

/**
 * Sends a delivery again: back to pending, due now, with a fresh retry
 * schedule (attemptCount 0); earlier attempts stay in its log. Refused (409)
 * while a worker holds it for an attempt in flight.
 */
export async function resendWebhookDelivery(options: { db: Db; actor: Actor; deliveryId: string; now?: Date }): Promise<void> {
  const { db, actor, deliveryId } = options;
  assertMayManage(actor);
  const now = options.now ?? new Date();
  const delivery = await db.webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: { version: true, status: true, lockedUntil: true, eventId: true, endpointId: true },
  });
  if (!delivery) throw new AppError("not_found", "No such webhook delivery");
  if (delivery.status === "pending" && delivery.lockedUntil && delivery.lockedUntil > now) {
    throw new AppError("conflict", "The delivery is being attempted right now");
  }
  await commit(
    db,
    [
      db.webhookDelivery.update({
        where: { id: deliveryId, version: delivery.version },
        data: { status: "pending", attemptCount: 0, nextAttemptAt: now, lockedUntil: null, deliveredAt: null, version: { increment: 1 } },
        select: { id: true },
      }),
      auditEvent(db, {
        actor: { type: "user", id: actor.id },
        type: "webhook.resent",
        subjectType: "webhook_delivery",
        subjectId: deliveryId,
        data: { eventId: delivery.eventId, endpointId: delivery.endpointId, previousStatus: delivery.status },
      }),
    ],
    new AppError("conflict", "The delivery changed meanwhile"),
  );
}
