/**
 * Audit events. Writers include `auditEvent(...)` in the same array
 * transaction as the change it records, so an event exists exactly when the
 * change committed. What an event may say is typed in ./events.ts.
 */
import type { Db } from "@/lib/db/client";
import { auditEventSchema, type AuditEventBody } from "./events";

export type { AuditEventBody, AuditEventData, AuditEventType } from "./events";

export type AuditActor =
  | { type: "user"; id: string }
  | { type: "token"; id: string; createdById: string }
  | { type: "system" };

/** One event: who, its type with the subject's type and data (./events.ts), the subject, and the article it belongs to. */
export type AuditInput = AuditEventBody & {
  actor: AuditActor;
  subjectId: string;
  articleId?: string | null;
};

/**
 * A pending insert of one audit event, for `db.$transaction([...])`.
 *
 * @throws ZodError when the data does not match its type's schema (a caller
 *   bug the type check did not catch, e.g. a non-integer count).
 */
export function auditEvent(db: Db, input: AuditInput) {
  const { type, subjectType, data } = auditEventSchema.parse({ type: input.type, subjectType: input.subjectType, data: input.data });
  // Token actions are attributed to the token's creator for the actor
  // relation, and the token id is kept in the details.
  const actorId =
    input.actor.type === "user" ? input.actor.id : input.actor.type === "token" ? input.actor.createdById : null;
  const details = input.actor.type === "token" ? { ...data, tokenId: input.actor.id } : data;
  return db.auditEvent.create({
    data: {
      actorType: input.actor.type,
      actorId,
      action: type,
      subjectType,
      subjectId: input.subjectId,
      articleId: input.articleId ?? null,
      details: JSON.stringify(details),
    },
  });
}
