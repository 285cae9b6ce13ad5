/**
 * Counts that match the work (issue 13, point 6): a spacing fix is one edit
 * and its space is visibly marked in the diff; a headline rewrite counts.
 */
import { expect, test } from "@playwright/test";
import { demo, signIn } from "../fixtures/auth";
import { seedDemoArticleCopy, seedRevision, testDb } from "../fixtures/db";

test("a spacing fix counts as one word changed and its deleted space is marked in the diff", async ({ page }) => {
  const { id } = await seedDemoArticleCopy();
  await seedRevision(id, demo.editor.email, ["innovation platforms .", "innovation platforms."], "Fix spacing");
  const db = await testDb();
  const stored = await db.revision.findUniqueOrThrow({ where: { articleId_number: { articleId: id, number: 1 } } });
  expect(stored).toMatchObject({ wordsChanged: 1, mtEditDistance: 1, mtDeletions: 1 });
  expect(stored.mtEditRate).toBeGreaterThan(0);

  await signIn(page, demo.editor);
  await page.goto(`/en/articles/${id}/history`);
  const row = page.getByTestId("revision-1");
  await expect(row).toContainText("Fix spacing");
  await expect(row).toContainText(/0 inserted, 1 deleted, 0 substituted of \d+ MT words/);

  await page.goto(`/en/articles/${id}/compare?from=0&to=1`);
  await expect(page.getByTestId("diff-summary")).toContainText("0 words inserted, 1 deleted, 0 substituted");
  const mark = page.getByTestId("diff").last().getByRole("img", { name: "space deleted" });
  await expect(mark).toHaveCount(1);
  await expect(mark).toBeVisible();
  // A visible box, not a sliver: wider than a plain space, with a border.
  const box = await mark.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThanOrEqual(8);
  expect(await mark.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe("solid");
  await expect(mark.locator("xpath=..")).toHaveJSProperty("tagName", "DEL");

  await page.getByRole("link", { name: "Side by side" }).click();
  await expect(page.locator(".diff-old").getByRole("img", { name: "space deleted" })).toHaveCount(1);
  await expect(page.locator(".diff-new").getByRole("img", { name: "space deleted" })).toHaveCount(0);
});

test("a headline rewrite counts in words changed and the edit rate, and shows in the compare view", async ({ page }) => {
  const { id } = await seedDemoArticleCopy();
  const db = await testDb();
  const article = await db.article.findUniqueOrThrow({ where: { id } });
  const { saveRevision } = await import("@/lib/use-cases/save-revision");
  const user = await db.user.findUniqueOrThrow({ where: { email: demo.editor.email } });
  await saveRevision({
    db,
    actor: { id: user.id, name: user.name, email: user.email, role: "editor" },
    articleId: id,
    input: { baseNumber: 0, title: `${article.mtTitle} grows`, content: JSON.parse(article.mtDoc) as unknown },
  });
  const stored = await db.revision.findUniqueOrThrow({ where: { articleId_number: { articleId: id, number: 1 } } });
  expect(stored.wordsChanged).toBe(1);
  expect(stored.mtEditRate).toBeGreaterThan(0);

  await signIn(page, demo.editor);
  await page.goto(`/en/articles/${id}/history`);
  await expect(page.getByTestId("revision-1")).toContainText(/1 inserted, 0 deleted, 0 substituted of \d+ MT words/);
  await page.goto(`/en/articles/${id}/compare?from=0&to=1`);
  await expect(page.locator(".diff-title ins.diff-ins")).toHaveText(["grows"]);
});
