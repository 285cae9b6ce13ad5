/**
 * Who may do what: the one permission module. Every page, server action,
 * route and use-case asks {@link can} (or {@link decide} for the reason);
 * nothing else decides a permission.
 *
 * Shaped like Outline's `allow(User, "update", Document, (actor, doc) => …)`:
 * each action is named `resource.verb`, and its entry in {@link RULES} says
 * which roles may take it at all and, for the actions that depend on who did
 * what, which facts it needs ({@link PolicyFacts}, typed per action) and what
 * it checks on them. The caller loads the facts; the policy is pure.
 *
 * Every {@link Actor} is an active account: a disabled user has no session
 * (lib/auth/session.ts refuses one, and disabling deletes them). So "a desk
 * role" below means an active editor, reviewer or admin.
 *
 * What each role may do (today's behaviour, written down):
 * - editors: read, import, save, submit and withdraw their own submission,
 *   comment, resolve and reopen threads, and read the export with their
 *   session (the app's "export" link shows what partners receive);
 * - reviewers: all that, and judge (request changes, approve) work they did
 *   not write, publish and unpublish, the review queue and the reasons report;
 * - admins: all that, withdraw anyone's submission, and the admin area
 *   (users, tokens, audit log, webhooks, settings).
 */
import type { ArticleStatus } from "@/lib/articles/status";
import { AppError } from "@/lib/errors";
import { transition, type WorkflowAction } from "@/lib/workflow/transitions";
import { ROLES, type Actor, type Role } from "./roles";

export const TOKEN_SCOPES = ["import", "export"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** The facts a judgement (approve, request changes) is decided on. */
export type JudgeFacts = {
  /**
   * Author ids of the submitted text not covered by an approval: every
   * revision after the last approved one up to and including the submitted
   * revision, plus the authors a restore brought back
   * (lib/workflow/text-authors.ts). Never empty: the submitted revision has
   * an author.
   */
  revisionAuthorIds: readonly string[];
};

/** The facts withdrawing a submission is decided on. */
export type WithdrawFacts = {
  /** Who submitted the current submission; null/absent when there is none. */
  submitterId?: string | null;
};

/** The facts asking someone to review a submission is decided on (the actor is that person). */
export type ReceiveSubmissionFacts = {
  /** The person's account is disabled (a stored user, not a session). */
  disabled: boolean;
  /** {@link JudgeFacts.revisionAuthorIds} of the revision being submitted ([] when none is unapproved). */
  submissionAuthorIds: readonly string[];
};

/** Whom the policy decides for: a signed-in {@link Actor}, or a stored user it is asked about. */
export type PolicyActor = Pick<Actor, "id" | "role">;

/**
 * Every action and the facts it needs (`undefined`: the role decides alone).
 * The `article.*` workflow verbs are exactly lib/workflow's
 * {@link WorkflowAction}s; their status rules are lib/workflow/transitions.ts,
 * applied with these by lib/workflow/guard.ts.
 */
export type PolicyFacts = {
  /** Import articles through the UI (token imports need the `import` scope instead). */
  "article.import": undefined;
  /** Read articles, revisions, diffs, timelines. */
  "article.read": undefined;
  /** Save a revision (the status table decides when). */
  "article.save": undefined;
  /** Submit the head revision for review. */
  "article.submit": undefined;
  /** Take a submission back: the submitter, or an admin. */
  "article.withdraw": WithdrawFacts;
  /** Send the submission back: a reviewer or admin who wrote none of it. */
  "article.request_changes": JudgeFacts;
  /** Approve the submission: a reviewer or admin who wrote none of it. */
  "article.approve": JudgeFacts;
  /** Make the approved revision live. */
  "article.publish": undefined;
  /** Retract the live version. */
  "article.unpublish": undefined;
  /**
   * Be the named reviewer of a submission (reviewer eligibility; the actor is
   * the candidate): an active account that could judge it.
   */
  "article.receive_submission": ReceiveSubmissionFacts;
  /** Read an article's comment threads. */
  "comment.read": undefined;
  /** Start a thread or reply to one. */
  "comment.write": undefined;
  /** Mark a thread resolved. */
  "comment.resolve": undefined;
  /** Reopen a resolved thread. */
  "comment.reopen": undefined;
  /**
   * Dismiss a QA finding or take a dismissal back: reviewers and admins at any
   * time; editors when they may save (not while the article is in review).
   */
  "qa.dismiss": { status: ArticleStatus };
  /** Read the export API with a session cookie instead of a token (staff). */
  "export.read_with_session": undefined;
  /** The review queue on "My work". */
  "work.review_queue": undefined;
  /** The change-request reasons report. */
  "work.reasons_report": undefined;
  /** The admin area: users, roles, API tokens. */
  "admin.users": undefined;
  /** The audit trail of every event (an article's own timeline is readable by all). */
  "admin.audit": undefined;
  /** Register, disable, delete webhook endpoints; see deliveries and resend them. */
  "admin.webhooks": undefined;
  /** Change admin settings (e.g. whether the feeds are public). */
  "admin.settings": undefined;
};

export type PolicyAction = keyof PolicyFacts;
/** The resource an action is about (`article`, `comment`, …). */
export type PolicyResource = PolicyAction extends `${infer R}.${string}` ? R : never;

/** Why a permission was refused (the `reason` of a 403). */
export type DenialReason =
  | "role"
  | "own_revision"
  | "not_submitter"
  | "inactive"
  | "status";

export type Decision = { ok: true } | { ok: false; reason: DenialReason };

type Rule<F> = {
  /** Roles that may take the action at all (checked first, reason `role`). */
  roles: readonly Role[];
  /** The fact-dependent check, after the role: a denial reason, or null to allow. */
  check?: (actor: PolicyActor, facts: F) => DenialReason | null;
};

/** Every desk role: the account is active (see the module comment) and staff. */
const DESK: readonly Role[] = ROLES;
/** The roles that judge and publish. */
const DECIDERS: readonly Role[] = ["reviewer", "admin"];
const ADMINS: readonly Role[] = ["admin"];

/**
 * Nobody judges text they wrote: anyone, admins included, who authored any
 * revision in the submission. Checking every revision since the last
 * approval, not just the submitted one, stops an author from getting their
 * edit approved by having someone else save on top of it. Submitting is not
 * authoring: a reviewer who submitted someone else's revision may judge it.
 */
function judgesOwnText(personId: string, authorIds: readonly string[]): boolean {
  return authorIds.includes(personId);
}

function judge(action: "approve" | "request_changes") {
  return (actor: PolicyActor, facts: JudgeFacts): DenialReason | null => {
    // Answering "ok" without authors would skip the four-eyes rule: a caller bug.
    if (facts.revisionAuthorIds.length === 0) {
      throw new Error(`mayPerform(${action}): revisionAuthorIds must include the submitted revision's author`);
    }
    return judgesOwnText(actor.id, facts.revisionAuthorIds) ? "own_revision" : null;
  };
}

const RULES: { [A in PolicyAction]: Rule<PolicyFacts[A]> } = {
  "article.import": { roles: DESK },
  "article.read": { roles: DESK },
  "article.save": { roles: DESK },
  "article.submit": { roles: DESK },
  "article.withdraw": {
    roles: DESK,
    // Admins clear stuck submissions (e.g. the submitter left). With no known
    // submitter only an admin may withdraw (fail closed).
    check: (actor, facts) => (actor.role === "admin" || (facts.submitterId != null && facts.submitterId === actor.id) ? null : "not_submitter"),
  },
  "article.request_changes": { roles: DECIDERS, check: judge("request_changes") },
  "article.approve": { roles: DECIDERS, check: judge("approve") },
  "article.publish": { roles: DECIDERS },
  "article.unpublish": { roles: DECIDERS },
  "article.receive_submission": {
    // Those who could decide on it: the judging roles, and the four-eyes rule.
    roles: DECIDERS,
    check: (candidate, facts) => {
      if (facts.disabled) return "inactive";
      return judgesOwnText(candidate.id, facts.submissionAuthorIds) ? "own_revision" : null;
    },
  },
  "comment.read": { roles: DESK },
  "comment.write": { roles: DESK },
  "comment.resolve": { roles: DESK },
  "comment.reopen": { roles: DESK },
  "qa.dismiss": { roles: DESK, check: (actor, facts) => (actor.role !== "editor" || transition(facts.status, "save").ok ? null : "status") },
  // Staff see the export as partners do; the answers are private, no-store (lib/export/gate.ts).
  "export.read_with_session": { roles: DESK },
  "work.review_queue": { roles: DECIDERS },
  "work.reasons_report": { roles: DECIDERS },
  "admin.users": { roles: ADMINS },
  "admin.audit": { roles: ADMINS },
  "admin.webhooks": { roles: ADMINS },
  "admin.settings": { roles: ADMINS },
};

/** The facts argument: omitted for actions the role decides alone. */
type FactsArg<A extends PolicyAction> = PolicyFacts[A] extends undefined ? [] : [facts: PolicyFacts[A]];

/**
 * May `actor` take `action`, and if not, why? The role is checked first
 * (reason `role`), then the action's facts.
 *
 * @throws Error when approve/request_changes gets no author ids (a caller bug).
 */
export function decide<A extends PolicyAction>(actor: PolicyActor, action: A, ...[facts]: FactsArg<A>): Decision {
  const rule = RULES[action] as Rule<PolicyFacts[A]>;
  if (!rule.roles.includes(actor.role)) return { ok: false, reason: "role" };
  const reason = rule.check ? rule.check(actor, facts as PolicyFacts[A]) : null;
  return reason === null ? { ok: true } : { ok: false, reason };
}

/** May `actor` take `action`? See {@link decide}. */
export function can<A extends PolicyAction>(actor: PolicyActor, action: A, ...facts: FactsArg<A>): boolean {
  return decide(actor, action, ...facts).ok;
}

/** Is `role` among those that may take `action` at all, whatever the facts? */
export function roleMay(role: Role, action: PolicyAction): boolean {
  return RULES[action].roles.includes(role);
}

/** The roles that may take `action` at all (e.g. whom to list as reviewers). */
export function rolesFor(action: PolicyAction): Role[] {
  return ROLES.filter((role) => roleMay(role, action));
}

/** {@link decide}, throwing 403 `forbidden` with the reason when refused. */
export function authorize<A extends PolicyAction>(actor: PolicyActor, action: A, ...facts: FactsArg<A>): void {
  const decision = decide(actor, action, ...facts);
  if (!decision.ok) throw new AppError("forbidden", `May not ${action}: ${decision.reason}`, { details: { reason: decision.reason } });
}

/** Facts for any workflow action, as lib/workflow/guard.ts receives them. */
export type PermissionContext = WithdrawFacts & { revisionAuthorIds: readonly string[] };
export type PermissionResult = Decision;

/**
 * {@link decide} for a workflow action given every workflow fact at once
 * (each action reads the ones it needs): `role`, then `own_revision` for
 * approve/request_changes, then `not_submitter` for withdraw.
 */
export function mayPerform(actor: PolicyActor, action: WorkflowAction, context: PermissionContext): PermissionResult {
  // Every workflow fact type is a subset of PermissionContext.
  return (decide as (actor: PolicyActor, action: PolicyAction, facts?: PermissionContext) => Decision)(actor, `article.${action}`, context);
}

/** May a token with these scopes use an endpoint that needs `scope`? */
export function tokenAllows(scopes: readonly string[], scope: TokenScope): boolean {
  return scopes.includes(scope);
}
