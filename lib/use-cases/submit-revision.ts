/**
 * Submit: the head revision goes to review, optionally to a named reviewer,
 * with a note. Load the article, decide with lib/workflow (who may, and
 * whether the status allows it), then write the new state and the audit event
 * in ONE array transaction whose article update is guarded by the version
 * read: a concurrent move makes this one fail as a whole (409 `conflict`).
 */
import { z } from "zod";
import { can } from "@/lib/auth/policy";
import { parseRole, type Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { commitGuarded } from "@/lib/db/guarded-write";
import { AppError } from "@/lib/errors";
import { cleanString } from "@/lib/text/clean-input";
import { parseInput } from "@/lib/validation/parse-input";
import { checkWorkflowMove } from "@/lib/workflow/guard";
import type { ArticleStatus } from "@/lib/articles/status";
import { passQaGate, qaAuditDetails, qaOverrideField } from "./qa-gate";
import { articleEvent, loadWorkflowArticle, moveArticle, revisionNumberField, submissionAuthors } from "./workflow-article";

export const MAX_SUBMISSION_NOTE_CHARS = 2000;

export const submitRevisionSchema = z.strictObject({
  revisionNumber: revisionNumberField,
  reviewerId: z
    .string({ error: "invalid_type" })
    .trim()
    .max(100, { error: "too_long" })
    .nullish()
    .transform((v) => v || null),
  note: cleanString({ error: "invalid_type" })
    .trim()
    .max(MAX_SUBMISSION_NOTE_CHARS, { error: "too_long" })
    .nullish()
    .transform((v) => v || null),
  qaOverride: qaOverrideField,
});
export type SubmitRevisionInput = z.input<typeof submitRevisionSchema>;
export type SubmitRevisionResult = { status: ArticleStatus; revisionNumber: number };

/**
 * Submits the head revision for review. 422 when there is no revision yet or
 * when the named reviewer cannot review it (not a reviewer, disabled, or an
 * author of the submission); 409 when the revision is not the head; 422
 * `qa_open_errors` when the revision has open QA errors and no `qaOverride`
 * reason (./qa-gate.ts).
 */
export async function submitRevision(options: { db: Db; actor: Actor; articleId: string; input: SubmitRevisionInput }): Promise<SubmitRevisionResult> {
  const { db, actor, articleId } = options;
  const article = await loadWorkflowArticle(db, articleId);
  const next = checkWorkflowMove(actor, article.status, "submit", { revisionAuthorIds: [] });
  const input = parseInput(submitRevisionSchema, options.input);
  if (article.headRevisionNumber === 0) {
    throw new AppError("validation_failed", "Nothing to submit", { issues: [{ path: "revisionNumber", code: "no_revision", message: "no_revision" }] });
  }
  if (input.revisionNumber !== article.headRevisionNumber) {
    throw new AppError("conflict", "Not the latest revision", { details: { headRevisionNumber: article.headRevisionNumber } });
  }
  if (input.reviewerId) {
    const reviewer = await db.user.findUnique({ where: { id: input.reviewerId }, select: { role: true, disabled: true } });
    const authors = await submissionAuthors(db, article, input.revisionNumber);
    const canReview =
      reviewer && can({ id: input.reviewerId, role: parseRole(reviewer.role) }, "article.receive_submission", { disabled: reviewer.disabled, submissionAuthorIds: authors });
    if (!canReview) {
      throw new AppError("validation_failed", "Reviewer cannot review this", {
        issues: [{ path: "reviewerId", code: "reviewer_unavailable", message: "reviewer_unavailable" }],
      });
    }
  }
  const qa = await passQaGate(db, articleId, input.revisionNumber, input.qaOverride);
  const now = new Date();
  await commitGuarded(db, [
    moveArticle(db, article, {
      status: next,
      submittedRevisionNumber: input.revisionNumber,
      submittedById: actor.id,
      submittedAt: now,
      submissionNote: input.note,
      submissionQaOverride: qa.override?.reason ?? null,
      submissionQaOpenErrors: qa.override?.openErrors ?? null,
      assignedReviewerId: input.reviewerId,
    }),
    articleEvent(db, actor, articleId, {
      type: "article.submitted",
      data: { revisionNumber: input.revisionNumber, reviewerId: input.reviewerId, note: input.note, ...qaAuditDetails(qa) },
    }),
  ]);
  return { status: next, revisionNumber: input.revisionNumber };
}
