// TEMPORARY (screenshot only) — to be deleted.
import { test, expect } from "@playwright/test";
import { demo, signIn } from "../fixtures/auth";
import { seedArticleInState, testDb, seedUser } from "../fixtures/db";

test("timeline preview", async ({ page }) => {
  const db = await testDb();
  const ed = await seedUser("editor");
  const rv = await seedUser("reviewer");
  const id = await seedArticleInState({ title: "Timeline sample", authorEmails: [ed.email], state: { status: "draft" } });
  const { seedAuditEventRow } = await import("@/lib/seed/workflow-states");
  const t0 = Date.now() - 5 * 3600_000;
  const events: [string, string, Record<string, unknown>][] = [
    [ed.id, "revision.saved", { number: 1, baseNumber: 0, words: 300, wordsChanged: 12 }],
    [ed.id, "article.submitted", { revisionNumber: 1, reviewerId: rv.id, note: "Please check the place names in paragraph 3." }],
    [rv.id, "article.changes_requested", { revisionNumber: 1, categories: ["awkward_phrasing", "terminology"], comment: "The lead reads like a machine wrote it; also use “Xinhua” consistently.", reviewId: "x" }],
    [ed.id, "comment.thread_created", {}],
    [rv.id, "comment.resolved", {}],
    [ed.id, "revision.saved", { number: 2, baseNumber: 1, wordsChanged: 1 }],
    [ed.id, "revision.restored", { number: 3, restoredFrom: 1 }],
    [ed.id, "article.submitted", { revisionNumber: 3 }],
    [ed.id, "article.withdrawn", { revisionNumber: 3 }],
    [ed.id, "article.submitted", { revisionNumber: 3, note: null }],
    [rv.id, "article.approved", { revisionNumber: 3, reviewId: "y" }],
    [rv.id, "article.published", { revisionNumber: 3, version: 1 }],
    [rv.id, "article.unpublished", { version: 1 }],
    [rv.id, "export.fetched", {}],
  ];
  for (const [i, [actorId, action, details]] of events.entries()) {
    await seedAuditEventRow(db, { actorId, action, articleId: id, details, createdAt: new Date(t0 + i * 600_000) });
  }
  for (const locale of ["en", "zh"] as const) {
    await signIn(page, demo.admin, locale);
    await page.goto(`/${locale}/work/timeline-preview/${id}`);
    await expect(page.getByTestId("article-timeline").first()).toBeVisible();
    await page.screenshot({ path: `/tmp/shots/timeline-${locale}.png`, fullPage: true });
    await page.context().clearCookies();
  }
});
