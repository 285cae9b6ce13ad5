/**
 * Read models of comment threads: the threads of an article with their
 * comments and authors, and counts of open threads for the article page and
 * the article list.
 */
import type { Db } from "@/lib/db/client";

export const THREAD_STATUSES = ["open", "resolved"] as const;
export type ThreadStatus = (typeof THREAD_STATUSES)[number];

const person = { select: { id: true, name: true } } as const;

/** Threads of an article (or just `threadId` of it), oldest first, each with its comments oldest first. */
export function listThreads(db: Db, articleId: string, threadId?: string) {
  return db.commentThread.findMany({
    where: { articleId, ...(threadId === undefined ? {} : { id: threadId }) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      version: true,
      createdAt: true,
      resolvedAt: true,
      anchorRevision: true,
      anchorBlock: true,
      anchorStart: true,
      anchorEnd: true,
      quote: true,
      createdBy: person,
      resolvedBy: person,
      comments: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, body: true, createdAt: true, author: person },
      },
    },
  });
}

export type StoredThread = Awaited<ReturnType<typeof listThreads>>[number];

/** How many threads of the article are open. */
export function openThreadCount(db: Db, articleId: string): Promise<number> {
  return db.commentThread.count({ where: { articleId, status: "open" } });
}

/** Open threads per article, for a list; articles without any are absent from the map. */
export async function openThreadCounts(db: Db, articleIds: readonly string[]): Promise<Map<string, number>> {
  if (articleIds.length === 0) return new Map();
  const rows = await db.commentThread.groupBy({
    by: ["articleId"],
    where: { articleId: { in: [...articleIds] }, status: "open" },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.articleId, r._count._all]));
}
