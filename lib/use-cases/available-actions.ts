/**
 * Which workflow buttons a viewer sees: a projection for the read side
 * (lib/read/workflow-view.ts, get-publishing-state.ts). The server still
 * checks every action in the verbs; this only hides what would be refused.
 */
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { mayMove } from "@/lib/workflow/guard";
import { WORKFLOW_ACTIONS, type WorkflowAction } from "@/lib/workflow/transitions";
import { loadWorkflowArticle, submissionAuthors, type WorkflowArticle } from "./workflow-article";

/** What decides which workflow buttons a viewer sees. */
export type ActionFacts = Pick<WorkflowArticle, "status" | "headRevisionNumber" | "submittedById" | "publishedRevisionNumber"> & {
  /** {@link submissionAuthors} of the current submission ([] without one). */
  submissionAuthorIds: readonly string[];
};

/**
 * What `actor` may do right now, for showing buttons (pure): the guard's
 * checks (lib/workflow/guard.ts `mayMove`), so unpublish is also offered
 * when the working copy moved on but a version is still live.
 */
export function actionsFor(actor: Actor, facts: ActionFacts): Record<WorkflowAction, boolean> {
  const authors = facts.submissionAuthorIds;
  const result = {} as Record<WorkflowAction, boolean>;
  for (const action of WORKFLOW_ACTIONS) {
    const judging = action === "approve" || action === "request_changes";
    const context = { submitterId: facts.submittedById, revisionAuthorIds: judging ? authors : [] };
    const permitted = mayMove(actor, facts.status, action, context, { live: facts.publishedRevisionNumber !== null });
    result[action] = permitted && (action !== "submit" || facts.headRevisionNumber > 0);
  }
  return result;
}

/** {@link actionsFor} for a stored article. */
export async function availableActions(db: Db, actor: Actor, articleId: string): Promise<Record<WorkflowAction, boolean>> {
  const article = await loadWorkflowArticle(db, articleId);
  const submissionAuthorIds = article.submittedRevisionNumber !== null ? await submissionAuthors(db, article, article.submittedRevisionNumber) : [];
  return actionsFor(actor, { ...article, submissionAuthorIds });
}
