import { z } from "zod";
import { compareVersions } from "@/lib/articles/compare";
import type { Actor } from "@/lib/auth/roles";
import { openThreadCount } from "@/lib/comments/queries";
import type { Db } from "@/lib/db/client";
import { parseStoredDocument } from "@/lib/editor/stored-document";
import { docToBlocks } from "@/lib/editor/to-text";
import { getWorkflowView } from "@/lib/read/workflow-view";
import { loadRevisionView } from "@/lib/use-cases/get-revision";
import type { SearchParams } from "./search-params";

/** Query string of /articles/:id/review. Bad values fall back to the defaults. */
export const reviewQuerySchema = z.object({
  base: z.enum(["mt", "approved", "text"]).optional().catch(undefined),
  view: z.enum(["inline", "split"]).catch("inline"),
});

/**
 * /articles/:id/review: the review state, and when a revision is submitted,
 * that revision (`to`) diffed against the MT or the last approval (`base`,
 * by default the approval when there is one), with the original's blocks.
 * Null when there is no such article.
 */
export async function loadReviewPage(db: Db, options: { actor: Actor; id: string; searchParams: SearchParams }) {
  const query = reviewQuerySchema.parse(options.searchParams);
  const article = await db.article.findUnique({
    where: { id: options.id },
    select: { id: true, targetTitle: true, targetLang: true, sourceLang: true, sourceTitle: true, sourceDoc: true, mtTitle: true, mtDoc: true, createdAt: true },
  });
  if (!article) return null;
  const [view, openThreads] = await Promise.all([getWorkflowView(db, options.actor, article.id), openThreadCount(db, article.id)]);
  if (!view) return null;
  const submission = view.submission;
  const approvedNumber = view.approval?.revisionNumber ?? null;
  const base = query.base === "approved" && approvedNumber === null ? "mt" : (query.base ?? (approvedNumber !== null ? "approved" : "mt"));
  const fromNumber = base === "approved" && approvedNumber !== null ? approvedNumber : 0;
  const [from, to] = submission ? await Promise.all([loadRevisionView(db, article, fromNumber), loadRevisionView(db, article, submission.revisionNumber)]) : [null, null];
  return {
    article,
    query,
    workflow: view,
    openThreads,
    base,
    approvedNumber,
    fromNumber,
    to,
    diff: from && to ? compareVersions(from, to, article.targetLang) : null,
    source: docToBlocks(parseStoredDocument(article.sourceDoc)),
  };
}

export type ReviewPageData = NonNullable<Awaited<ReturnType<typeof loadReviewPage>>>;
