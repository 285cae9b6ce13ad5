/**
 * The review workflow as a pure state machine over the existing
 * {@link ArticleStatus}. No I/O: use-cases go through ./guard.ts, which
 * asks lib/auth/policy.ts who may and looks the move up here, then write.
 *
 * The status describes the *working copy* of the article. What was approved
 * and what is live are kept separately, as `approvedRevisionNumber` and
 * `publishedRevisionNumber` on the article, and no transition here changes
 * them except as noted on each action below. This is why saving after
 * approval or publication can start a new draft without touching either.
 */
import type { ArticleStatus } from "@/lib/articles/status";

export const WORKFLOW_ACTIONS = [
  /** Save a new revision. Sets no revision number. */
  "save",
  /** Submit one specific revision for review (optionally to a named reviewer, with a note). */
  "submit",
  /** The submitter takes the submission back. */
  "withdraw",
  /** Reviewer sends the submission back with a reason (see ./reasons). */
  "request_changes",
  /** Reviewer approves the submitted revision: approvedRevisionNumber := submitted revision. */
  "approve",
  /** Make the approved revision live: publishedRevisionNumber := approvedRevisionNumber. */
  "publish",
  /** Retract: publishedRevisionNumber := null. The approval is kept. */
  "unpublish",
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/**
 * Every allowed move; an absent entry is an invalid transition (409
 * `invalid_transition`). Decisions that are not obvious:
 *
 * - `in_review` + `save` is refused. The reviewer is reading one exact
 *   revision; silently withdrawing it on save would surprise both sides, and
 *   saving "under" a review would make the approval ambiguous. The author
 *   withdraws first (one click), then edits.
 * - `in_review` + `submit` is refused: one submission at a time; withdraw and
 *   resubmit to change the revision, reviewer or note.
 * - `changes_requested` + `submit` is refused: the reviewer asked for changes
 *   to that exact revision, so resubmitting it unchanged would bypass the
 *   request. Saving a revision moves the article to `draft`, then submit.
 * - `approved`/`published` + `submit` is refused: that revision is already
 *   approved; save a new revision (→ `draft`) to start another round.
 * - `published` + `publish` is absent. Approval always lands in `approved`,
 *   so a newer approved revision of a live article shows up as `approved`
 *   (with approvedRevisionNumber > publishedRevisionNumber) and is published
 *   from there; in `published` the approved revision *is* the live one, and
 *   publishing it again would be a no-op.
 * - `published` + `unpublish` → `approved`: retracting is about visibility,
 *   not quality, so the approval stands and the same revision can be
 *   republished without another review.
 * - `unpublish` also applies while a version is live but the working copy
 *   has moved on (status ≠ `published`, publishedRevisionNumber set): see
 *   {@link LIVE_TRANSITIONS}. A status-only table cannot tell such an article
 *   from one that was never published, so that move needs the fact `live`.
 */
export const TRANSITIONS = {
  draft: { save: "draft", submit: "in_review" },
  in_review: { withdraw: "draft", request_changes: "changes_requested", approve: "approved" },
  changes_requested: { save: "draft" },
  approved: { save: "draft", publish: "published" },
  published: { save: "draft", unpublish: "approved" },
} as const satisfies Record<ArticleStatus, Partial<Record<WorkflowAction, ArticleStatus>>>;

/**
 * Moves that need a live version (publishedRevisionNumber set) besides the
 * status: retracting an article whose working copy moved on (a newer draft,
 * submission or approval) clears publishedRevisionNumber and leaves the
 * status, and so the work in progress, alone. `published` retracts through
 * {@link TRANSITIONS} (→ `approved`).
 */
export const LIVE_TRANSITIONS = {
  draft: { unpublish: "draft" },
  in_review: { unpublish: "in_review" },
  changes_requested: { unpublish: "changes_requested" },
  approved: { unpublish: "approved" },
  published: {},
} as const satisfies Record<ArticleStatus, Partial<Record<WorkflowAction, ArticleStatus>>>;

/** What besides the status a move depends on. */
export type ArticleState = {
  /** A version is live (publishedRevisionNumber set). */
  live: boolean;
};

export type TransitionResult = { ok: true; next: ArticleStatus } | { ok: false; reason: "invalid_transition" };

/**
 * The status after `action`, or `invalid_transition` (an AppError code, 409).
 * Without `state`, only the status is known (nothing counts as live).
 */
export function transition(status: ArticleStatus, action: WorkflowAction, state: ArticleState = { live: false }): TransitionResult {
  // Widen the literal tables so absent actions read as undefined.
  const row: Partial<Record<WorkflowAction, ArticleStatus>> = TRANSITIONS[status];
  const liveRow: Partial<Record<WorkflowAction, ArticleStatus>> = LIVE_TRANSITIONS[status];
  const next = row[action] ?? (state.live ? liveRow[action] : undefined);
  return next === undefined ? { ok: false, reason: "invalid_transition" } : { ok: true, next };
}

/** Actions valid in `status`, in {@link WORKFLOW_ACTIONS} order (for buttons and API hints). */
export function allowedActions(status: ArticleStatus, state?: ArticleState): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => transition(status, action, state).ok);
}
