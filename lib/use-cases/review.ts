/**
 * The review workflow's use-cases: submit, withdraw, request changes, approve.
 * (Publish and unpublish are in ./publish-article.ts.)
 *
 * Each one: load the article, decide with lib/workflow (who may, and whether
 * the status allows it), then write the new state, the review record and the
 * audit event in ONE array transaction whose article update is guarded by the
 * version read. A concurrent move therefore makes this one fail as a whole
 * (409 `conflict`), never half-apply.
 *
 * The four-eyes rule needs the authors of the submitted text since the last
 * approval (restores carry the authors of the text they bring back);
 * {@link submissionAuthors} loads them.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { auditEvent } from "@/lib/audit";
import { parseArticleStatus, type ArticleStatus } from "@/lib/articles/status";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { commitGuarded } from "@/lib/db/guarded-write";
import { AppError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/http/zod-issues";
import { can } from "@/lib/auth/policy";
import { parseRole } from "@/lib/auth/roles";
import { checkWorkflowMove, mayMove } from "@/lib/workflow/guard";
import { unapprovedTextAuthors } from "@/lib/workflow/text-authors";
import { cleanString } from "@/lib/text/clean-input";
import { requestChangesSchema } from "@/lib/workflow/reasons";
import { WORKFLOW_ACTIONS, type WorkflowAction } from "@/lib/workflow/transitions";
import { passQaGate, qaAuditDetails, qaOverrideField } from "./qa-gate";

export const MAX_SUBMISSION_NOTE_CHARS = 2000;

const ARTICLE_SELECT = {
  id: true,
  status: true,
  version: true,
  headRevisionNumber: true,
  submittedRevisionNumber: true,
  submittedById: true,
  approvedRevisionNumber: true,
  publishedRevisionNumber: true,
} as const;

/** Article fields that end a submission (withdraw, approve, or a save after changes were requested). */
export const CLEARED_SUBMISSION = {
  submittedRevisionNumber: null,
  submittedById: null,
  submittedAt: null,
  submissionNote: null,
  submissionQaOverride: null,
  submissionQaOpenErrors: null,
  assignedReviewerId: null,
} as const;

type WorkflowArticle = {
  id: string;
  status: ArticleStatus;
  version: number;
  headRevisionNumber: number;
  submittedRevisionNumber: number | null;
  submittedById: string | null;
  approvedRevisionNumber: number | null;
  publishedRevisionNumber: number | null;
};

async function loadArticle(db: Db, articleId: string): Promise<WorkflowArticle> {
  const row = await db.article.findUnique({ where: { id: articleId }, select: ARTICLE_SELECT });
  if (!row) throw new AppError("not_found", "No such article");
  return { ...row, status: parseArticleStatus(row.status) };
}

/**
 * Authors whose text in revision `upTo` (the submitted one) no approval has
 * covered: everyone who saved since the last approval, and, through restores,
 * the authors of the text a restore brought back (see
 * lib/workflow/text-authors.ts). These people may not judge the submission.
 */
export async function submissionAuthors(db: Db, article: Pick<WorkflowArticle, "id" | "approvedRevisionNumber">, upTo: number): Promise<string[]> {
  const [revisions, approvals] = await Promise.all([
    db.revision.findMany({
      where: { articleId: article.id, number: { lte: upTo } },
      select: { number: true, baseNumber: true, authorId: true, restoredFrom: true },
    }),
    db.review.findMany({ where: { articleId: article.id, decision: "approved" }, select: { revisionNumber: true } }),
  ]);
  const approvedNumbers = new Set(approvals.map((r) => r.revisionNumber));
  return unapprovedTextAuthors(revisions, { upTo, lastApproved: article.approvedRevisionNumber, approvedNumbers });
}

/** The facts the policy needs for `action` on this article's current submission. */
async function permissionContext(db: Db, article: WorkflowArticle, action: WorkflowAction) {
  const judging = action === "approve" || action === "request_changes";
  const revisionAuthorIds = judging && article.submittedRevisionNumber !== null ? await submissionAuthors(db, article, article.submittedRevisionNumber) : [];
  return { submitterId: article.submittedById, revisionAuthorIds };
}

/** What decides which workflow buttons a viewer sees. */
export type ActionFacts = Pick<WorkflowArticle, "status" | "headRevisionNumber" | "submittedById" | "publishedRevisionNumber"> & {
  /** {@link submissionAuthors} of the current submission ([] without one). */
  submissionAuthorIds: readonly string[];
};

/**
 * What `actor` may do right now, for showing buttons (pure). The server still
 * checks every action; this only hides what would be refused. Unpublish is
 * also offered when the working copy moved on but a version is still live
 * (see ./publish-article.ts).
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
  const article = await loadArticle(db, articleId);
  const submissionAuthorIds = article.submittedRevisionNumber !== null ? await submissionAuthors(db, article, article.submittedRevisionNumber) : [];
  return actionsFor(actor, { ...article, submissionAuthorIds });
}

/** The revision number the client saw; it must still be the one in question. */
const revisionNumberField = z.int({ error: (issue) => (issue.input === undefined ? "required" : "invalid_type") }).min(1, { error: "invalid" });

const submitSchema = z.strictObject({
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

/**
 * Submits the head revision for review, optionally to a named reviewer, with
 * a note. 422 when the revision is not the head (name it), when there is no
 * revision yet, or when the named reviewer cannot review it (not a reviewer,
 * disabled, or an author of the submission); 422 `qa_open_errors` when the
 * revision has open QA errors and no `qaOverride` reason (./qa-gate.ts).
 */
export async function submitRevision(options: { db: Db; actor: Actor; articleId: string; input: unknown }) {
  const { db, actor, articleId } = options;
  const article = await loadArticle(db, articleId);
  const next = checkWorkflowMove(actor, article.status, "submit", { revisionAuthorIds: [] });
  const input = parseOrThrow(submitSchema, options.input);
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
    db.article.update({
      where: { id: articleId, version: article.version },
      data: {
        status: next,
        submittedRevisionNumber: input.revisionNumber,
        submittedById: actor.id,
        submittedAt: now,
        submissionNote: input.note,
        submissionQaOverride: qa.override?.reason ?? null,
        submissionQaOpenErrors: qa.override?.openErrors ?? null,
        assignedReviewerId: input.reviewerId,
        version: { increment: 1 },
      },
      select: { id: true },
    }),
    auditEvent(db, {
      actor: { type: "user", id: actor.id },
      type: "article.submitted",
      subjectType: "article",
      subjectId: articleId,
      articleId,
      data: { revisionNumber: input.revisionNumber, reviewerId: input.reviewerId, note: input.note, ...qaAuditDetails(qa) },
    }),
  ]);
  return { status: next, revisionNumber: input.revisionNumber };
}

const decisionTarget = z.strictObject({ revisionNumber: revisionNumberField });

/** The submitted revision must be the one the reviewer (or submitter) looked at. */
function assertSameSubmission(article: WorkflowArticle, revisionNumber: number) {
  if (article.submittedRevisionNumber !== revisionNumber) {
    throw new AppError("conflict", "A different revision is under review", {
      details: { submittedRevisionNumber: article.submittedRevisionNumber },
    });
  }
}

/** The submitter (or an admin) takes the submission back; the article is a draft again. */
export async function withdrawSubmission(options: { db: Db; actor: Actor; articleId: string; input: unknown }) {
  const { db, actor, articleId } = options;
  const article = await loadArticle(db, articleId);
  const next = checkWorkflowMove(actor, article.status, "withdraw", await permissionContext(db, article, "withdraw"));
  const input = parseOrThrow(decisionTarget, options.input);
  assertSameSubmission(article, input.revisionNumber);
  await commitGuarded(db, [
    db.article.update({
      where: { id: articleId, version: article.version },
      data: { status: next, ...CLEARED_SUBMISSION, version: { increment: 1 } },
      select: { id: true },
    }),
    auditEvent(db, {
      actor: { type: "user", id: actor.id },
      type: "article.withdrawn",
      subjectType: "article",
      subjectId: articleId,
      articleId,
      data: { revisionNumber: input.revisionNumber },
    }),
  ]);
  return { status: next };
}

const requestChangesInput = requestChangesSchema.extend({ revisionNumber: revisionNumberField });

/**
 * Sends the submitted revision back with one or more reason categories and a
 * comment. The submission fields stay (they name what was sent back) until
 * the next save starts a new draft.
 */
export async function requestChanges(options: { db: Db; actor: Actor; articleId: string; input: unknown }) {
  const { db, actor, articleId } = options;
  const article = await loadArticle(db, articleId);
  const next = checkWorkflowMove(actor, article.status, "request_changes", await permissionContext(db, article, "request_changes"));
  const input = parseOrThrow(requestChangesInput, options.input);
  assertSameSubmission(article, input.revisionNumber);
  const reviewId = randomUUID();
  await commitGuarded(db, [
    db.article.update({
      where: { id: articleId, version: article.version },
      data: { status: next, version: { increment: 1 } },
      select: { id: true },
    }),
    db.review.create({
      data: {
        id: reviewId,
        articleId,
        revisionNumber: input.revisionNumber,
        reviewerId: actor.id,
        decision: "changes_requested",
        comment: input.comment || null,
        categories: { create: input.categories.map((category) => ({ category, articleId })) },
      },
      select: { id: true },
    }),
    auditEvent(db, {
      actor: { type: "user", id: actor.id },
      type: "article.changes_requested",
      subjectType: "article",
      subjectId: articleId,
      articleId,
      data: { revisionNumber: input.revisionNumber, categories: input.categories, comment: input.comment, reviewId },
    }),
  ]);
  return { status: next, reviewId };
}

const approveInput = decisionTarget.extend({ qaOverride: qaOverrideField });

/**
 * Approves exactly the submitted revision; it becomes the article's approved
 * revision. 422 `qa_open_errors` when it has open QA errors (recomputed with
 * the dismissals stored now) and no `qaOverride` reason.
 */
export async function approveRevision(options: { db: Db; actor: Actor; articleId: string; input: unknown }) {
  const { db, actor, articleId } = options;
  const article = await loadArticle(db, articleId);
  const next = checkWorkflowMove(actor, article.status, "approve", await permissionContext(db, article, "approve"));
  const input = parseOrThrow(approveInput, options.input);
  assertSameSubmission(article, input.revisionNumber);
  const qa = await passQaGate(db, articleId, input.revisionNumber, input.qaOverride);
  const reviewId = randomUUID();
  const now = new Date();
  await commitGuarded(db, [
    db.article.update({
      where: { id: articleId, version: article.version },
      data: {
        status: next,
        approvedRevisionNumber: input.revisionNumber,
        approvedById: actor.id,
        approvedAt: now,
        ...CLEARED_SUBMISSION,
        version: { increment: 1 },
      },
      select: { id: true },
    }),
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
    auditEvent(db, {
      actor: { type: "user", id: actor.id },
      type: "article.approved",
      subjectType: "article",
      subjectId: articleId,
      articleId,
      data: { revisionNumber: input.revisionNumber, reviewId, ...qaAuditDetails(qa) },
    }),
  ]);
  return { status: next, reviewId };
}
