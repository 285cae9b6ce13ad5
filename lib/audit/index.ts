/**
 * Audit events. Writers include `auditEvent(...)` in the same array
 * transaction as the change it records, so an event exists exactly when the
 * change committed.
 */
import type { Db } from "@/lib/db/client";

export type AuditActor =
  | { type: "user"; id: string }
  | { type: "token"; id: string; createdById: string }
  | { type: "system" };

export type AuditInput = {
  actor: AuditActor;
  action: string;
  subjectType: string;
  subjectId: string;
  articleId?: string | null;
  details?: Record<string, unknown>;
};

/** A pending insert of one audit event, for `db.$transaction([...])`. */
export function auditEvent(db: Db, input: AuditInput) {
  // Token actions are attributed to the token's creator for the actor
  // relation, and the token id is kept in the details.
  const actorId =
    input.actor.type === "user" ? input.actor.id : input.actor.type === "token" ? input.actor.createdById : null;
  const details =
    input.actor.type === "token" ? { ...input.details, tokenId: input.actor.id } : (input.details ?? {});
  return db.auditEvent.create({
    data: {
      actorType: input.actor.type,
      actorId,
      action: input.action,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      articleId: input.articleId ?? null,
      details: JSON.stringify(details),
    },
  });
}
