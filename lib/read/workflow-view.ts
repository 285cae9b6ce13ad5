/**
 * The review state of one article as pages show it: the submission, the
 * approval, the change request the editor must address, what the viewer may
 * do, and whom a submission can go to. Read-only; decisions are made by the
 * review verbs in lib/use-cases (submit-revision.ts, …).
 */
import { can, rolesFor } from "@/lib/auth/policy";
import { parseRole, type Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { parseArticleStatus, type ArticleStatus } from "@/lib/articles/status";
import { actionsFor } from "@/lib/use-cases/available-actions";
import { submissionAuthors } from "@/lib/use-cases/workflow-article";
import { changeRequestCategorySchema, type ChangeRequestCategory } from "@/lib/workflow/reasons";
import type { WorkflowAction } from "@/lib/workflow/transitions";

export type ChangeRequestView = {
  revisionNumber: number;
  reviewerName: string;
  /** Who asked for the changes: the resubmission goes to them by default. */
  reviewerId: string;
  createdAt: Date;
  categories: ChangeRequestCategory[];
  comment: string | null;
};

export type WorkflowView = {
  status: ArticleStatus;
  headRevisionNumber: number;
  submission: {
    revisionNumber: number;
    submitterName: string;
    submittedAt: Date;
    note: string | null;
    reviewerName: string | null;
    reviewerId: string | null;
    /** Submitted with open QA errors: how many, and the submitter's reason. */
    qaOverride: { openErrors: number; reason: string } | null;
  } | null;
  approval: { revisionNumber: number; approverName: string; approvedAt: Date | null } | null;
  publishedRevisionNumber: number | null;
  /** The change request the editor still has to address (status changes_requested, or a draft since). */
  changeRequest: ChangeRequestView | null;
  actions: Record<WorkflowAction, boolean>;
  /** Why the viewer cannot judge the submission, when that is the reason. */
  authoredSubmission: boolean;
};

export async function getWorkflowView(db: Db, actor: Actor, articleId: string): Promise<WorkflowView | null> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      status: true,
      headRevisionNumber: true,
      submittedRevisionNumber: true,
      submittedById: true,
      submittedAt: true,
      submissionNote: true,
      submissionQaOverride: true,
      submissionQaOpenErrors: true,
      submittedBy: { select: { name: true } },
      assignedReviewer: { select: { id: true, name: true } },
      approvedRevisionNumber: true,
      approvedAt: true,
      approvedBy: { select: { name: true } },
      publishedRevisionNumber: true,
    },
  });
  if (!article) return null;
  const status = parseArticleStatus(article.status);
  const [latestReview, authors] = await Promise.all([
    db.review.findFirst({
      where: { articleId },
      orderBy: { createdAt: "desc" },
      select: { decision: true, revisionNumber: true, comment: true, createdAt: true, reviewer: { select: { id: true, name: true } }, categories: { select: { category: true } } },
    }),
    article.submittedRevisionNumber !== null ? submissionAuthors(db, article, article.submittedRevisionNumber) : Promise.resolve([]),
  ]);
  const stillOpen = (status === "changes_requested" || status === "draft") && latestReview?.decision === "changes_requested";
  return {
    status,
    headRevisionNumber: article.headRevisionNumber,
    submission:
      status === "in_review" && article.submittedRevisionNumber !== null && article.submittedAt
        ? {
            revisionNumber: article.submittedRevisionNumber,
            submitterName: article.submittedBy?.name ?? "",
            submittedAt: article.submittedAt,
            note: article.submissionNote,
            reviewerName: article.assignedReviewer?.name ?? null,
            reviewerId: article.assignedReviewer?.id ?? null,
            qaOverride:
              article.submissionQaOverride !== null && article.submissionQaOpenErrors !== null
                ? { openErrors: article.submissionQaOpenErrors, reason: article.submissionQaOverride }
                : null,
          }
        : null,
    approval:
      article.approvedRevisionNumber !== null
        ? { revisionNumber: article.approvedRevisionNumber, approverName: article.approvedBy?.name ?? "", approvedAt: article.approvedAt }
        : null,
    publishedRevisionNumber: article.publishedRevisionNumber,
    changeRequest:
      stillOpen && latestReview
        ? {
            revisionNumber: latestReview.revisionNumber,
            reviewerName: latestReview.reviewer.name,
            reviewerId: latestReview.reviewer.id,
            createdAt: latestReview.createdAt,
            categories: latestReview.categories.map((c) => changeRequestCategorySchema.catch("other").parse(c.category)),
            comment: latestReview.comment,
          }
        : null,
    actions: actionsFor(actor, { ...article, status, submissionAuthorIds: authors }),
    authoredSubmission: status === "in_review" && authors.includes(actor.id),
  };
}

/**
 * People a submission can be addressed to: those the policy lets receive it
 * (`article.receive_submission`: active, a judging role, no text of theirs in
 * the submission), the actor aside (one does not address a submission to
 * oneself).
 */
export async function eligibleReviewers(db: Db, articleId: string, actorId: string) {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, approvedRevisionNumber: true, headRevisionNumber: true } });
  if (!article) return [];
  const authors = await submissionAuthors(db, article, article.headRevisionNumber);
  const users = await db.user.findMany({
    where: { role: { in: rolesFor("article.receive_submission") }, disabled: false, id: { not: actorId } },
    select: { id: true, name: true, role: true, disabled: true },
    orderBy: { name: "asc" },
  });
  return users
    .filter((user) => can({ id: user.id, role: parseRole(user.role) }, "article.receive_submission", { disabled: user.disabled, submissionAuthorIds: authors }))
    .map(({ id, name, role }) => ({ id, name, role }));
}
