import { expect, test, type Browser, type Page } from "@playwright/test";
import { demo, signIn } from "../fixtures/auth";
import { dismissOpenQaErrors, seedDemoArticleCopy, seedRevision, seedUser } from "../fixtures/db";
import { selectInEditor } from "../fixtures/editor";

async function contextFor(browser: Browser, user: { email: string; password: string }, locale: "en" | "zh" = "en") {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, user, locale);
  return page;
}

/** Edits in the desk and saves with Ctrl+S; waits for "Saved as revision n." */
async function editAndSave(page: Page, articleId: string, within: string, target: string, replacement: string, number: number) {
  await page.goto(`/en/articles/${articleId}/edit`);
  await selectInEditor(page, within, target);
  await page.keyboard.type(replacement);
  await page.keyboard.press("Control+s");
  await expect(page.getByText(`Saved as revision ${number}.`)).toBeVisible();
}

/** Selects `target` inside the first text containing `context` in the read-only review text, as a mouse would. */
async function selectInReviewText(page: Page, context: string, target: string) {
  const doc = page.locator(".commented-doc");
  await expect(doc).toContainText(context);
  await doc.evaluate(
    (root, { context, target }) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(context) ?? -1;
        if (at === -1) continue;
        const from = at + context.indexOf(target);
        const range = document.createRange();
        range.setStart(node, from);
        range.setEnd(node, from + target.length);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error(`text not found: ${context}`);
    },
    { context, target },
  );
}

async function submit(page: Page, articleId: string, number: number, reviewer: string | null, note: string) {
  await page.goto(`/en/articles/${articleId}`);
  const panel = page.getByTestId("workflow-panel");
  await panel.getByText(`Submit revision ${number} for review…`).click();
  if (reviewer) await panel.getByLabel("Reviewer", { exact: true }).selectOption({ label: reviewer });
  await panel.getByLabel("Note for the reviewer").fill(note);
  await panel.getByRole("button", { name: `Submit revision ${number}` }).click();
  // The page re-renders with the submission in place of the form.
  await expect(panel.getByTestId("submission")).toContainText(`Revision ${number} submitted by`);
}

test("editor submits, reviewer sends back with reasons, editor fixes and resubmits, reviewer approves", async ({ browser }) => {
  // The whole review cycle in two browsers, some 70 steps: about 45 s alone, over the 60 s default when the suite runs beside it.
  test.slow();
  const { id } = await seedDemoArticleCopy();
  await dismissOpenQaErrors(id, demo.editor.email); // the QA gate is tested in tests/e2e/qa/gate.spec.ts
  const editor = await contextFor(browser, demo.editor);
  const reviewer = await contextFor(browser, demo.reviewer);

  await editAndSave(editor, id, "innovation platforms .", "platforms .", "platforms.", 1);
  await submit(editor, id, 1, demo.reviewer.name, "First pass: please check the terminology.");
  await editor.reload();
  await expect(editor.getByTestId("submission")).toContainText(`Revision 1 submitted by ${demo.editor.name} to ${demo.reviewer.name}`);

  // The reviewer opens the review view from the article.
  await reviewer.goto(`/en/articles/${id}`);
  await reviewer.getByRole("link", { name: "Review revision 1" }).click();
  await expect(reviewer).toHaveURL(new RegExp(`/en/articles/${id}/review`));
  await expect(reviewer.getByTestId("submitter-note")).toHaveText("First pass: please check the terminology.");
  // Against the MT: exactly one change, the stray space before the full stop.
  await expect(reviewer.getByTestId("review-diff").locator('[data-kind="changed"]')).toHaveCount(1);
  await expect(reviewer.getByTestId("review-diff").locator("del.diff-del")).toHaveText([" "]);
  // A comment on the sentence with the faulty "And", in the text view.
  await reviewer.getByRole("link", { name: /Text and comments/ }).click();
  await expect(reviewer.getByTestId("open-threads")).toHaveText("No open threads");
  await selectInReviewText(reviewer, "digitalization And digital industrialization", "digitalization And digital industrialization");
  const reviewPanel = reviewer.locator("aside.comments-panel");
  await reviewPanel.getByRole("button", { name: "Comment on selection" }).click();
  await reviewPanel.getByLabel("New comment").fill("Capital “And” mid-sentence.");
  await reviewPanel.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(reviewer.locator(".commented-doc .comment-anchor")).toHaveText("digitalization And digital industrialization");
  await reviewer.getByRole("button", { name: "Request changes…" }).click();
  await reviewer.getByLabel("Awkward phrasing").check();
  await reviewer.getByRole("textbox", { name: "Comment", exact: true }).fill("“digitalization And digital” still reads like MT.");
  await reviewer.getByRole("button", { name: "Send back for changes" }).click();
  await expect(reviewer.getByTestId("change-request")).toContainText(`${demo.reviewer.name} requested changes to revision 1`);

  // The editor sees the reason at the top of the editor, fixes, and resubmits.
  await editor.goto(`/en/articles/${id}/edit`);
  const banner = editor.getByTestId("change-request");
  await expect(banner).toContainText(`${demo.reviewer.name} requested changes to revision 1`);
  await expect(banner.locator(".chip")).toHaveText(["Awkward phrasing"]);
  await expect(banner).toContainText("still reads like MT");
  // The reviewer's thread is there, on the same words; the editor fixes, replies and resolves.
  const editorPanel = editor.locator("aside.comments-panel");
  const thread = editorPanel.locator(".comments-thread").filter({ hasText: "Capital “And” mid-sentence." });
  await expect(thread).toBeVisible();
  await expect(editor.locator(".tgt-doc .comment-anchor")).toHaveText("digitalization And digital industrialization");
  await selectInEditor(editor, "digitalization And digital", "And");
  await editor.keyboard.type("and");
  await editor.keyboard.press("Control+s");
  await expect(editor.getByText("Saved as revision 2.")).toBeVisible();
  await expect(editor.locator(".tgt-doc .comment-anchor")).toHaveText("digitalization and digital industrialization");
  await thread.getByLabel("Reply to this thread").fill("Lower-cased it.");
  await thread.getByRole("button", { name: "Reply", exact: true }).click();
  await expect(thread.getByText("Lower-cased it.")).toBeVisible();
  await thread.getByRole("button", { name: "Resolve", exact: true }).click();
  await expect(editorPanel.getByTestId("open-thread-count")).toHaveText("No open threads");
  await submit(editor, id, 2, null, "Fixed the capital And.");

  // The reviewer approves with the keyboard.
  await reviewer.goto(`/en/articles/${id}/review`);
  await expect(reviewer.getByTestId("submission")).toContainText("Revision 2 submitted");
  await reviewer.getByRole("link", { name: "Against the MT" }).waitFor();
  await reviewer.keyboard.press("j");
  await expect(reviewer.getByTestId("change-position")).toContainText("Change 1 of");
  // Ctrl+Enter asks first; Enter on the focused Approve confirms.
  await reviewer.keyboard.press("Control+Enter");
  await expect(reviewer.getByRole("dialog", { name: "Approve revision 2?" })).toBeVisible();
  await reviewer.keyboard.press("Enter");
  await expect(reviewer.getByTestId("approval")).toContainText(`Approved: revision 2, by ${demo.reviewer.name}`);
  await reviewer.goto(`/en/articles/${id}`);
  await expect(reviewer.getByTestId("approval")).toContainText(`Approved: revision 2, by ${demo.reviewer.name}`);
  await expect(reviewer.getByTestId("article-open-threads")).toHaveText("No open threads");
  // The timeline shows every step, newest first.
  const timeline = reviewer.getByTestId("article-timeline");
  for (const step of [
    `${demo.reviewer.name} approved revision 2`,
    `${demo.editor.name} submitted revision 2 for review`,
    `${demo.editor.name} resolved a comment thread`,
    `${demo.editor.name} replied to a comment`,
    `${demo.editor.name} saved revision 2`,
    `${demo.reviewer.name} requested changes to revision 1`,
    "Awkward phrasing",
    `${demo.reviewer.name} commented`,
    `${demo.editor.name} submitted revision 1 for review to ${demo.reviewer.name}`,
    `${demo.editor.name} saved revision 1`,
    "imported the article",
  ]) {
    await expect(timeline).toContainText(step);
  }

  // Editing after approval starts a new draft; the diff against the approved revision shows just that edit.
  await seedRevision(id, demo.editor.email, ["innovation Talents", "innovation talents"]);
  await reviewer.reload();
  await expect(reviewer.getByTestId("approval")).toContainText("Approved: revision 2");
  await reviewer.getByRole("link", { name: "Changes since approval" }).click();
  await expect(reviewer).toHaveURL(new RegExp(`compare\\?from=2&to=3`));
  await expect(reviewer.getByTestId("compare-presets").getByRole("link", { name: "approved revision 2" })).toHaveAttribute("aria-current", "true");
  await expect(reviewer.getByTestId("diff").last().locator("del.diff-del")).toHaveText(["Talents"]);
  await expect(reviewer.getByTestId("diff").last().locator("ins.diff-ins")).toHaveText(["talents"]);
});

test("a reviewer who edited the submission gets no decision buttons, and the API refuses", async ({ browser }) => {
  const { id } = await seedDemoArticleCopy();
  await dismissOpenQaErrors(id, demo.editor.email); // the QA gate is tested in tests/e2e/qa/gate.spec.ts
  const otherReviewer = await seedUser("reviewer");
  await seedRevision(id, demo.reviewer.email, ["innovation platforms .", "innovation platforms."]);
  await seedRevision(id, demo.editor.email, ["digitalization And digital", "digitalization and digital"]);
  const editor = await contextFor(browser, demo.editor);
  await submit(editor, id, 2, otherReviewer.name, "Both fixes.");

  const reviewer = await contextFor(browser, demo.reviewer);
  await reviewer.goto(`/en/articles/${id}/review`);
  await expect(reviewer.getByTestId("cannot-decide")).toHaveText("You edited this submission, so another reviewer must decide on it.");
  await expect(reviewer.getByRole("button", { name: /Approve/ })).toHaveCount(0);
  await expect(reviewer.getByRole("button", { name: "Request changes…" })).toHaveCount(0);
  const refused = await reviewer.request.post(`/api/articles/${id}/workflow/approve`, { data: { revisionNumber: 2 } });
  expect(refused.status()).toBe(403);

  // The named reviewer, who did not edit it, may approve.
  const other = await contextFor(browser, otherReviewer);
  await other.goto(`/en/articles/${id}/review`);
  await expect(other.getByRole("button", { name: /Approve revision 2/ })).toBeVisible();
});

for (const locale of ["en", "zh"] as const) {
  test(`the review view in ${locale} (screenshot)`, async ({ browser }) => {
    const l = locale === "en"
      ? { h1: "Review", approve: /Approve revision 2/, mt: "Against the MT", request: "Request changes…" }
      : { h1: "审阅", approve: /批准修订 2/, mt: "与机器翻译比较", request: "要求修改…" };
    const { id } = await seedDemoArticleCopy();
    await dismissOpenQaErrors(id, demo.editor.email); // the QA gate is tested in tests/e2e/qa/gate.spec.ts
  await dismissOpenQaErrors(id, demo.editor.email); // the QA gate is tested in tests/e2e/qa/gate.spec.ts
    await seedRevision(id, demo.editor.email, ["digitalization And digital", "digitalization and digital"]);
    await seedRevision(id, demo.editor.email, ["innovation platforms .", "innovation platforms."]);
    const editor = await contextFor(browser, demo.editor);
    await submit(editor, id, 2, null, locale === "en" ? "Fixed the capital And and a stray space." : "修正了大写的 And 和多余的空格。");
    await expect(editor.getByTestId("workflow-panel").getByRole("button", { name: "Withdraw" })).toBeVisible();
    const reviewer = await contextFor(browser, demo.reviewer, locale);
    await reviewer.setViewportSize({ width: 1280, height: 1000 });
    await reviewer.goto(`/${locale}/articles/${id}/review`);
    await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText(l.h1);
    await expect(reviewer.getByRole("button", { name: l.approve })).toBeVisible();
    await expect(reviewer.getByRole("link", { name: l.mt })).toHaveAttribute("aria-current", "true");
    await reviewer.getByRole("button", { name: l.request }).click();
    await expect(reviewer.getByTestId("change-position")).toHaveText(locale === "en" ? "2 changes" : "共 2 处改动");
    const overflow = await reviewer.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await reviewer.screenshot({ path: `tests/screenshots/review-${locale}-1280.png`, fullPage: true });
  });
}
