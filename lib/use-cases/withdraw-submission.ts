/**
 * Withdraw: the submitter (or an admin) takes the submission back; the
 * article is a draft again. One array transaction guarded by the article's
 * version, with its audit event.
 */
import type { z } from "zod";
import type { ArticleStatus } from "@/lib/articles/status";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { commitGuarded } from "@/lib/db/guarded-write";
import { parseInput } from "@/lib/validation/parse-input";
import { checkWorkflowMove } from "@/lib/workflow/guard";
import { articleEvent, assertSameSubmission, CLEARED_SUBMISSION, decisionTargetSchema, loadWorkflowArticle, moveArticle, permissionContext } from "./workflow-article";

export const withdrawSubmissionSchema = decisionTargetSchema;
export type WithdrawSubmissionInput = z.input<typeof withdrawSubmissionSchema>;
export type WithdrawSubmissionResult = { status: ArticleStatus };

export async function withdrawSubmission(options: { db: Db; actor: Actor; articleId: string; input: WithdrawSubmissionInput }): Promise<WithdrawSubmissionResult> {
  const { db, actor, articleId } = options;
  const article = await loadWorkflowArticle(db, articleId);
  const next = checkWorkflowMove(actor, article.status, "withdraw", await permissionContext(db, article, "withdraw"));
  const input = parseInput(withdrawSubmissionSchema, options.input);
  assertSameSubmission(article, input.revisionNumber);
  await commitGuarded(db, [
    moveArticle(db, article, { status: next, ...CLEARED_SUBMISSION }),
    articleEvent(db, actor, articleId, { type: "article.withdrawn", data: { revisionNumber: input.revisionNumber } }),
  ]);
  return { status: next };
}
