/**
 * My work (queues and the navigation count), the reasons report and the
 * audit trail, in English and Chinese, on states seeded as rows. Set
 * SHOTS_DIR to keep screenshots of each page.
 */
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "../fixtures/auth";
import { seedArticleInState, seedChangeRequest, seedUser, testDb } from "../fixtures/db";

const shotsDir = process.env.SHOTS_DIR;
async function shot(page: Page, name: string) {
  if (shotsDir) await page.screenshot({ path: `${shotsDir}/${name}.png`, fullPage: true });
}

type Seeded = Awaited<ReturnType<typeof seedUser>>;
let editor: Seeded;
let rui: Seeded;
let sara: Seeded;
const tag = randomUUID().slice(0, 6);
const title = (name: string) => `${name} ${tag}`;
const ids: Record<string, string> = {};
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

test.beforeAll(async () => {
  [editor, rui, sara] = [await seedUser("editor"), await seedUser("reviewer"), await seedUser("reviewer")];
  ids.draft = await seedArticleInState({ title: title("Harbour draft"), authorEmails: [editor.email], state: { status: "draft" } });
  ids.sentBack = await seedArticleInState({
    title: title("Rail sent back"),
    authorEmails: [editor.email],
    state: { status: "changes_requested", submittedById: editor.id, submittedAt: minutesAgo(240) },
  });
  await seedChangeRequest({ articleId: ids.sentBack, reviewerId: rui.id, revisionNumber: 1, categories: ["awkward_phrasing", "terminology"], comment: `Smoother lead please ${tag}` });
  ids.assigned = await seedArticleInState({
    title: title("Budget for Rui"),
    authorEmails: [editor.email],
    state: { status: "in_review", submittedById: editor.id, submittedAt: minutesAgo(120), assignedReviewerId: rui.id },
  });
  ids.older = await seedArticleInState({ title: title("Older submission"), authorEmails: [editor.email], state: { status: "in_review", submittedById: editor.id, submittedAt: minutesAgo(90) } });
  ids.newer = await seedArticleInState({ title: title("Newer submission"), authorEmails: [editor.email, sara.email], state: { status: "in_review", submittedById: editor.id, submittedAt: minutesAgo(30) } });
});

test.describe("my work", () => {
  test("an editor sees the change request first, with its reasons, and their draft; the nav counts both", async ({ page }) => {
    await signIn(page, editor);
    const nav = page.getByRole("navigation", { name: "Main navigation" });
    await expect(nav.getByRole("link", { name: /My work/ })).toContainText("2");
    await nav.getByRole("link", { name: /My work/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "My work" })).toBeVisible();

    const changes = page.getByTestId("work-changes");
    await expect(changes.getByRole("heading", { name: "Changes requested" })).toBeVisible();
    const row = changes.getByTestId(`work-changes-${ids.sentBack}`);
    await expect(row).toContainText(title("Rail sent back"));
    await expect(row.getByRole("listitem")).toHaveText(["Awkward phrasing", "Terminology"]);
    await expect(row).toContainText(`Smoother lead please ${tag}`);
    await expect(page.getByTestId("work-drafts").getByTestId(`work-drafts-${ids.draft}`)).toContainText(title("Harbour draft"));
    await expect(page.getByTestId("work-queue")).toHaveCount(0);
    await shot(page, "work-editor-en");

    // The queue follows the article's state: resubmitted, it leaves "Changes requested" and the count.
    const db = await testDb();
    await db.article.update({ where: { id: ids.sentBack! }, data: { status: "in_review" } });
    try {
      await page.reload();
      await expect(nav.getByRole("link", { name: /My work/ })).toContainText("1");
      await expect(page.getByTestId(`work-changes-${ids.sentBack}`)).toHaveCount(0);
      await expect(page.getByTestId(`work-drafts-${ids.draft}`)).toBeVisible();
    } finally {
      await db.article.update({ where: { id: ids.sentBack! }, data: { status: "changes_requested" } });
    }
  });

  test("in Chinese too", async ({ page }) => {
    await signIn(page, editor, "zh");
    await page.goto("/zh/work");
    await expect(page.getByRole("heading", { level: 1, name: "我的工作" })).toBeVisible();
    const changes = page.getByTestId("work-changes");
    await expect(changes.getByRole("heading", { name: "需要修改" })).toBeVisible();
    await expect(changes.getByTestId(`work-changes-${ids.sentBack}`).getByRole("listitem")).toHaveText(["措辞生硬", "术语"]);
    await expect(page.getByTestId("work-drafts").getByRole("heading", { name: "你的草稿" })).toBeVisible();
    await expect(page.getByTestId("nav-work-count")).toHaveText("2");
    await shot(page, "work-editor-zh");
  });

  test("a reviewer sees what is addressed to them and the queue, oldest submission first", async ({ page }) => {
    await signIn(page, rui);
    await page.goto("/en/work");
    await expect(page.getByTestId("work-assigned").getByTestId(`work-assigned-${ids.assigned}`)).toContainText(title("Budget for Rui"));
    const queue = page.getByTestId("work-queue");
    const rows = queue.getByRole("row");
    const order = await rows.evaluateAll((els) => els.map((el) => el.getAttribute("data-testid") ?? ""));
    const older = order.indexOf(`work-queue-${ids.older}`);
    const newer = order.indexOf(`work-queue-${ids.newer}`);
    expect(older).toBeGreaterThan(0);
    expect(newer).toBeGreaterThan(older);
    await expect(queue.getByTestId(`work-queue-${ids.assigned}`)).toHaveCount(0);
    await expect(queue.getByTestId(`work-queue-${ids.older}`).getByRole("link", { name: "Review" })).toHaveAttribute("href", `/en/articles/${ids.older}/review`);

    // Other specs may submit articles meanwhile: compare the page with itself, and the queue with the database.
    await expect(page.getByTestId("work-assigned-count")).toHaveText("1");
    const queued = Number(await page.getByTestId("work-queue-count").textContent());
    expect(queued).toBeGreaterThanOrEqual(2);
    await expect(page.getByTestId("nav-work-count")).toHaveText(String(queued + 1));
    await shot(page, "work-reviewer-en");

    // Addressed to Rui, the older submission moves from the queue to "assigned"; the nav still counts it once.
    const db = await testDb();
    await db.article.update({ where: { id: ids.older! }, data: { assignedReviewerId: rui.id } });
    try {
      await page.reload();
      await expect(page.getByTestId("work-assigned-count")).toHaveText("2");
      await expect(page.getByTestId("work-assigned").getByTestId(`work-assigned-${ids.older}`)).toContainText(title("Older submission"));
      await expect(queue.getByTestId(`work-queue-${ids.older}`)).toHaveCount(0);
      const queuedNow = Number(await page.getByTestId("work-queue-count").textContent());
      await expect(page.getByTestId("nav-work-count")).toHaveText(String(queuedNow + 2));
    } finally {
      await db.article.update({ where: { id: ids.older! }, data: { assignedReviewerId: null } });
    }
  });

  test("a reviewer who edited a submission sees it apart, greyed, and not in their queue", async ({ page }) => {
    await signIn(page, sara, "zh");
    await page.goto("/zh/work");
    const edited = page.getByTestId("work-edited");
    await expect(edited.getByRole("heading", { name: "你编辑过的提交" })).toBeVisible();
    await expect(edited.getByTestId(`work-edited-${ids.newer}`)).toContainText("你编辑过");
    await expect(page.getByTestId("work-queue").getByTestId(`work-queue-${ids.newer}`)).toHaveCount(0);
    await expect(page.getByTestId("work-queue").getByTestId(`work-queue-${ids.older}`)).toBeVisible();
    await shot(page, "work-reviewer-zh");
  });
});

test.describe("reasons report", () => {
  test("counts reasons per category and per article, with a time filter", async ({ page }) => {
    await signIn(page, rui);
    await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Reasons" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Change-request reasons" })).toBeVisible();
    const row = page.getByTestId(`reasons-article-${ids.sentBack}`);
    await expect(row).toContainText(title("Rail sent back"));
    const cells = row.getByRole("cell");
    // Article, then the seven categories in order, then the total.
    await expect(cells.nth(2)).toHaveText("1"); // awkward phrasing
    await expect(cells.nth(3)).toHaveText("1"); // terminology
    await expect(cells.nth(1)).toHaveText("·"); // mistranslation
    await expect(cells.nth(8)).toHaveText("2");
    await expect(page.getByTestId("reasons-category-awkward_phrasing").getByRole("cell").nth(1)).not.toHaveText("·");
    await page.getByRole("link", { name: "Last 7 days" }).click();
    await expect(page).toHaveURL(/range=7/);
    await expect(page.getByRole("link", { name: "Last 7 days" })).toHaveAttribute("aria-current", "true");
    await expect(page.getByTestId(`reasons-article-${ids.sentBack}`)).toBeVisible();
    await shot(page, "reasons-en");

    // A new change request (by Sara, so the audit filters below still see one of Rui's) is counted by the report.
    const terminology = page.getByTestId("reasons-category-terminology").getByRole("cell").nth(1);
    const before = Number(await terminology.textContent());
    const other = await seedArticleInState({
      title: title("Port other"),
      authorEmails: [editor.email],
      state: { status: "changes_requested", submittedById: editor.id, submittedAt: minutesAgo(10) },
    });
    await seedChangeRequest({ articleId: other, reviewerId: sara.id, revisionNumber: 1, categories: ["mistranslation", "terminology"], comment: `Check the terms ${tag}` });
    await page.reload();
    const otherCells = page.getByTestId(`reasons-article-${other}`).getByRole("cell");
    await expect(otherCells.nth(1)).toHaveText("1"); // mistranslation
    await expect(otherCells.nth(2)).toHaveText("·"); // awkward phrasing
    await expect(otherCells.nth(3)).toHaveText("1"); // terminology
    await expect(otherCells.nth(8)).toHaveText("2");
    expect(Number(await terminology.textContent())).toBeGreaterThanOrEqual(before + 1);
  });

  test("in Chinese, and a bad range falls back to 30 days", async ({ page }) => {
    await signIn(page, rui, "zh");
    await page.goto("/zh/reports?range=forever");
    await expect(page.getByRole("heading", { level: 1, name: "退回修改原因" })).toBeVisible();
    await expect(page.getByRole("link", { name: "最近 30 天" })).toHaveAttribute("aria-current", "true");
    await expect(page.getByTestId("reasons-by-category")).toContainText("措辞生硬");
    await shot(page, "reasons-zh");
  });

  test("editors get 403", async ({ page }) => {
    await signIn(page, editor);
    expect((await page.goto("/en/reports"))?.status()).toBe(403);
    await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Reasons" })).toHaveCount(0);
  });
});

test.describe("audit trail", () => {
  test("an admin filters by person and action, and each row links to its article", async ({ page }) => {
    await signIn(page, demo.admin);
    await page.goto("/en/admin");
    await page.getByRole("link", { name: "Audit trail" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
    await page.getByLabel("Who").selectOption({ label: rui.name });
    await page.getByLabel("Action").selectOption("article.changes_requested");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/actor=.*action=article.changes_requested/);
    const rows = page.getByTestId("audit-row");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(`${rui.name} requested changes to revision 1`);
    await expect(rows.first()).toContainText(`Smoother lead please ${tag}`);
    await expect(rows.first().getByRole("link", { name: title("Rail sent back") })).toHaveAttribute("href", `/en/articles/${ids.sentBack}`);
    await shot(page, "audit-en");

    // The action filter is applied by the server: Rui published nothing.
    await page.getByLabel("Action").selectOption("article.published");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/action=article.published/);
    await expect(rows).toHaveCount(0);
  });

  test("in Chinese, filtering by words of a title", async ({ page }) => {
    await signIn(page, demo.admin, "zh");
    await page.goto("/zh/admin/audit");
    await page.getByLabel("文章").fill(title("Rail sent back"));
    await page.getByRole("button", { name: "筛选" }).click();
    const rows = page.getByTestId("audit-row");
    await expect(rows.filter({ hasText: "要求修改修订 1" })).toHaveCount(1);
    await expect(rows.filter({ hasText: "导入了文章" })).toHaveCount(1);
    await expect(page.getByRole("link", { name: "重置" })).toBeVisible();
    await shot(page, "audit-zh");
  });

  test("editors and reviewers get 403", async ({ page }) => {
    await signIn(page, rui);
    expect((await page.goto("/en/admin/audit"))?.status()).toBe(403);
  });
});
