/**
 * Read models for history and comparison. Revision lists never load bodies;
 * a comparison loads exactly the two documents it shows (lib/use-cases/get-revision.ts).
 */
import type { Db } from "@/lib/db/client";
import { diffDocuments } from "@/lib/diff";
import { docToBlocks } from "@/lib/editor/to-text";
import type { EditorDoc } from "@/lib/editor/validate";

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

/** The word-level diff between two versions, computed when viewed (work-budgeted, deterministic). */
export function compareVersions(from: { title: string; content: EditorDoc }, to: { title: string; content: EditorDoc }, lang: string) {
  return {
    title: diffDocuments([{ type: "heading", text: from.title }], [{ type: "heading", text: to.title }], { lang }),
    body: diffDocuments(docToBlocks(from.content), docToBlocks(to.content), { lang }),
  };
}
