/**
 * Approve: exactly the submitted revision becomes the article's approved
 * revision. Article state, review record and audit event in one array
 * transaction guarded by the version read.
 */
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { ArticleStatus } from "@/lib/articles/status";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { commitGuarded } from "@/lib/db/guarded-write";
import { parseInput } from "@/lib/validation/parse-input";
import { checkWorkflowMove } from "@/lib/workflow/guard";
import { articleEvent, assertSameSubmission, CLEARED_SUBMISSION, decisionTargetSchema, loadWorkflowArticle, moveArticle, permissionContext } from "./workflow-article";

export const approveRevisionSchema = decisionTargetSchema;
export type ApproveRevisionInput = z.input<typeof approveRevisionSchema>;
export type ApproveRevisionResult = { status: ArticleStatus; reviewId: string };

export async function approveRevision(options: { db: Db; actor: Actor; articleId: string; input: ApproveRevisionInput }): Promise<ApproveRevisionResult> {
  const { db, actor, articleId } = options;
  const article = await loadWorkflowArticle(db, articleId);
  const next = checkWorkflowMove(actor, article.status, "approve", await permissionContext(db, article, "approve"));
  const input = parseInput(approveRevisionSchema, options.input);
  assertSameSubmission(article, input.revisionNumber);
  const reviewId = randomUUID();
  const now = new Date();
  await commitGuarded(db, [
    moveArticle(db, article, { status: next, approvedRevisionNumber: input.revisionNumber, approvedById: actor.id, approvedAt: now, ...CLEARED_SUBMISSION }),
    db.review.create({
      data: { id: reviewId, articleId, revisionNumber: input.revisionNumber, reviewerId: actor.id, decision: "approved" },
      select: { id: true },
    }),
    articleEvent(db, actor, articleId, "article.approved", { revisionNumber: input.revisionNumber, reviewId }),
  ]);
  return { status: next, reviewId };
}
