/**
 * Every kind of audit event, as a zod discriminated union on `type` with one
 * data schema per event (as Documenso's document audit log types). Writers
 * pass one of these to `auditEvent()` (./index.ts), so a wrong subject or
 * `data` shape is a type error; the admin filter list (./queries.ts) and the
 * descriptions (./describe.ts) are derived from {@link AUDIT_EVENT_TYPES},
 * so adding an event here without a description fails the type check.
 *
 * Stored as audit_event(action = type, subjectType, details = data as JSON).
 * Readers stay tolerant: rows written by older code may lack fields.
 */
import { z } from "zod";
import { roleSchema } from "@/lib/auth/roles";
import { changeRequestCategorySchema } from "@/lib/workflow/reasons";

const int = z.int();
const optionalText = z.string().nullable();

function event<T extends string, S extends string, D extends z.ZodRawShape>(type: T, subjectType: S, data: D) {
  return z.object({ type: z.literal(type), subjectType: z.literal(subjectType), data: z.strictObject(data) });
}

/** Data of every save: the revision it made, the one it started from, its size and how much it changed. */
const revisionData = { number: int, baseNumber: int, words: int, wordsChanged: int };
const webhookEndpointData = { url: z.string() };
/** Sign-in attempts name the email typed and the client address (null when unknown); never a password. */
const signInData = { email: z.string(), address: z.string().nullable() };
/** A gated move (submit, approve): the revision's QA counts, and the override reason when errors were open. */
const qaGateData = {
  qa: z.strictObject({ errors: int, warnings: int, dismissed: int }).optional(),
  qaOverride: z.strictObject({ reason: z.string(), openErrors: int }).optional(),
};
export const qaDismissalReasonSchema = z.enum(["false_positive", "intended", "other"]);
const throttleScope = z.enum(["account", "address", "account_address"]);

export const auditEventSchema = z.discriminatedUnion("type", [
  event("article.imported", "article", { sourceLang: z.string(), targetLang: z.string(), title: z.string() }),
  event("revision.saved", "revision", revisionData),
  event("revision.restored", "revision", { ...revisionData, restoredFrom: int }),
  event("article.submitted", "article", { revisionNumber: int, reviewerId: optionalText, note: optionalText, ...qaGateData }),
  event("article.withdrawn", "article", { revisionNumber: int }),
  event("article.changes_requested", "article", {
    revisionNumber: int,
    categories: z.array(changeRequestCategorySchema),
    comment: z.string(),
    reviewId: z.string(),
  }),
  event("article.approved", "article", { revisionNumber: int, reviewId: z.string(), ...qaGateData }),
  event("article.published", "article", { revisionNumber: int, version: int }),
  event("article.unpublished", "article", { version: int }),
  event("qa.dismissed", "qa_dismissal", { check: z.string(), spanText: z.string(), targetText: z.string(), reason: qaDismissalReasonSchema, note: optionalText }),
  event("qa.dismissal_removed", "qa_dismissal", { check: z.string(), spanText: z.string(), reason: qaDismissalReasonSchema, dismissedBy: z.string() }),
  event("comment.thread_created", "comment_thread", { commentId: z.string(), revision: int, block: int, start: int, end: int }),
  event("comment.replied", "comment_thread", { commentId: z.string() }),
  /** `version`: the thread's version after the change. */
  event("comment.resolved", "comment_thread", { version: int }),
  event("comment.reopened", "comment_thread", { version: int }),
  event("user.created", "user", { email: z.string(), role: roleSchema }),
  event("user.role_changed", "user", { from: z.string(), to: roleSchema }),
  event("user.disabled", "user", {}),
  event("user.enabled", "user", {}),
  /** `scopes`: as stored, space-separated. */
  event("api_token.created", "api_token", { name: z.string(), scopes: z.string(), prefix: z.string() }),
  event("api_token.revoked", "api_token", {}),
  event("setting.changed", "setting", { key: z.string(), from: z.boolean(), to: z.boolean() }),
  event("webhook.endpoint_created", "webhook_endpoint", { ...webhookEndpointData, description: optionalText }),
  event("webhook.endpoint_enabled", "webhook_endpoint", webhookEndpointData),
  event("webhook.endpoint_disabled", "webhook_endpoint", webhookEndpointData),
  event("webhook.endpoint_deleted", "webhook_endpoint", webhookEndpointData),
  event("webhook.resent", "webhook_delivery", { eventId: z.string(), endpointId: z.string(), previousStatus: z.string() }),
  event("auth.sign_in_succeeded", "user", signInData),
  event("auth.sign_in_failed", "user", { ...signInData, reason: z.enum(["invalid", "disabled"]) }),
  event("auth.sign_in_throttled", "user", { ...signInData, scope: throttleScope, retryAfterSeconds: int }),
  /** Per account+address the subject is the account; per address it is the address itself. */
  z.object({
    type: z.literal("auth.locked_out"),
    subjectType: z.enum(["user", "address"]),
    data: z.strictObject({ ...signInData, scope: throttleScope, failures: int }),
  }),
  event("auth.account_slowed", "user", { ...signInData, failures: int }),
]);

/** One event's type, subject type and data, as `auditEvent()` takes them. */
export type AuditEventBody = z.infer<typeof auditEventSchema>;
export type AuditEventType = AuditEventBody["type"];
/** The data schema's shape of one event type. */
export type AuditEventData<T extends AuditEventType> = Extract<AuditEventBody, { type: T }>["data"];

/** Every event type, in the union's order (the admin filter's list). */
export const AUDIT_EVENT_TYPES: readonly AuditEventType[] = auditEventSchema.options.map((option) => option.shape.type.value);

/** Is `action` (as stored) one of today's event types? */
export function isAuditEventType(action: string): action is AuditEventType {
  return (AUDIT_EVENT_TYPES as readonly string[]).includes(action);
}
