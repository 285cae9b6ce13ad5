/**
 * The webhook outbox. A change that announces itself (publish, unpublish)
 * includes `webhookEvent(...)` in the same array transaction as the change,
 * so an event exists exactly when the change committed; the delivery worker
 * (./worker.ts) fans it out to the endpoints and delivers it.
 */
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";

export const WEBHOOK_EVENT_TYPES = ["article.published", "article.unpublished"] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** "msg_" + 24 random base62-ish characters: the Standard Webhooks `webhook-id`. */
export function newWebhookMessageId(): string {
  return `msg_${randomBytes(18).toString("base64url")}`;
}

/** A pending insert of one outbox event, for `db.$transaction([...])`. */
export function webhookEvent(db: Db, input: { type: WebhookEventType; data: Record<string, unknown>; at?: Date }) {
  const at = input.at ?? new Date();
  const id = newWebhookMessageId();
  const payload = JSON.stringify({ type: input.type, timestamp: at.toISOString(), data: input.data });
  return db.webhookEvent.create({ data: { id, type: input.type, payload, createdAt: at }, select: { id: true } });
}
