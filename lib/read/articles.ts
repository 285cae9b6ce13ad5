/**
 * Article read models for pages. List queries select only what a row shows; no
 * revision bodies are loaded for lists.
 */
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { containsText } from "@/lib/db/text-search";

/** The columns of an article's row in a list (the article list, My work). */
export const ARTICLE_ROW_SELECT = {
  id: true,
  status: true,
  sourceTitle: true,
  targetTitle: true,
  sourceLang: true,
  targetLang: true,
  updatedAt: true,
  headRevisionNumber: true,
} as const;

export const ARTICLES_PAGE_SIZE = 20;

export const listQuerySchema = z.object({
  q: z.string().trim().max(200).catch(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type ListQuery = z.infer<typeof listQuerySchema>;

export async function listArticles(db: Db, query: ListQuery, pageSize = ARTICLES_PAGE_SIZE) {
  const where = query.q
    ? { OR: [{ sourceTitle: containsText(db, query.q) }, { targetTitle: containsText(db, query.q) }, { mtTitle: containsText(db, query.q) }] }
    : {};
  const [total, items] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * pageSize,
      take: pageSize,
      select: ARTICLE_ROW_SELECT,
    }),
  ]);
  return { total, items, page: query.page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** An article with the current translation (head revision, or the MT). */
export async function getArticleWithCurrent(db: Db, id: string) {
  const article = await db.article.findUnique({ where: { id } });
  if (!article) return null;
  const head = article.headRevisionNumber
    ? await db.revision.findUnique({
        where: { articleId_number: { articleId: id, number: article.headRevisionNumber } },
        select: { number: true, title: true, content: true, createdAt: true, author: { select: { name: true } } },
      })
    : null;
  return { article, head };
}

/** An article's working title, for a page's metadata; null when there is no such article. */
export async function articleTitle(db: Db, id: string): Promise<string | null> {
  const article = await db.article.findUnique({ where: { id }, select: { targetTitle: true } });
  return article?.targetTitle ?? null;
}
