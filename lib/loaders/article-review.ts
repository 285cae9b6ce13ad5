import { z } from "zod";
import { compareAligned } from "@/lib/articles/aligned-diff";
import type { Actor } from "@/lib/auth/roles";
import { openThreadCount } from "@/lib/comments/queries";
import type { Db } from "@/lib/db/client";
import { revisionFindings } from "@/lib/qa/read-only-findings";
import { parseStoredDocument } from "@/lib/editor/stored-document";
import { docToBlocks } from "@/lib/editor/to-text";
import { loadPublishPreview } from "@/lib/read/publish-preview";
import { getWorkflowView } from "@/lib/read/workflow-view";
import { getPublishingState } from "@/lib/use-cases/get-publishing-state";
import { loadQaDismissals } from "@/lib/use-cases/check-revision";
import { loadRevisionView } from "@/lib/use-cases/get-revision";
import type { SearchParams } from "./search-params";

/** Query string of /articles/:id/review. Bad values fall back to the defaults. */
export const reviewQuerySchema = z.object({
  base: z.enum(["returned", "mt", "approved", "text"]).optional().catch(undefined),
  view: z.enum(["inline", "split"]).catch("inline"),
});

/**
 * /articles/:id/review: the review state, and when a revision is submitted,
 * that revision (`to`) diffed against a `base`, in rows aligned with the
 * original (headline first): the revision the reviewer sent back when the
 * article comes back after a change request ("returned", the default then),
 * the last approval (the default otherwise), or the MT. Without a submission,
 * the publishing controls and what publishing would send out.
 * Null when there is no such article.
 */
export async function loadReviewPage(db: Db, options: { actor: Actor; id: string; searchParams: SearchParams }) {
  const query = reviewQuerySchema.parse(options.searchParams);
  const article = await db.article.findUnique({
    where: { id: options.id },
    select: { id: true, targetTitle: true, targetLang: true, sourceLang: true, sourceTitle: true, sourceDoc: true, mtTitle: true, mtDoc: true, createdAt: true },
  });
  if (!article) return null;
  const [view, openThreads, lastReview] = await Promise.all([
    getWorkflowView(db, options.actor, article.id),
    openThreadCount(db, article.id),
    db.review.findFirst({ where: { articleId: article.id }, orderBy: { createdAt: "desc" }, select: { decision: true, revisionNumber: true } }),
  ]);
  if (!view) return null;
  const submission = view.submission;
  const approvedNumber = view.approval?.revisionNumber ?? null;
  // The article came back: the latest decision sent an earlier revision back.
  const returnedNumber =
    submission && lastReview?.decision === "changes_requested" && lastReview.revisionNumber < submission.revisionNumber ? lastReview.revisionNumber : null;
  const requested = query.base === "approved" && approvedNumber === null ? undefined : query.base === "returned" && returnedNumber === null ? undefined : query.base;
  const base = requested ?? (returnedNumber !== null ? "returned" : approvedNumber !== null ? "approved" : "mt");
  const fromNumber = base === "returned" ? (returnedNumber ?? 0) : base === "approved" ? (approvedNumber ?? 0) : 0;
  const [from, to] = submission ? await Promise.all([loadRevisionView(db, article, fromNumber), loadRevisionView(db, article, submission.revisionNumber)]) : [null, null];
  const source = parseStoredDocument(article.sourceDoc);
  const publishing = submission ? null : await getPublishingState({ db, actor: options.actor, articleId: article.id, actions: view.actions });
  return {
    article,
    query,
    workflow: view,
    openThreads,
    base,
    approvedNumber,
    /** The revision sent back for changes, when this submission answers it. */
    returnedNumber,
    fromNumber,
    to,
    diff: from && to ? compareAligned(from, to, { title: article.sourceTitle, content: source }, { sourceLang: article.sourceLang, targetLang: article.targetLang }) : null,
    source: docToBlocks(source),
    /** Without a submission: the publish controls and the confirmation's preview. */
    publishing,
    publishPreview: publishing ? await loadPublishPreview(db, article, publishing) : null,
    /** The submitted revision's QA findings (null without a submission). */
    qaFindings: to
      ? revisionFindings({ source, target: to.content, sourceLang: article.sourceLang, targetLang: article.targetLang, dismissals: await loadQaDismissals(db, article.id) })
      : null,
  };
}

export type ReviewPageData = NonNullable<Awaited<ReturnType<typeof loadReviewPage>>>;
