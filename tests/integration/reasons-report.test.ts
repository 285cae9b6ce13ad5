/** The reasons report: counts per category and per article over a time window. */
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { migrateTestDb, seedTestUser } from "./helpers";
import { importedArticle } from "./revision-helpers";

let db: Db;
const now = new Date("2026-06-30T12:00:00Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
let a1: string;
let a2: string;
let a3: string;

beforeAll(async () => {
  db = await migrateTestDb();
  const { seedReview, seedRevisionRows } = await import("@/lib/seed/workflow-states");
  const [editor, reviewer] = await Promise.all([seedTestUser("editor"), seedTestUser("reviewer")]);
  [a1, a2, a3] = await Promise.all([importedArticle(editor.id), importedArticle(editor.id), importedArticle(editor.id)]);
  for (const id of [a1, a2, a3]) await seedRevisionRows(db, id, [editor.id]);
  await db.article.update({ where: { id: a1 }, data: { targetTitle: "Alpha" } });
  await db.article.update({ where: { id: a2 }, data: { targetTitle: "Beta" } });
  const review = (articleId: string, categories: Parameters<typeof seedReview>[1]["categories"], days: number) =>
    seedReview(db, { articleId, reviewerId: reviewer.id, revisionNumber: 1, categories, createdAt: daysAgo(days) });
  await review(a1, ["mistranslation", "grammar"], 2);
  await review(a1, ["grammar"], 20);
  await review(a2, ["terminology"], 3);
  await review(a2, ["style", "terminology", "other"], 60);
  await review(a3, ["omission_or_addition"], 400);
  // Approvals carry no reasons and are not change requests.
  await seedReview(db, { articleId: a3, reviewerId: reviewer.id, revisionNumber: 1, approved: true, createdAt: daysAgo(1) });
});

async function report(range: string, page?: number, pageSize?: number) {
  const { getReasonsReport, reasonsQuerySchema } = await import("@/lib/reports/reasons");
  return getReasonsReport(db, reasonsQuerySchema.parse({ range, page }), now, pageSize);
}

describe("reasons report", () => {
  it("counts each category over the last 7 days", async () => {
    const r = await report("7");
    expect(r.changeRequests).toBe(2);
    expect(r.byCategory).toEqual({ mistranslation: 1, awkward_phrasing: 0, terminology: 1, grammar: 1, omission_or_addition: 0, style: 0, other: 0 });
    expect(r.reasonsTotal).toBe(3);
  });

  it("widens with the range", async () => {
    expect((await report("30")).byCategory.grammar).toBe(2);
    expect((await report("90")).byCategory.terminology).toBe(2);
    const all = await report("all");
    expect(all.changeRequests).toBe(5);
    expect(all.reasonsTotal).toBe(8);
    expect(all.byCategory.omission_or_addition).toBe(1);
  });

  it("counts per article, most reasons first", async () => {
    const r = await report("90");
    expect(r.articles.map((a) => a.articleId)).toEqual([a2, a1]);
    expect(r.articles[0]).toMatchObject({ targetTitle: "Beta", total: 4, counts: { terminology: 2, style: 1, other: 1, grammar: 0 } });
    expect(r.articles[1]).toMatchObject({ targetTitle: "Alpha", total: 3, counts: { grammar: 2, mistranslation: 1 } });
    expect(r.articleCount).toBe(2);
  });

  it("pages the articles", async () => {
    const second = await report("all", 2, 2);
    expect(second).toMatchObject({ page: 2, pageCount: 2, articleCount: 3 });
    expect(second.articles.map((a) => a.articleId)).toEqual([a3]);
  });

  it("falls back to 30 days and page 1 for a bad query string", async () => {
    const { reasonsQuerySchema } = await import("@/lib/reports/reasons");
    expect(reasonsQuerySchema.parse({ range: "365", page: "x" })).toEqual({ range: "30", page: 1 });
    expect(reasonsQuerySchema.parse({})).toEqual({ range: "30", page: 1 });
  });
});
