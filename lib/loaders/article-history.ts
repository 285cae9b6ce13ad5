import type { Db } from "@/lib/db/client";
import { listRevisions } from "@/lib/read/revisions";

/** /articles/:id/history: every revision, newest first, without bodies. Null when there is no such article. */
export async function loadHistoryPage(db: Db, options: { id: string }) {
  const [article, revisions] = await Promise.all([
    db.article.findUnique({ where: { id: options.id }, select: { id: true, targetTitle: true, headRevisionNumber: true } }),
    listRevisions(db, options.id),
  ]);
  return article ? { article, revisions } : null;
}

export type HistoryPageData = NonNullable<Awaited<ReturnType<typeof loadHistoryPage>>>;
