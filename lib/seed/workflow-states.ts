/**
 * Test factories for review states, written as rows (not through the
 * workflow use-cases), so queue, report and audit read models can be tested
 * on exactly the state they need. Used by integration tests and the e2e
 * fixtures; never by the app.
 */
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { ChangeRequestCategory } from "@/lib/workflow/reasons";

const paragraph = (text: string) => JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

/** Appends revisions by these authors (in order) to an article, moving its head. */
export async function seedRevisionRows(db: Db, articleId: string, authorIds: string[]) {
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { headRevisionNumber: true, targetTitle: true } });
  let number = article.headRevisionNumber;
  for (const authorId of authorIds) {
    number += 1;
    const text = `Revision ${number} text.`;
    await db.revision.create({
      data: {
        articleId,
        number,
        baseNumber: number - 1,
        authorId,
        title: article.targetTitle,
        content: paragraph(text),
        plainText: text,
        schemaVersion: 1,
        wordCount: 3,
      },
    });
  }
  await db.article.update({ where: { id: articleId }, data: { headRevisionNumber: number } });
  return number;
}

export type ArticleStateInput = {
  status: "draft" | "in_review" | "changes_requested" | "approved" | "published";
  submittedById?: string | null;
  submittedAt?: Date | null;
  submittedRevisionNumber?: number | null;
  assignedReviewerId?: string | null;
  approvedRevisionNumber?: number | null;
  approvedById?: string | null;
  submissionNote?: string | null;
};

/**
 * Puts an article into a review state. A submission defaults to the head
 * revision, submitted now.
 */
export async function setArticleState(db: Db, articleId: string, state: ArticleStateInput) {
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { headRevisionNumber: true } });
  const submitted = state.submittedById !== undefined && state.submittedById !== null;
  await db.article.update({
    where: { id: articleId },
    data: {
      status: state.status,
      submittedById: state.submittedById ?? null,
      submittedAt: submitted ? (state.submittedAt ?? new Date()) : null,
      submittedRevisionNumber: submitted ? (state.submittedRevisionNumber ?? article.headRevisionNumber) : null,
      submissionNote: state.submissionNote ?? null,
      assignedReviewerId: state.assignedReviewerId ?? null,
      approvedRevisionNumber: state.approvedRevisionNumber ?? null,
      approvedById: state.approvedRevisionNumber ? (state.approvedById ?? null) : null,
      approvedAt: state.approvedRevisionNumber ? new Date() : null,
    },
  });
}

/** A review row: a change request with its categories, or an approval. */
export async function seedReview(
  db: Db,
  input: { articleId: string; reviewerId: string; revisionNumber: number; categories?: ChangeRequestCategory[]; comment?: string; createdAt?: Date; approved?: boolean },
) {
  const id = randomUUID();
  await db.review.create({
    data: {
      id,
      articleId: input.articleId,
      reviewerId: input.reviewerId,
      revisionNumber: input.revisionNumber,
      decision: input.approved ? "approved" : "changes_requested",
      comment: input.comment ?? null,
      createdAt: input.createdAt ?? new Date(),
      categories: input.approved ? undefined : { create: (input.categories ?? ["other"]).map((category) => ({ category, articleId: input.articleId })) },
    },
  });
  return id;
}

/** An audit event at a chosen time. */
export async function seedAuditEventRow(
  db: Db,
  input: { actorId: string | null; action: string; articleId?: string | null; subjectType?: string; subjectId?: string; details?: Record<string, unknown>; createdAt?: Date },
) {
  return db.auditEvent.create({
    data: {
      actorType: input.actorId ? "user" : "system",
      actorId: input.actorId,
      action: input.action,
      subjectType: input.subjectType ?? (input.articleId ? "article" : "system"),
      subjectId: input.subjectId ?? input.articleId ?? "none",
      articleId: input.articleId ?? null,
      details: JSON.stringify(input.details ?? {}),
      createdAt: input.createdAt ?? new Date(),
    },
  });
}
