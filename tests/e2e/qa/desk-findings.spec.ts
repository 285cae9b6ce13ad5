/**
 * QA findings on the desk (issue 12, point 2): underlines and the findings
 * panel on the demo article, the one-click fix, keyboard next/previous,
 * dismissals kept across a save and a reload, and the findings on the
 * read-only revision view and the review page.
 */
import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "../fixtures/auth";
import { dismissOpenQaErrors, seedDemoArticleCopy, seedRevision, testDb } from "../fixtures/db";
import { editorDoc, expectSaveStatus, selectInEditor } from "../fixtures/editor";

const AND_MESSAGE = "“And” is capitalized inside a sentence.";
const TALENTS_MESSAGE = "“Talents” is capitalized but is not a name.";

function panel(page: Page) {
  return page.getByTestId("qa-panel");
}

function finding(page: Page, flagged: string | RegExp) {
  return panel(page).getByTestId("qa-finding").filter({ has: page.getByTestId("qa-flagged").getByText(flagged, { exact: true }) });
}

/** The text the editor has selected. */
function selectedText(page: Page) {
  return page.evaluate(() => window.getSelection()?.toString() ?? "");
}

async function openDesk(page: Page, id: string) {
  await page.goto(`/en/articles/${id}/edit`);
  // A fresh copy of the demo is the untouched MT ("Not edited yet"); after a save it reads "Saved".
  await expectSaveStatus(page, /^(Saved|Not edited yet)$/);
  await expect(panel(page).getByTestId("qa-finding").first()).toBeVisible();
}

test.describe("QA findings on the desk", () => {
  test("the demo article's faults are underlined and listed with their sentence", async ({ page }) => {
    const { id } = await seedDemoArticleCopy();
    await signIn(page, demo.editor);
    await openDesk(page, id);

    const and = finding(page, "And");
    await expect(and).toHaveCount(1);
    await expect(and).toContainText(AND_MESSAGE);
    await expect(and).toContainText("promote industrial digitalization And digital industrialization");
    await expect(and).toHaveAttribute("data-severity", "error");
    await expect(finding(page, " .")).toHaveAttribute("data-check", "spacing");
    await expect(finding(page, "Talents")).toHaveAttribute("data-severity", "warning");
    await expect(panel(page).getByTestId("qa-count-error")).toHaveText("4 errors");

    // Underlined in the text by severity, the message on hover (title).
    const underline = editorDoc(page).locator(".qa-error", { hasText: /^And$/ });
    await expect(underline).toHaveCount(1);
    // Inside the long sentence's warning: the narrowest finding's message first.
    await expect(underline).toHaveAttribute("title", /^“And” is capitalized inside a sentence\.\nThis sentence has 81 words/);
    await expect(editorDoc(page).locator(".qa-warning", { hasText: /^Talents$/ })).toHaveCount(1);

    // The caret in the underlined word announces its message.
    await selectInEditor(page, "digitalization And digital", "An");
    await page.keyboard.press("ArrowRight");
    await expect(page.getByTestId("qa-caret")).toHaveText(`Error at the caret: ${AND_MESSAGE}`);
    await expect(and).toHaveClass(/isCurrent/);

    // Typing the fix by hand removes the finding once typing pauses.
    await selectInEditor(page, "digitalization And digital", "And");
    await page.keyboard.type("and");
    await expect(finding(page, "And")).toHaveCount(0);
    await expect(editorDoc(page).locator(".qa-error", { hasText: /^And$/ })).toHaveCount(0);
    await expect(panel(page).getByTestId("qa-count-error")).toHaveText("3 errors");
  });

  test("the one-click fix removes the space before the period, in one undo step", async ({ page }) => {
    const { id } = await seedDemoArticleCopy();
    await signIn(page, demo.editor);
    await openDesk(page, id);

    const space = finding(page, " .");
    await space.getByRole("button", { name: "Fix: remove the space" }).click();
    await expect(editorDoc(page)).toContainText("and other innovation platforms.");
    await expect(editorDoc(page)).not.toContainText("innovation platforms .");
    await expect(finding(page, " .")).toHaveCount(0);
    await expectSaveStatus(page, "Unsaved changes");

    // One transaction: one undo brings it back, one redo applies it again.
    await page.keyboard.press("Control+z");
    await expect(editorDoc(page)).toContainText("innovation platforms .");
    await expect(finding(page, " .")).toHaveCount(1);
    await page.keyboard.press("Control+Shift+z");
    await expect(editorDoc(page)).toContainText("and other innovation platforms.");

    await page.keyboard.press("Control+s");
    await expect(page.getByText("Saved as revision 1.")).toBeVisible();
    const db = await testDb();
    const revision = await db.revision.findFirstOrThrow({ where: { articleId: id } });
    expect(revision.plainText).toContain("and other innovation platforms.");
    expect(revision.plainText).not.toContain("innovation platforms .");
  });

  test("F8 and Shift+F8 move to the next and previous finding", async ({ page }) => {
    const { id } = await seedDemoArticleCopy();
    await signIn(page, demo.editor);
    await openDesk(page, id);

    await selectInEditor(page, "industrial digitalization And", "industrial");
    await page.keyboard.press("F8");
    expect(await selectedText(page)).toBe("And");
    await expect(page.getByTestId("qa-caret")).toHaveText(`Error at the caret: ${AND_MESSAGE}`);

    // The next one is the long sentence of the next paragraph, then its space before the period.
    await page.keyboard.press("F8");
    expect(await selectedText(page)).toMatch(/^At the same time, the Institute will also cooperate/);
    await page.keyboard.press("F8");
    expect(await selectedText(page)).toBe(" .");
    await expect(page.getByTestId("qa-caret")).toContainText("Space before punctuation.");

    await page.keyboard.press("Shift+F8");
    await page.keyboard.press("Shift+F8");
    expect(await selectedText(page)).toBe("And");
    await page.keyboard.press("Shift+F8");
    expect(await selectedText(page)).toBe("Talents");
    await expect(page.getByTestId("qa-caret")).toHaveText(`Warning at the caret: ${TALENTS_MESSAGE}`);

    // The panel's buttons do the same; a finding clicked in the list is selected in the text.
    await panel(page).getByRole("button", { name: "Next finding (F8)" }).click();
    expect(await selectedText(page)).toBe("And");
    await finding(page, "Talents").getByRole("button", { name: /is capitalized but is not a name/ }).click();
    expect(await selectedText(page)).toBe("Talents");
  });

  test("a dismissal survives a save and a reload, and says who dismissed it", async ({ page }) => {
    const { id } = await seedDemoArticleCopy();
    await signIn(page, demo.editor);
    await openDesk(page, id);

    const talents = finding(page, "Talents");
    await talents.getByRole("button", { name: "Dismiss" }).click();
    await talents.getByLabel("Intended").check();
    await talents.getByLabel("Note").fill("House style capitalizes Talents here");
    await talents.getByRole("button", { name: "Dismiss finding" }).click();
    await expect(finding(page, "Talents")).toHaveCount(0);
    await expect(panel(page).getByTestId("qa-count-dismissed")).toHaveText("1 dismissed");
    await expect(editorDoc(page).locator(".qa-warning", { hasText: /^Talents$/ })).toHaveCount(0);

    // An edit elsewhere in the same sentence, then a save and a reload.
    await selectInEditor(page, "digitalization And digital", "And");
    await page.keyboard.type("and");
    await page.keyboard.press("Control+s");
    await expect(page.getByText("Saved as revision 1.")).toBeVisible();
    await page.reload();
    await expect(editorDoc(page)).toContainText("digitalization and digital");
    await expect(panel(page).getByTestId("qa-count-dismissed")).toHaveText("1 dismissed");
    await expect(finding(page, " .")).toHaveCount(1);
    await expect(finding(page, "Talents")).toHaveCount(0);

    await panel(page).getByLabel("Show dismissed").check();
    await expect(finding(page, "Talents").getByTestId("qa-dismissed-by")).toContainText(`Dismissed by ${demo.editor.name} (Intended)`);
    await expect(finding(page, "Talents")).toContainText("House style capitalizes Talents here");

    const response = await page.request.get(`/api/articles/${id}/qa-dismissals`);
    expect(response.status()).toBe(200);
    const { dismissals } = (await response.json()) as { dismissals: { check: string; spanText: string; reason: string; userName: string }[] };
    expect(dismissals).toEqual([expect.objectContaining({ check: "capitals", spanText: "Talents", reason: "intended", userName: demo.editor.name })]);

    // Restoring it shows the finding again.
    await finding(page, "Talents").getByRole("button", { name: "Restore" }).click();
    await expect(panel(page).getByTestId("qa-count-dismissed")).toHaveText("0 dismissed");
    await expect(finding(page, "Talents")).not.toHaveClass(/isDismissed/);
  });

  test("dismissed findings are not shown as open while the dismissals load", async ({ page }) => {
    const { id } = await seedDemoArticleCopy();
    await dismissOpenQaErrors(id, demo.editor.email);
    await signIn(page, demo.editor);
    // The dismissals answer only when the test says so.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**/api/articles/${id}/qa-dismissals`, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(`/en/articles/${id}/edit`);
    await expect(page.locator('.tgt-doc[contenteditable="true"]')).toContainText("digitalization And digital");
    await expect(panel(page)).toContainText("Checking…");
    await expect(editorDoc(page).locator(".qa-error")).toHaveCount(0);

    release();
    await expect(panel(page).getByTestId("qa-count-dismissed")).toHaveText("4 dismissed");
    await expect(panel(page).getByTestId("qa-count-error")).toHaveText("No errors");
    await expect(editorDoc(page).locator(".qa-warning", { hasText: /^Talents$/ })).toHaveCount(1);
    await expect(editorDoc(page).locator(".qa-error")).toHaveCount(0);
  });
});

test.describe("QA findings on the read-only pages", () => {
  test("the revision view lists the revision's findings", async ({ page }) => {
    const { id } = await seedDemoArticleCopy();
    await seedRevision(id, demo.editor.email, ["innovation platforms .", "innovation platforms."], "No space before the period");
    await signIn(page, demo.editor);
    await page.goto(`/en/articles/${id}/revisions/1`);
    const list = page.getByTestId("qa-readonly");
    await expect(list.getByRole("heading", { name: "Checks on revision 1" })).toBeVisible();
    await expect(list.getByTestId("qa-finding").filter({ hasText: AND_MESSAGE })).toContainText("digitalization And digital industrialization");
    await expect(list.getByTestId("qa-finding").filter({ hasText: "Space before punctuation." })).toHaveCount(0);
    await expect(list.getByTestId("qa-count-error")).toHaveText("3 errors");
  });

  test("the review page lists the submitted revision's findings", async ({ page }) => {
    const { id } = await seedDemoArticleCopy();
    await seedRevision(id, demo.editor.email, ["digitalization And digital", "digitalization and digital"]);
    const db = await testDb();
    const { setArticleState } = await import("@/lib/seed/workflow-states");
    const editor = await db.user.findUniqueOrThrow({ where: { email: demo.editor.email } });
    await setArticleState(db, id, { status: "in_review", submittedById: editor.id });
    await signIn(page, demo.reviewer);
    await page.goto(`/en/articles/${id}/review`);
    const list = page.getByTestId("qa-readonly");
    await expect(list.getByRole("heading", { name: "Checks on revision 1" })).toBeVisible();
    await expect(list.getByTestId("qa-finding").filter({ hasText: "“The” is capitalized inside a sentence." })).toHaveCount(1);
    await expect(list.getByTestId("qa-finding").filter({ hasText: AND_MESSAGE })).toHaveCount(0);
  });
});
