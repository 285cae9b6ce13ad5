import { expect, test, type Browser, type Page } from "@playwright/test";
import { demo, signIn } from "../fixtures/auth";
import { seedDemoArticleCopy, testDb } from "../fixtures/db";
import { editorDoc, expectSaveStatus, selectInEditor } from "../fixtures/editor";

/** Two people with the same article open in the editor, each in their own browser context. */
async function twoEditors(browser: Browser, firstUser: { email: string; password: string }, secondUser: { email: string; password: string }) {
  const { id } = await seedDemoArticleCopy();
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, firstUser);
  await signIn(second, secondUser);
  await first.goto(`/en/articles/${id}/edit`);
  await second.goto(`/en/articles/${id}/edit`);
  return { id, first, second };
}

/** The first person fixes "And" → "and" and saves revision 1. */
async function firstSavesRevision1(first: Page) {
  await selectInEditor(first, "digitalization And digital", "And");
  await first.keyboard.type("and");
  await first.keyboard.press("Control+s");
  await expect(first.getByText("Saved as revision 1.")).toBeVisible();
}

test("two editors save from the same revision: the second sees the conflict and nothing is lost", async ({ browser }) => {
  const { id, first, second } = await twoEditors(browser, demo.editor, demo.reviewer);

  await selectInEditor(first, "digitalization And digital", "And");
  await first.keyboard.type("and");
  await selectInEditor(second, "innovation platforms .", "platforms .");
  await second.keyboard.type("platforms.");

  await first.keyboard.press("Control+s");
  await expect(first.getByText("Saved as revision 1.")).toBeVisible();

  await second.keyboard.press("Control+s");
  const dialog = second.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("heading")).toHaveText(`${demo.editor.name} saved revision 1 while you were editing`);
  // What they changed: exactly the "And" → "and" fix.
  await expect(dialog.locator("del.diff-del")).toHaveText(["And"]);
  await expect(dialog.locator("ins.diff-ins")).toHaveText(["and"]);
  // Mine on top of theirs would put back "And" and fix "platforms .".
  await dialog.getByRole("tab", { name: "What yours changes on top of theirs" }).click();
  await expect(dialog.locator("ins.diff-ins")).toHaveText(["And"]);
  await expect(dialog.locator('[data-kind="changed"]')).toHaveCount(2);
  await expect(dialog.locator('[data-kind="changed"]').nth(1).locator("del.diff-del")).toHaveText([" "]);
  // My text is still in the editor, unsaved, until I decide.
  await expect(editorDoc(second)).toContainText("innovation platforms.");
  await expectSaveStatus(second, "Unsaved changes");

  // Different paragraphs were changed, so both edits can be kept.
  await dialog.getByRole("button", { name: "Keep both" }).click();
  await expect(dialog).toBeHidden();
  await expect(editorDoc(second)).toContainText("digitalization and digital");
  await expect(editorDoc(second)).toContainText("innovation platforms.");
  await expect(second.getByText("Editing revision 1")).toBeVisible();
  await second.keyboard.press("Control+s");
  await expect(second.getByText("Saved as revision 2.")).toBeVisible();

  const db = await testDb();
  const latest = await db.revision.findFirstOrThrow({ where: { articleId: id, number: 2 } });
  expect(latest.plainText).toContain("innovation platforms.");
  expect(latest.plainText).toContain("digitalization and digital");
  expect(latest.baseNumber).toBe(1);
  const theirs = await db.revision.findFirstOrThrow({ where: { articleId: id, number: 1 } });
  expect(theirs.plainText).toContain("digitalization and digital");
});

test("keeping mine on top saves my whole version as the next revision", async ({ browser }) => {
  const { id, first, second } = await twoEditors(browser, demo.editor, demo.reviewer);
  await firstSavesRevision1(first);

  // Both change the same sentence: no automatic combination.
  await selectInEditor(second, "digitalization And digital", "And digital");
  await second.keyboard.type("as well as digital");
  await second.keyboard.press("Control+s");
  const dialog = second.getByRole("dialog");
  await expect(dialog.getByRole("button", { name: "Keep both" })).toHaveCount(0);
  await dialog.getByRole("button", { name: "Keep mine on top" }).click();
  await expect(second.getByText("Saved as revision 2.")).toBeVisible();
  const db = await testDb();
  expect((await db.revision.findFirstOrThrow({ where: { articleId: id, number: 2 } })).plainText).toContain("digitalization as well as digital");
  expect((await db.revision.findFirstOrThrow({ where: { articleId: id, number: 1 } })).plainText).toContain("digitalization and digital");
});

test("taking theirs loads their revision after confirmation", async ({ browser }) => {
  const { first, second } = await twoEditors(browser, demo.editor, demo.admin);
  await firstSavesRevision1(first);

  await selectInEditor(second, "innovation Talents", "Talents");
  await second.keyboard.type("talent");
  await second.keyboard.press("Control+s");
  const dialog = second.getByRole("dialog");
  await dialog.getByRole("button", { name: "Take theirs" }).click();
  await expect(dialog.getByText("Discard your unsaved changes and load revision 1?")).toBeVisible();
  await dialog.getByRole("alert").getByRole("button", { name: "Take theirs" }).click();
  await expect(dialog).toBeHidden();
  await expect(editorDoc(second)).toContainText("digitalization and digital");
  await expect(second.getByText("Editing revision 1")).toBeVisible();
  await expectSaveStatus(second, "Saved");
});
