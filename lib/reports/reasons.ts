/**
 * The change-request reasons report: how often each category was given, in
 * total and per article, over a time window. Counts come from groupBy on
 * ReviewCategory (one row per category of a change request), filtered by the
 * review's time.
 */
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { CHANGE_REQUEST_CATEGORIES, changeRequestCategorySchema, type ChangeRequestCategory } from "@/lib/workflow/reasons";

export const REPORT_RANGES = ["7", "30", "90", "all"] as const;
export type ReportRange = (typeof REPORT_RANGES)[number];
export const REPORT_PAGE_SIZE = 25;

/** Query string of /reports: ?range=7|30|90|all&page=n. Bad values fall back to defaults. */
export const reasonsQuerySchema = z.object({
  range: z.enum(REPORT_RANGES).catch("30"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type ReasonsQuery = z.infer<typeof reasonsQuerySchema>;

/** The earliest review time the range includes, or null for all time. */
export function rangeStart(range: ReportRange, now: Date): Date | null {
  return range === "all" ? null : new Date(now.getTime() - Number(range) * 24 * 60 * 60 * 1000);
}

export type CategoryCounts = Record<ChangeRequestCategory, number>;

export type ArticleReasons = {
  articleId: string;
  sourceTitle: string;
  targetTitle: string;
  counts: CategoryCounts;
  total: number;
};

export type ReasonsReport = {
  range: ReportRange;
  /** Change requests (reviews) in the window. */
  changeRequests: number;
  byCategory: CategoryCounts;
  /** Sum of byCategory: a change request with two reasons counts twice. */
  reasonsTotal: number;
  articles: ArticleReasons[];
  articleCount: number;
  page: number;
  pageCount: number;
};

const zeroCounts = (): CategoryCounts =>
  Object.fromEntries(CHANGE_REQUEST_CATEGORIES.map((c) => [c, 0])) as CategoryCounts;

/** Articles are ordered by total reasons, most first, then by title. */
export async function getReasonsReport(db: Db, query: ReasonsQuery, now = new Date(), pageSize = REPORT_PAGE_SIZE): Promise<ReasonsReport> {
  const since = rangeStart(query.range, now);
  const reviewWhere = { decision: "changes_requested", ...(since ? { createdAt: { gte: since } } : {}) };
  const where = { review: { is: reviewWhere } };
  const [byCategoryRows, byArticleRows, changeRequests] = await Promise.all([
    db.reviewCategory.groupBy({ by: ["category"], where, _count: { _all: true } }),
    db.reviewCategory.groupBy({ by: ["articleId", "category"], where, _count: { _all: true } }),
    db.review.count({ where: reviewWhere }),
  ]);

  const byCategory = zeroCounts();
  for (const row of byCategoryRows) byCategory[changeRequestCategorySchema.catch("other").parse(row.category)] += row._count._all;

  const perArticle = new Map<string, CategoryCounts>();
  for (const row of byArticleRows) {
    const counts = perArticle.get(row.articleId) ?? zeroCounts();
    counts[changeRequestCategorySchema.catch("other").parse(row.category)] += row._count._all;
    perArticle.set(row.articleId, counts);
  }
  const titles = await db.article.findMany({
    where: { id: { in: [...perArticle.keys()] } },
    select: { id: true, sourceTitle: true, targetTitle: true },
  });
  const titleOf = new Map(titles.map((t) => [t.id, t]));
  const articles = [...perArticle.entries()]
    .flatMap(([articleId, counts]) => {
      const t = titleOf.get(articleId);
      if (!t) return [];
      const total = Object.values(counts).reduce((s, n) => s + n, 0);
      return [{ articleId, sourceTitle: t.sourceTitle, targetTitle: t.targetTitle, counts, total }];
    })
    .sort((a, b) => b.total - a.total || a.targetTitle.localeCompare(b.targetTitle) || a.articleId.localeCompare(b.articleId));

  const pageCount = Math.max(1, Math.ceil(articles.length / pageSize));
  const page = Math.min(query.page, pageCount);
  return {
    range: query.range,
    changeRequests,
    byCategory,
    reasonsTotal: Object.values(byCategory).reduce((s, n) => s + n, 0),
    articles: articles.slice((page - 1) * pageSize, page * pageSize),
    articleCount: articles.length,
    page,
    pageCount,
  };
}
