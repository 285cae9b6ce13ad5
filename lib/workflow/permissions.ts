/**
 * Who may perform a workflow action. Pure: the caller loads the facts
 * (submitter, authors) and passes them in. Status is not checked here; that
 * is {@link transition} (./transitions). Use-cases need both.
 */
import type { Actor, Role } from "@/lib/auth/roles";
import type { WorkflowAction } from "./transitions";

/**
 * Actions each role may perform at all. Editors edit and submit (and withdraw
 * their own submission); reviewers and admins also decide and publish.
 */
export const ROLE_ACTIONS = {
  editor: ["save", "submit", "withdraw"],
  reviewer: ["save", "submit", "withdraw", "request_changes", "approve", "publish", "unpublish"],
  admin: ["save", "submit", "withdraw", "request_changes", "approve", "publish", "unpublish"],
} as const satisfies Record<Role, readonly WorkflowAction[]>;

/** Actions that judge the submitted work: nobody may judge their own. */
const REVIEW_ACTIONS: ReadonlySet<WorkflowAction> = new Set(["approve", "request_changes"]);

export type PermissionContext = {
  /** Who submitted the current submission; null/absent when there is none. */
  submitterId?: string | null;
  /**
   * Author ids of the submitted text not covered by an approval: every
   * revision after the last approved one up to and including the submitted
   * revision, plus the authors a restore brought back
   * (see ./text-authors.ts). Required non-empty for approve and
   * request_changes (the submitted revision has an author); may be empty for
   * other actions.
   */
  revisionAuthorIds: readonly string[];
};

export type PermissionResult = { ok: true } | { ok: false; reason: "role" | "own_revision" | "not_submitter" };

/**
 * May `actor` perform `action`? Denials map to 403 `forbidden`; `reason` says
 * which rule refused, checked in this order:
 *
 * 1. `role`: the role never may (see {@link ROLE_ACTIONS}).
 * 2. `own_revision`: approve/request_changes by anyone, admins included, who
 *    authored any revision in the submission. Checking every revision since
 *    the last approval, not just the submitted one, stops an author from
 *    getting their edit approved by having someone else save on top of it.
 *    Submitting is not authoring: a reviewer who submitted someone else's
 *    revision may still judge it.
 * 3. `not_submitter`: withdraw by anyone but the submitter, unless admin
 *    (admins clear stuck submissions, e.g. when the submitter left). With no
 *    known submitter only an admin may withdraw (fail closed).
 *
 * @throws Error when approve/request_changes gets no author ids: that is a
 *   caller bug, and answering "ok" to it would skip the four-eyes rule.
 */
export function mayPerform(actor: Actor, action: WorkflowAction, context: PermissionContext): PermissionResult {
  const roleActions: readonly WorkflowAction[] = ROLE_ACTIONS[actor.role];
  if (!roleActions.includes(action)) return { ok: false, reason: "role" };

  if (REVIEW_ACTIONS.has(action)) {
    if (context.revisionAuthorIds.length === 0) {
      throw new Error(`mayPerform(${action}): revisionAuthorIds must include the submitted revision's author`);
    }
    if (context.revisionAuthorIds.includes(actor.id)) return { ok: false, reason: "own_revision" };
  }

  if (action === "withdraw" && actor.role !== "admin" && (context.submitterId == null || context.submitterId !== actor.id)) {
    return { ok: false, reason: "not_submitter" };
  }

  return { ok: true };
}
