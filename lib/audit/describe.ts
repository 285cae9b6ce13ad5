/**
 * Audit events in plain language: which message (Timeline.event.*) says what
 * an event did, with which values. Pure; tolerant of details written by older
 * code or missing fields (a missing number becomes "none", which the ICU
 * messages turn into wording without it). Unknown actions get the generic line.
 *
 * {@link DESCRIBERS} has one entry per event type of ./events.ts: adding a
 * type without saying how to describe it fails the type check.
 */
import { parseRole, type Role } from "@/lib/auth/roles";
import { changeRequestCategorySchema, type ChangeRequestCategory } from "@/lib/workflow/reasons";
import { isAuditEventType, type AuditEventData, type AuditEventType } from "./events";

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
  | "qaDismissed"
  | "qaDismissalRemoved"
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

/** An event's stored details: its type's field names, each value unchecked (older rows may differ). */
type StoredData<T extends AuditEventType> = { readonly [K in keyof AuditEventData<T>]?: unknown };

type DescribeContext = { actor: EventValue; subjectName: string; event: DescribableEvent; names: NameLookup };
type Describer<T extends AuditEventType> = (d: StoredData<T>, context: DescribeContext) => EventDescription;

const webhook: Describer<AuditEventType> = (_d, { actor, event }) => ({ key: "webhook", values: { actor, action: event.action } });

/** How each event type reads. */
const DESCRIBERS: { [T in AuditEventType]: Describer<T> } = {
  "article.imported": (_d, { actor }) => ({ key: "imported", values: { actor } }),
  "revision.saved": (d, { actor }) => ({
    key: "saved",
    values: { actor, number: num(d.number) },
    ...(typeof d.wordsChanged === "number" ? { wordsChanged: d.wordsChanged } : {}),
  }),
  "revision.restored": (d, { actor }) => ({ key: "restored", values: { actor, number: num(d.number), from: num(d.restoredFrom) } }),
  "article.submitted": (d, { actor, names }) => {
    const reviewerId = text(d.reviewerId);
    const reviewer = reviewerId ? (names.get(reviewerId) ?? "none") : "none";
    const quote = text(d.note);
    return { key: "submitted", values: { actor, number: num(d.revisionNumber), reviewer }, ...(quote ? { quote } : {}) };
  },
  "article.withdrawn": (d, { actor }) => ({ key: "withdrawn", values: { actor, number: num(d.revisionNumber) } }),
  "article.changes_requested": (d, { actor }) => {
    const quote = text(d.comment);
    return { key: "changesRequested", values: { actor, number: num(d.revisionNumber) }, categories: categoriesOf(d.categories), ...(quote ? { quote } : {}) };
  },
  "article.approved": (d, { actor }) => ({ key: "approved", values: { actor, number: num(d.revisionNumber) } }),
  "article.published": (d, { actor }) => ({ key: "published", values: { actor, version: num(d.version), number: num(d.revisionNumber) } }),
  "article.unpublished": (d, { actor }) => ({ key: "unpublished", values: { actor, version: num(d.version) } }),
  "qa.dismissed": (d, { actor }) => ({ key: "qaDismissed", values: { actor, check: str(d.check), reason: str(d.reason) }, ...(text(d.note) ? { quote: text(d.note) } : {}) }),
  "qa.dismissal_removed": (d, { actor }) => ({ key: "qaDismissalRemoved", values: { actor, check: str(d.check) } }),
  "comment.thread_created": (_d, { actor }) => ({ key: "threadCreated", values: { actor } }),
  "comment.replied": (_d, { actor }) => ({ key: "replied", values: { actor } }),
  "comment.resolved": (_d, { actor }) => ({ key: "resolved", values: { actor } }),
  "comment.reopened": (_d, { actor }) => ({ key: "reopened", values: { actor } }),
  "user.created": (d, { actor, subjectName }) => ({ key: "userCreated", values: { actor, subject: subjectName, role: roleValue(d.role) } }),
  "user.role_changed": (d, { actor, subjectName }) => ({
    key: "roleChanged",
    values: { actor, subject: subjectName, from: roleValue(d.from), to: roleValue(d.to) },
  }),
  "user.disabled": (_d, { actor, subjectName }) => ({ key: "userDisabled", values: { actor, subject: subjectName } }),
  "user.enabled": (_d, { actor, subjectName }) => ({ key: "userEnabled", values: { actor, subject: subjectName } }),
  "api_token.created": (d, { actor }) => ({ key: "tokenCreated", values: { actor, name: str(d.name) } }),
  "api_token.revoked": (_d, { actor, event, names }) => ({
    key: "tokenRevoked",
    values: { actor, name: names.get(event.subjectId) ?? str(event.details.name) },
  }),
  "setting.changed": (d, { actor, event }) => ({ key: "settingChanged", values: { actor, key: str(d.key ?? event.subjectId) } }),
  "webhook.endpoint_created": webhook,
  "webhook.endpoint_enabled": webhook,
  "webhook.endpoint_disabled": webhook,
  "webhook.endpoint_deleted": webhook,
  "webhook.resent": webhook,
  // Security events of sign-in (lib/use-cases/sign-in.ts): who tried which account from where, never a password.
  "auth.sign_in_succeeded": (d, { actor }) => ({ key: "signInSucceeded", values: { actor, address: str(d.address) } }),
  "auth.sign_in_failed": (d, { subjectName }) => ({ key: "signInFailed", values: { subject: subjectName, address: str(d.address), reason: str(d.reason) } }),
  "auth.sign_in_throttled": (d, { subjectName }) => ({
    key: "signInThrottled",
    values: { subject: subjectName, address: str(d.address), scope: str(d.scope) },
  }),
  "auth.locked_out": (d, { subjectName }) => ({
    key: "lockedOut",
    values: { subject: subjectName, address: str(d.address), scope: str(d.scope), failures: num(d.failures) },
  }),
  "auth.account_slowed": (d, { subjectName }) => ({ key: "accountSlowed", values: { subject: subjectName, failures: num(d.failures) } }),
};

/** What the event says, as a message key and its values. */
export function describeEvent(event: DescribableEvent, names: NameLookup = new Map()): EventDescription {
  const d = event.details;
  const actor = actorValue(event);
  if (!isAuditEventType(event.action)) return { key: "generic", values: { actor, action: event.action } };
  const subjectName = names.get(event.subjectId) ?? text(d.email) ?? text(d.name) ?? "none";
  const describe = DESCRIBERS[event.action] as Describer<AuditEventType>;
  return describe(d, { actor, subjectName, event, names });
}
