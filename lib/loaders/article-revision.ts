import { alignDocs } from "@/lib/articles/bilingual";
import type { Db } from "@/lib/db/client";
import { parseStoredDocument } from "@/lib/editor/stored-document";

/** A revision number as a path segment spells it: up to nine decimal digits, at least 1. */
function parseRevisionSegment(raw: string): number | null {
  const number = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  return Number.isInteger(number) && number >= 1 ? number : null;
}

/**
 * /articles/:id/revisions/:number: one revision aligned to the original.
 * Null when the segment is not a revision number or the article or revision
 * does not exist.
 */
export async function loadRevisionPage(db: Db, options: { id: string; number: string }) {
  const number = parseRevisionSegment(options.number);
  if (number === null) return null;
  const [article, revision] = await Promise.all([
    db.article.findUnique({ where: { id: options.id }, select: { id: true, sourceTitle: true, sourceDoc: true, sourceLang: true, targetLang: true, headRevisionNumber: true } }),
    db.revision.findUnique({
      where: { articleId_number: { articleId: options.id, number } },
      select: { number: true, baseNumber: true, title: true, content: true, message: true, createdAt: true, author: { select: { name: true } } },
    }),
  ]);
  if (!article || !revision) return null;
  const rows = alignDocs(parseStoredDocument(article.sourceDoc), parseStoredDocument(revision.content), article.sourceLang, article.targetLang);
  return { article, revision, number, rows };
}

export type RevisionPageData = NonNullable<Awaited<ReturnType<typeof loadRevisionPage>>>;
