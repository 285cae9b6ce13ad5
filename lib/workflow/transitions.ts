/**
 * The review workflow as a pure state machine over the existing
 * {@link ArticleStatus}. No I/O: use-cases look up the move here, check
 * {@link mayPerform} (./permissions), then write.
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
 * - `unpublish` is only a status move from `published`. Retracting a live
 *   article whose working copy has moved on (status ≠ `published`, but
 *   publishedRevisionNumber set) is left to the publishing issue: it would
 *   only clear publishedRevisionNumber and must not be offered for articles
 *   that were never published, which a status-only table cannot tell apart.
 */
export const TRANSITIONS = {
  draft: { save: "draft", submit: "in_review" },
  in_review: { withdraw: "draft", request_changes: "changes_requested", approve: "approved" },
  changes_requested: { save: "draft" },
  approved: { save: "draft", publish: "published" },
  published: { save: "draft", unpublish: "approved" },
} as const satisfies Record<ArticleStatus, Partial<Record<WorkflowAction, ArticleStatus>>>;

export type TransitionResult = { ok: true; next: ArticleStatus } | { ok: false; reason: "invalid_transition" };

/** The status after `action`, or `invalid_transition` (an AppError code, 409). */
export function transition(status: ArticleStatus, action: WorkflowAction): TransitionResult {
  // Widen the literal table so absent actions read as undefined.
  const row: Partial<Record<WorkflowAction, ArticleStatus>> = TRANSITIONS[status];
  const next = row[action];
  return next === undefined ? { ok: false, reason: "invalid_transition" } : { ok: true, next };
}

/** Actions valid in `status`, in {@link WORKFLOW_ACTIONS} order (for buttons and API hints). */
export function allowedActions(status: ArticleStatus): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => transition(status, action).ok);
}
