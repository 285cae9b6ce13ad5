/**
 * Approve: exactly the submitted revision becomes the article's approved
 * revision. 422 `qa_open_errors` when it has open QA errors (recomputed with
 * the dismissals stored now, ./qa-gate.ts) and no `qaOverride` reason.
 * Article state, review record and audit event in one array transaction
 * guarded by the version read.
 */
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { ArticleStatus } from "@/lib/articles/status";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { commitGuarded } from "@/lib/db/guarded-write";
import { passQaGate, qaAuditDetails, qaOverrideField } from "./qa-gate";
import { articleEvent, CLEARED_SUBMISSION, decisionTargetSchema, moveArticle, openDecision } from "./workflow-article";

export const approveRevisionSchema = decisionTargetSchema.extend({ qaOverride: qaOverrideField });
export type ApproveRevisionInput = z.input<typeof approveRevisionSchema>;
export type ApproveRevisionResult = { status: ArticleStatus; reviewId: string };

export async function approveRevision(options: { db: Db; actor: Actor; articleId: string; input: ApproveRevisionInput }): Promise<ApproveRevisionResult> {
  const { db, actor, articleId } = options;
  const { article, next, input } = await openDecision(db, actor, articleId, "approve", approveRevisionSchema, options.input);
  const qa = await passQaGate(db, articleId, input.revisionNumber, input.qaOverride);
  const reviewId = randomUUID();
  const now = new Date();
  await commitGuarded(db, [
    moveArticle(db, article, { status: next, approvedRevisionNumber: input.revisionNumber, approvedById: actor.id, approvedAt: now, ...CLEARED_SUBMISSION }),
    db.review.create({
      data: {
        id: reviewId,
        articleId,
        revisionNumber: input.revisionNumber,
        reviewerId: actor.id,
        decision: "approved",
        qaOverride: qa.override?.reason ?? null,
        qaOpenErrors: qa.override?.openErrors ?? null,
      },
      select: { id: true },
    }),
    articleEvent(db, actor, articleId, { type: "article.approved", data: { revisionNumber: input.revisionNumber, reviewId, ...qaAuditDetails(qa) } }),
  ]);
  return { status: next, reviewId };
}
