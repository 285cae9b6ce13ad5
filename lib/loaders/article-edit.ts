import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { parseStoredDocument } from "@/lib/editor/stored-document";
import { docToBlocks } from "@/lib/editor/to-text";
import { getArticleWithCurrent } from "@/lib/read/articles";
import { eligibleReviewers, getWorkflowView } from "@/lib/read/workflow-view";

/**
 * /articles/:id/edit: what the desk starts from (the head revision, or the MT
 * before the first save), the original's top-level blocks for the source
 * pane, the review state, and what the desk's submit dialog offers. Null when there is no such article.
 */
export async function loadEditPage(db: Db, options: { actor: Actor; id: string }) {
  const found = await getArticleWithCurrent(db, options.id);
  if (!found) return null;
  const { article, head } = found;
  const [workflow, reviewers] = await Promise.all([getWorkflowView(db, options.actor, article.id), eligibleReviewers(db, article.id, options.actor.id)]);
  // The source pane shows the original's top-level blocks, as the editor does.
  const sourceBlocks = parseStoredDocument(article.sourceDoc).content.map((node) => ({
    type: node.type,
    text: docToBlocks({ type: "doc", content: [node] }).map((b) => b.text).join("\n"),
  }));
  return {
    article,
    sourceBlocks,
    base: { number: head?.number ?? 0, title: head?.title ?? article.targetTitle, content: parseStoredDocument(head?.content ?? article.mtDoc) },
    workflow,
    /** For the desk's "Submit for review": whom to, by default the reviewer who asked for changes. */
    submit: { reviewers, defaultReviewerId: workflow?.changeRequest?.reviewerId ?? null, available: workflow?.actions.submit ?? false },
  };
}

export type EditPageData = NonNullable<Awaited<ReturnType<typeof loadEditPage>>>;
