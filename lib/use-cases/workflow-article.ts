/**
 * What the review verbs (submit-revision, withdraw-submission,
 * request-changes, approve-revision) share: the article as the workflow sees
 * it, the authors of a submission (for the four-eyes rule), and the checks
 * that the revision the caller saw is still the one in question.
 */
import { z } from "zod";
import { auditEvent, type AuditEventBody } from "@/lib/audit";
import { parseArticleStatus, type ArticleStatus } from "@/lib/articles/status";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { positiveIntField } from "@/lib/validation/fields";
import { parseInput } from "@/lib/validation/parse-input";
import { checkWorkflowMove } from "@/lib/workflow/guard";
import { unapprovedTextAuthors } from "@/lib/workflow/text-authors";
import type { WorkflowAction } from "@/lib/workflow/transitions";

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

export type WorkflowArticle = {
  id: string;
  status: ArticleStatus;
  version: number;
  headRevisionNumber: number;
  submittedRevisionNumber: number | null;
  submittedById: string | null;
  approvedRevisionNumber: number | null;
  publishedRevisionNumber: number | null;
};

export async function loadWorkflowArticle(db: Db, articleId: string): Promise<WorkflowArticle> {
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
export async function permissionContext(db: Db, article: WorkflowArticle, action: WorkflowAction) {
  const judging = action === "approve" || action === "request_changes";
  const revisionAuthorIds = judging && article.submittedRevisionNumber !== null ? await submissionAuthors(db, article, article.submittedRevisionNumber) : [];
  return { submitterId: article.submittedById, revisionAuthorIds };
}

/** The revision number the client saw; it must still be the one in question. */
export const revisionNumberField = positiveIntField();

/** The input of withdraw and approve: the submitted revision the caller looked at. */
export const decisionTargetSchema = z.strictObject({ revisionNumber: revisionNumberField });

/** The submitted revision must be the one the reviewer (or submitter) looked at. */
export function assertSameSubmission(article: WorkflowArticle, revisionNumber: number) {
  if (article.submittedRevisionNumber !== revisionNumber) {
    throw new AppError("conflict", "A different revision is under review", {
      details: { submittedRevisionNumber: article.submittedRevisionNumber },
    });
  }
}

/**
 * The article's move to `data`, guarded by the version read: once another
 * move landed it matches no row, and commitGuarded (lib/db/guarded-write.ts)
 * turns that into 409 `conflict` with the whole transaction rolled back.
 */
/**
 * The opening every judgement (approve, request changes) shares: load the
 * article, check the move (role, status, four-eyes on the submitted text),
 * parse the input, and refuse a decision on anything but the revision under
 * review. Returns the article, the status after the move and the input.
 */
export async function openDecision<S extends z.ZodType<{ revisionNumber: number }>>(
  db: Db,
  actor: Actor,
  articleId: string,
  action: "approve" | "request_changes",
  schema: S,
  rawInput: unknown,
): Promise<{ article: WorkflowArticle; next: ArticleStatus; input: z.output<S> }> {
  const article = await loadWorkflowArticle(db, articleId);
  const next = checkWorkflowMove(actor, article.status, action, await permissionContext(db, article, action));
  const input = parseInput(schema, rawInput);
  assertSameSubmission(article, input.revisionNumber);
  return { article, next, input };
}

export function moveArticle(db: Db, article: Pick<WorkflowArticle, "id" | "version">, data: Prisma.ArticleUncheckedUpdateInput) {
  return db.article.update({
    where: { id: article.id, version: article.version },
    data: { ...data, version: { increment: 1 } },
    select: { id: true },
  });
}

/** An article event's type and data (lib/audit/events.ts), without the subject the helper fills in. */
export type ArticleEventBody = Extract<AuditEventBody, { subjectType: "article" }> extends infer E
  ? E extends { subjectType: "article" }
    ? Omit<E, "subjectType">
    : never
  : never;

/** The audit event of a person's workflow move on an article, for the same transaction. */
export function articleEvent(db: Db, actor: Pick<Actor, "id">, articleId: string, event: ArticleEventBody) {
  return auditEvent(db, { ...event, actor: { type: "user", id: actor.id }, subjectType: "article", subjectId: articleId, articleId });
}
