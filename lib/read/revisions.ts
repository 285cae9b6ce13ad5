/**
 * Read models for history. Revision lists never load bodies; a comparison
 * loads exactly the two documents it shows (lib/use-cases/get-revision.ts)
 * and diffs them with lib/articles/compare.ts.
 */
import type { Db } from "@/lib/db/client";

export const REVISION_LIST_SELECT = {
  number: true,
  baseNumber: true,
  createdAt: true,
  message: true,
  wordCount: true,
  wordsChanged: true,
  editSeconds: true,
  restoredFrom: true,
  mtWords: true,
  mtEditDistance: true,
  mtInsertions: true,
  mtDeletions: true,
  mtSubstitutions: true,
  mtEditRate: true,
  author: { select: { name: true } },
} as const;

/** Newest first, without bodies. */
export function listRevisions(db: Db, articleId: string, take?: number) {
  return db.revision.findMany({ where: { articleId }, orderBy: { number: "desc" }, select: REVISION_LIST_SELECT, ...(take ? { take } : {}) });
}

export type RevisionListItem = Awaited<ReturnType<typeof listRevisions>>[number];

/** Total seconds spent in the editor on an article. */
export async function totalEditSeconds(db: Db, articleId: string): Promise<number> {
  const sum = await db.revision.aggregate({ where: { articleId }, _sum: { editSeconds: true } });
  return sum._sum.editSeconds ?? 0;
}
