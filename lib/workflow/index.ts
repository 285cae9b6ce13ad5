/**
 * Copydesk review workflow: pure rules, no database or framework imports.
 * A use-case performing a workflow action should, in this order:
 *
 * 1. {@link mayPerform}: refuse with 403 `forbidden` when not ok;
 * 2. {@link transition}: refuse with 409 `invalid_transition` when not ok;
 * 3. write the next status (and revision numbers, see {@link WORKFLOW_ACTIONS})
 *    guarded by the status it read, so that a concurrent move loses with 409.
 *
 * Input of request_changes is parsed with {@link requestChangesSchema}.
 */

/**
 * The workflow actions, the status table, and lookups on it.
 *
 * @example
 *   const move = transition(article.status, "submit");
 *   if (!move.ok) throw new AppError("invalid_transition", "…", { params: { status: article.status } });
 */
export { TRANSITIONS, WORKFLOW_ACTIONS, allowedActions, transition } from "./transitions";
export type { TransitionResult, WorkflowAction } from "./transitions";

/**
 * Who may act: role table plus the four-eyes rule (no judging revisions you
 * authored since the last approval) and submitter-only withdraw.
 *
 * @example
 *   const allowed = mayPerform(actor, "approve", { submitterId, revisionAuthorIds });
 *   if (!allowed.ok) throw new AppError("forbidden", allowed.reason);
 */
export { ROLE_ACTIONS, mayPerform } from "./permissions";
export type { PermissionContext, PermissionResult } from "./permissions";

/** Whose unapproved text a submission holds, restores included (the four-eyes facts). */
export { unapprovedTextAuthors } from "./text-authors";
export type { RevisionLineage } from "./text-authors";

/** Change-request categories and the request_changes input schema. */
export {
  CHANGE_REQUEST_CATEGORIES,
  MAX_CHANGE_REQUEST_COMMENT_CHARS,
  changeRequestCategorySchema,
  requestChangesSchema,
} from "./reasons";
export type { ChangeRequestCategory, RequestChangesInput } from "./reasons";
