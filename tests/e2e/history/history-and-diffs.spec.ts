import { expect, test } from "@playwright/test";
import { demo, signIn } from "../fixtures/auth";
import { seedDemoArticleCopy, seedRevision, testDb } from "../fixtures/db";
import { editorDoc, selectInEditor } from "../fixtures/editor";
import { alerts } from "../fixtures/ui";

test.describe("history and diffs", () => {
  test("after editing, the diff MT → latest highlights exactly the changed words, inline and side by side", async ({ page }) => {
    const { id } = await seedDemoArticleCopy();
    await signIn(page, demo.editor);
    await page.goto(`/en/articles/${id}/edit`);
    await selectInEditor(page, "digitalization And digital industrialization will", "And digital industrialization will");
    await page.keyboard.type("and digital industrialization, and will");
    await page.keyboard.press("Control+s");
    await expect(page.getByText("Saved as revision 1.")).toBeVisible();

    await page.goto(`/en/articles/${id}`);
    await page.getByRole("link", { name: "Compare with MT" }).first().click();
    await expect(page).toHaveURL(new RegExp(`/en/articles/${id}/compare\\?from=0&to=1`));
    await expect(page.getByRole("heading", { name: "Machine translation → Revision 1 (current)" })).toBeVisible();
    const diff = page.getByTestId("diff").last();
    await expect(diff.locator("del.diff-del")).toHaveText(["And"]);
    await expect(diff.locator("ins.diff-ins")).toHaveText(["and", ", and"]);
    await expect(page.getByTestId("diff-summary")).toContainText("2 words inserted, 0 deleted, 1 substituted");
    // The original stays visible beside the diff, in the row of the changed paragraph.
    await expect(page.getByTestId("aligned-row").filter({ has: page.locator("del.diff-del") })).toContainText("推动产业数字化和数字产业化");

    await page.getByRole("link", { name: "Side by side" }).click();
    await expect(page).toHaveURL(/view=split/);
    const changed = diff.locator('[data-kind="changed"]');
    await expect(changed).toHaveCount(1);
    await expect(changed.locator(".diff-old del.diff-del")).toHaveText(["And"]);
    await expect(changed.locator(".diff-new ins.diff-ins")).toHaveText(["and", ", and"]);
    await expect(changed.locator(".diff-old ins, .diff-new del")).toHaveCount(0);

    // The URL is shareable: the same comparison opens from it directly.
    const url = page.url();
    const other = await page.context().newPage();
    await other.goto(url);
    await expect(other.getByTestId("diff").last().locator(".diff-old del.diff-del")).toHaveText(["And"]);
    await other.close();
  });

  test("history lists revisions with effort, and restoring an older one adds a revision on top", async ({ page }) => {
    const { id } = await seedDemoArticleCopy();
    await seedRevision(id, demo.editor.email, ["digitalization And digital", "digitalization and digital"], "Fix And");
    await seedRevision(id, demo.reviewer.email, ["innovation platforms .", "innovation platforms."], "Fix spacing");
    await signIn(page, demo.editor);
    await page.goto(`/en/articles/${id}/history`);

    const rows = page.getByTestId("revision-table").locator("tbody tr");
    await expect(rows).toHaveCount(3); // revisions 2, 1 and the MT
    await expect(page.getByTestId("revision-2")).toContainText(demo.reviewer.name);
    await expect(page.getByTestId("revision-2")).toContainText("Fix spacing");
    await expect(page.getByTestId("revision-2")).toContainText("Current");
    await expect(page.getByTestId("revision-1")).toContainText("Fix And");
    await expect(page.getByTestId("revision-1")).toContainText(/0 inserted, 0 deleted, 1 substituted of \d+ MT words/);

    await page.getByTestId("revision-1").getByRole("button", { name: "Restore" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText("Restore revision 1? It becomes a new revision on top; no revision is removed.");
    await dialog.getByRole("button", { name: "Restore" }).click();
    await expect(page.getByText("Revision 1 was restored as revision 3.")).toBeVisible();
    await expect(page.getByTestId("revision-3")).toContainText("Restore of revision 1");
    await expect(page.getByTestId("revision-3")).toContainText("Current");
    await expect(rows).toHaveCount(4);

    const db = await testDb();
    const revisions = await db.revision.findMany({ where: { articleId: id }, orderBy: { number: "asc" } });
    expect(revisions.map((r) => r.number)).toEqual([1, 2, 3]);
    expect(revisions[2]!.content).toBe(revisions[0]!.content);
    expect(revisions[2]!.restoredFrom).toBe(1);
    expect(await db.auditEvent.count({ where: { articleId: id, action: "revision.restored" } })).toBe(1);

    // The restored text is what the editor now opens.
    await page.goto(`/en/articles/${id}/edit`);
    await expect(editorDoc(page)).toContainText("innovation platforms .");
    await expect(page.getByText("Editing revision 3")).toBeVisible();
  });

  test("an older revision opens read-only beside the original", async ({ page }) => {
    const { id } = await seedDemoArticleCopy();
    await seedRevision(id, demo.editor.email, ["digitalization And digital", "digitalization and digital"]);
    await seedRevision(id, demo.editor.email, ["Talents", "talents"]);
    await signIn(page, demo.editor);
    await page.goto(`/en/articles/${id}/revisions/1`);
    await expect(page.getByRole("heading", { name: "Revision 1 (read-only)" })).toBeVisible();
    await expect(page.getByTestId("para-row").filter({ hasText: "据了解" }).locator('[data-side="target"]')).toContainText("innovation Talents");
    await expect(page.locator('[contenteditable="true"]')).toHaveCount(0);
  });

  test("the compare page works in the Chinese UI", async ({ page }) => {
    const { id } = await seedDemoArticleCopy();
    await seedRevision(id, demo.editor.email, ["digitalization And digital", "digitalization and digital"]);
    await signIn(page, demo.editor, "zh");
    await page.goto(`/zh/articles/${id}/compare?from=0&to=1`);
    await expect(page.getByRole("heading", { name: "比较", level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "机器翻译 → 第 1 版（当前）" })).toBeVisible();
    await expect(page.getByTestId("diff-summary")).toHaveText("插入 0 词、删除 0 词、替换 1 词；新增 0 段、删除 0 段、移动 0 段");
    await expect(page.getByTestId("diff").last().locator("del.diff-del")).toHaveText(["And"]);
    await page.getByRole("link", { name: "并排" }).click();
    await expect(page).toHaveURL(/view=split/);
    await page.screenshot({ path: "tests/screenshots/compare-zh-1280.png", fullPage: true });
  });

  test("an unknown revision number is answered clearly", async ({ page }) => {
    const { id } = await seedDemoArticleCopy();
    await signIn(page, demo.editor);
    await page.goto(`/en/articles/${id}/compare?from=0&to=42`);
    await expect(alerts(page)).toHaveText("There is no revision 42 of this article.");
    expect((await page.goto(`/en/articles/${id}/revisions/42`))?.status()).toBe(404);
  });
});
