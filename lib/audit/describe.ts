/**
 * Audit events in plain language: which message (Timeline.event.*) says what
 * an event did, with which values. Pure; tolerant of details written by older
 * code or missing fields (a missing number becomes "none", which the ICU
 * messages turn into wording without it). Unknown actions get the generic line.
 */
import { parseRole, type Role } from "@/lib/auth/roles";
import { changeRequestCategorySchema, type ChangeRequestCategory } from "@/lib/workflow/reasons";

/** A value the renderer localizes: a role name, or who acted when no user did. */
export type EventValue = string | { kind: "role"; role: Role } | { kind: "system" } | { kind: "unknownUser" } | { kind: "token"; name: string };

export type EventMessageKey =
  | "imported"
  | "saved"
  | "restored"
  | "submitted"
  | "withdrawn"
  | "changesRequested"
  | "approved"
  | "published"
  | "unpublished"
  | "threadCreated"
  | "replied"
  | "resolved"
  | "reopened"
  | "userCreated"
  | "roleChanged"
  | "userDisabled"
  | "userEnabled"
  | "tokenCreated"
  | "tokenRevoked"
  | "settingChanged"
  | "webhook"
  | "signInSucceeded"
  | "signInFailed"
  | "signInThrottled"
  | "lockedOut"
  | "accountSlowed"
  | "generic";

export type EventDescription = {
  key: EventMessageKey;
  values: Record<string, EventValue>;
  /** Free text the actor wrote (submission note, change-request comment). */
  quote?: string;
  categories?: ChangeRequestCategory[];
  wordsChanged?: number;
};

export type DescribableEvent = {
  action: string;
  actorType: string;
  actorName: string | null;
  subjectId: string;
  details: Record<string, unknown>;
};

/** Names of users and tokens the details refer to by id. */
export type NameLookup = ReadonlyMap<string, string>;

/** Parses the stored details JSON; anything but an object becomes {}. */
export function parseDetails(json: string | null | undefined): Record<string, unknown> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const num = (value: unknown): string => (typeof value === "number" && Number.isFinite(value) ? String(value) : "none");
const text = (value: unknown): string | undefined => (typeof value === "string" && value.trim() ? value.trim() : undefined);
const str = (value: unknown): string => text(value) ?? "none";

function actorValue(event: DescribableEvent): EventValue {
  if (event.actorType === "system") return { kind: "system" };
  if (!event.actorName) return { kind: "unknownUser" };
  return event.actorType === "token" ? { kind: "token", name: event.actorName } : event.actorName;
}

function categoriesOf(value: unknown): ChangeRequestCategory[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((c) => {
    const parsed = changeRequestCategorySchema.safeParse(c);
    return parsed.success ? [parsed.data] : [];
  });
}

const roleValue = (value: unknown): EventValue => (typeof value === "string" ? { kind: "role", role: parseRole(value) } : "none");

/** Ids in an event's details whose names the description needs (look them up in one query). */
export function referencedIds(event: Pick<DescribableEvent, "action" | "subjectId" | "details">): string[] {
  const ids: string[] = [];
  if (event.action === "article.submitted" && typeof event.details.reviewerId === "string") ids.push(event.details.reviewerId);
  if (event.action.startsWith("user.") || event.action.startsWith("api_token.") || event.action.startsWith("auth.")) ids.push(event.subjectId);
  return ids;
}

/** What the event says, as a message key and its values. */
export function describeEvent(event: DescribableEvent, names: NameLookup = new Map()): EventDescription {
  const d = event.details;
  const actor = actorValue(event);
  const subjectName = names.get(event.subjectId) ?? text(d.email) ?? text(d.name) ?? "none";
  switch (event.action) {
    case "article.imported":
      return { key: "imported", values: { actor } };
    case "revision.saved":
      return {
        key: "saved",
        values: { actor, number: num(d.number) },
        ...(typeof d.wordsChanged === "number" ? { wordsChanged: d.wordsChanged } : {}),
      };
    case "revision.restored":
      return { key: "restored", values: { actor, number: num(d.number), from: num(d.restoredFrom) } };
    case "article.submitted": {
      const reviewerId = text(d.reviewerId);
      const reviewer = reviewerId ? (names.get(reviewerId) ?? "none") : "none";
      const quote = text(d.note);
      return { key: "submitted", values: { actor, number: num(d.revisionNumber), reviewer }, ...(quote ? { quote } : {}) };
    }
    case "article.withdrawn":
      return { key: "withdrawn", values: { actor, number: num(d.revisionNumber) } };
    case "article.changes_requested": {
      const quote = text(d.comment);
      return { key: "changesRequested", values: { actor, number: num(d.revisionNumber) }, categories: categoriesOf(d.categories), ...(quote ? { quote } : {}) };
    }
    case "article.approved":
      return { key: "approved", values: { actor, number: num(d.revisionNumber) } };
    case "article.published":
      return { key: "published", values: { actor, version: num(d.version), number: num(d.revisionNumber) } };
    case "article.unpublished":
      return { key: "unpublished", values: { actor, version: num(d.version) } };
    case "comment.thread_created":
      return { key: "threadCreated", values: { actor } };
    case "comment.replied":
      return { key: "replied", values: { actor } };
    case "comment.resolved":
      return { key: "resolved", values: { actor } };
    case "comment.reopened":
      return { key: "reopened", values: { actor } };
    case "user.created":
      return { key: "userCreated", values: { actor, subject: subjectName, role: roleValue(d.role) } };
    case "user.role_changed":
      return { key: "roleChanged", values: { actor, subject: subjectName, from: roleValue(d.from), to: roleValue(d.to) } };
    case "user.disabled":
      return { key: "userDisabled", values: { actor, subject: subjectName } };
    case "user.enabled":
      return { key: "userEnabled", values: { actor, subject: subjectName } };
    case "api_token.created":
      return { key: "tokenCreated", values: { actor, name: str(d.name) } };
    case "api_token.revoked":
      return { key: "tokenRevoked", values: { actor, name: names.get(event.subjectId) ?? str(d.name) } };
    // Security events of sign-in (lib/use-cases/sign-in.ts): who tried which account from where, never a password.
    case "auth.sign_in_succeeded":
      return { key: "signInSucceeded", values: { actor, address: str(d.address) } };
    case "auth.sign_in_failed":
      return { key: "signInFailed", values: { subject: subjectName, address: str(d.address), reason: str(d.reason) } };
    case "auth.sign_in_throttled":
      return { key: "signInThrottled", values: { subject: subjectName, address: str(d.address), scope: str(d.scope) } };
    case "auth.locked_out":
      return { key: "lockedOut", values: { subject: subjectName, address: str(d.address), scope: str(d.scope), failures: num(d.failures) } };
    case "auth.account_slowed":
      return { key: "accountSlowed", values: { subject: subjectName, failures: num(d.failures) } };
    case "setting.changed":
      return { key: "settingChanged", values: { actor, key: str(d.key ?? event.subjectId) } };
    default:
      if (event.action.startsWith("webhook.")) return { key: "webhook", values: { actor, action: event.action } };
      return { key: "generic", values: { actor, action: event.action } };
  }
}
