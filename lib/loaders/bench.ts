import type { Db } from "@/lib/db/client";
import { parseStoredDocument } from "@/lib/editor/stored-document";

/** /bench/bare-editor?article=: the article's MT, or null. */
export async function loadBareEditorPage(db: Db, options: { articleId: string | undefined }) {
  if (!options.articleId) return null;
  const article = await db.article.findUnique({ where: { id: options.articleId }, select: { mtDoc: true } });
  return article ? { content: parseStoredDocument(article.mtDoc) } : null;
}
