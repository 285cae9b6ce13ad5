import { expect, test } from "@playwright/test";
import { demo, signIn } from "../fixtures/auth";
import { seedDraftArticle, testDb } from "../fixtures/db";
import { expectSaveStatus, selectInEditor } from "../fixtures/editor";

test("threads on a selection and on the caret's sentence: reply, resolve, persist, and follow later edits", async ({ page }) => {
  const { id } = await seedDraftArticle({
    sourceBody: "五月物价大幅上涨。部长周一发表讲话。\n\n第二段。",
    mtBody: "Prices rose sharply in May. The minister spoke on Monday.\n\nSecond paragraph.",
  });
  await signIn(page, demo.editor);
  await page.goto(`/en/articles/${id}/edit`);
  const panel = page.locator("aside.comments-panel");
  const highlights = page.locator(".tgt-doc .comment-anchor");
  const count = panel.getByTestId("open-thread-count");
  await expect(panel.getByText("No comments yet.", { exact: false })).toBeVisible();

  // A thread on a selected range.
  await selectInEditor(page, "Prices rose sharply", "rose sharply");
  await panel.getByRole("button", { name: "Comment on selection" }).click();
  await panel.getByLabel("New comment").fill("Too strong?");
  await panel.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(highlights).toHaveText("rose sharply");

  // A thread on the sentence holding the caret.
  await selectInEditor(page, "The minister spoke", "minister");
  await page.keyboard.press("ArrowRight");
  await panel.getByRole("button", { name: "Comment on this sentence" }).click();
  await panel.getByLabel("New comment").fill("Which minister?");
  await panel.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(highlights.filter({ hasText: "minister" })).toHaveText("The minister spoke on Monday.");
  await expect(count).toHaveText("2 open threads");

  const first = panel.locator(".comments-thread").filter({ hasText: "Too strong?" });
  await first.getByLabel("Reply to this thread").fill("Just “rose”.");
  await first.getByRole("button", { name: "Reply", exact: true }).click();
  await expect(first.getByText("Just “rose”.")).toBeVisible();
  const second = panel.locator(".comments-thread").filter({ hasText: "Which minister?" });
  await second.getByRole("button", { name: "Resolve", exact: true }).click();
  await expect(count).toHaveText("1 open thread");
  await expect(second.getByText(/^Resolved by /)).toBeVisible();

  // Everything persists; resolved threads are hidden until asked for.
  await page.reload();
  await expect(count).toHaveText("1 open thread");
  await expect(highlights).toHaveText("rose sharply");
  await expect(panel.locator(".comments-thread")).toHaveCount(1);
  await expect(first.getByText("Just “rose”.")).toBeVisible();
  await panel.getByLabel("Show resolved").check();
  await expect(panel.locator(".comments-thread")).toHaveCount(2);
  await expect(second.getByRole("button", { name: "Reopen", exact: true })).toBeVisible();

  // Typing before the anchor, then saving: the highlight stays on the same words.
  await selectInEditor(page, "Prices rose", "Prices");
  await page.keyboard.type("Consumer prices");
  await expect(highlights).toHaveText("rose sharply");
  await page.keyboard.press("Control+s");
  await expectSaveStatus(page, "Saved");
  await expect(page.getByText("Saved as revision 1.")).toBeVisible();
  await page.reload();
  await expect(highlights).toHaveText("rose sharply");
  await first.getByRole("button", { name: /rose sharply/ }).click();
  await expect(highlights).toHaveClass(/is-active/);

  // The keyboard way in: Ctrl+Alt+M opens the comment box, Escape closes it.
  await selectInEditor(page, "Second paragraph", "paragraph");
  await page.keyboard.press("Control+Alt+M");
  await expect(panel.getByLabel("New comment")).toBeFocused();
  await expect(panel.locator(".comments-quote")).toHaveText("paragraph");
  await page.keyboard.press("Escape");
  await expect(panel.getByLabel("New comment")).toHaveCount(0);

  const db = await testDb();
  const open = await db.commentThread.findFirstOrThrow({ where: { articleId: id, status: "open" } });
  expect(open).toMatchObject({ anchorRevision: 1, anchorBlock: 0, anchorStart: "Consumer prices ".length, quote: "rose sharply" });
  const actions = (await db.auditEvent.findMany({ where: { articleId: id, action: { startsWith: "comment." } } })).map((e) => e.action).sort();
  expect(actions).toEqual(["comment.replied", "comment.resolved", "comment.thread_created", "comment.thread_created"]);
});
