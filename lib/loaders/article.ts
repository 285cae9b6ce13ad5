import { alignDocs } from "@/lib/articles/bilingual";
import type { Actor } from "@/lib/auth/roles";
import { openThreadCount } from "@/lib/comments/queries";
import type { Db } from "@/lib/db/client";
import { parseStoredDocument } from "@/lib/editor/stored-document";
import { getArticleWithCurrent } from "@/lib/read/articles";
import { loadPublishPreview } from "@/lib/read/publish-preview";
import { listRevisions, totalEditSeconds } from "@/lib/read/revisions";
import { eligibleReviewers, getWorkflowView } from "@/lib/read/workflow-view";
import { getPublishingState } from "@/lib/use-cases/get-publishing-state";

/**
 * /articles/:id: the article with its current translation aligned to the
 * original, the latest revisions, editing time, open threads, the review
 * panel's view and the publishing controls (with what publishing sends out). Null when there is no such article.
 */
export async function loadArticlePage(db: Db, options: { actor: Actor; id: string }) {
  const { actor, id } = options;
  const found = await getArticleWithCurrent(db, id);
  if (!found) return null;
  const { article, head } = found;
  const [recent, editSeconds, reviewers, openThreads, { workflow, publishing }] = await Promise.all([
    listRevisions(db, article.id, 5),
    totalEditSeconds(db, article.id),
    eligibleReviewers(db, article.id, actor.id),
    openThreadCount(db, article.id),
    // The publishing controls reuse the workflow view's actions instead of loading them again.
    getWorkflowView(db, actor, article.id).then(async (workflow) => ({
      workflow,
      publishing: await getPublishingState({ db, actor, articleId: article.id, actions: workflow?.actions }),
    })),
  ]);
  const publishPreview = await loadPublishPreview(db, article, publishing);
  const rows = alignDocs(parseStoredDocument(article.sourceDoc), parseStoredDocument(head?.content ?? article.mtDoc), article.sourceLang, article.targetLang);
  return {
    article,
    head,
    title: head?.title ?? article.targetTitle,
    rows,
    sourceCount: rows.reduce((n, r) => n + r.source.length, 0),
    targetCount: rows.reduce((n, r) => n + r.target.length, 0),
    recent,
    editSeconds,
    reviewers,
    openThreads,
    workflow,
    publishing,
    /** What Publish would send out, shown in its confirmation (null when the viewer cannot publish). */
    publishPreview,
  };
}

export type ArticlePageData = NonNullable<Awaited<ReturnType<typeof loadArticlePage>>>;
