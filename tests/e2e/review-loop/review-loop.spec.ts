import { expect, test, type Browser } from "@playwright/test";
import { demo, signIn } from "../fixtures/auth";
import { dismissOpenQaErrors, seedDemoArticleCopy, seedRevision, testDb } from "../fixtures/db";
import { selectInEditor } from "../fixtures/editor";

async function contextFor(browser: Browser, user: { email: string; password: string }, locale: "en" | "zh" = "en") {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, user, locale);
  return page;
}

async function actorOf(email: string) {
  const db = await testDb();
  const u = await db.user.findUniqueOrThrow({ where: { email } });
  return { id: u.id, name: u.name, email: u.email, role: u.role as "editor" | "reviewer" };
}

/** The review use-cases, as the workflow API runs them (setup only: the UI is what these specs drive). */
async function workflow() {
  const db = await testDb();
  const { submitRevision } = await import("@/lib/use-cases/submit-revision");
  const { requestChanges } = await import("@/lib/use-cases/request-changes");
  return {
    submit: async (id: string, revisionNumber: number, reviewerId: string | null = null) =>
      submitRevision({ db, actor: await actorOf(demo.editor.email), articleId: id, input: { revisionNumber, reviewerId } }),
    requestChanges: async (id: string, revisionNumber: number, comment: string) =>
      requestChanges({ db, actor: await actorOf(demo.reviewer.email), articleId: id, input: { revisionNumber, categories: ["grammar"], comment } }),
  };
}

const SPACE_FIX: [string, string] = ["innovation platforms .", "innovation platforms."];
const AND_FIX: [string, string] = ["digitalization And digital", "digitalization and digital"];

test("a resubmission opens on the changes since the revision sent back, and goes back to that reviewer by default", async ({ browser }) => {
  const { id } = await seedDemoArticleCopy();
  await dismissOpenQaErrors(id, demo.editor.email);
  const flow = await workflow();
  const reviewerActor = await actorOf(demo.reviewer.email);
  await seedRevision(id, demo.editor.email, SPACE_FIX);
  await flow.submit(id, 1, reviewerActor.id);
  await flow.requestChanges(id, 1, "Lower-case the And, please.");
  await seedRevision(id, demo.editor.email, AND_FIX);

  // Resubmitting: the picker already names the reviewer who asked for the changes.
  const editor = await contextFor(browser, demo.editor);
  await editor.goto(`/en/articles/${id}`);
  const panel = editor.getByTestId("workflow-panel");
  await panel.getByText("Submit revision 2 for review…").click();
  await expect(panel.getByLabel("Reviewer", { exact: true })).toHaveValue(reviewerActor.id);
  await panel.getByRole("button", { name: "Submit revision 2" }).click();
  await expect(panel.getByTestId("submission")).toContainText(`Revision 2 submitted by ${demo.editor.name} to ${demo.reviewer.name}`);

  // The reviewer sees only what the editor did about the request.
  const reviewer = await contextFor(browser, demo.reviewer);
  await reviewer.goto(`/en/articles/${id}/review`);
  await expect(reviewer.getByRole("link", { name: "Since revision 1 you sent back" })).toHaveAttribute("aria-current", "true");
  const diff = reviewer.getByTestId("review-diff");
  await expect(diff.getByRole("heading", { name: "Revision 1 → Revision 2" })).toBeVisible();
  await expect(diff.locator('[data-kind="changed"]')).toHaveCount(1);
  await expect(diff.locator("del.diff-del")).toHaveText(["And"]);
  await expect(diff.locator("ins.diff-ins")).toHaveText(["and"]);
  await expect(reviewer.getByTestId("returned-explainer")).toContainText("sent back for changes");
  // One click to the MT: both fixes.
  await reviewer.getByRole("link", { name: "Against the MT" }).click();
  await expect(reviewer).toHaveURL(/base=mt/);
  await expect(diff.getByRole("heading", { name: "MT → Revision 2" })).toBeVisible();
  await expect(diff.locator('[data-kind="changed"]')).toHaveCount(2);
  await expect(diff.locator("del.diff-del")).toHaveText(["And", " "]);
});

test("approving offers Publish; publishing asks first and shows what goes out: first publication, then the diff against the live version", async ({ browser }) => {
  const { id } = await seedDemoArticleCopy();
  await dismissOpenQaErrors(id, demo.editor.email);
  const flow = await workflow();
  await seedRevision(id, demo.editor.email, SPACE_FIX);
  await flow.submit(id, 1);
  const db = await testDb();

  const reviewer = await contextFor(browser, demo.reviewer);
  await reviewer.goto(`/en/articles/${id}/review`);
  await reviewer.getByRole("button", { name: /Approve revision 1/ }).click();
  const controls = reviewer.getByTestId("review-publish");
  await expect(controls).toContainText("Revision 1 is approved and not yet published.");
  await controls.getByRole("button", { name: "Publish revision 1" }).click();
  const first = reviewer.getByRole("dialog", { name: "Publish revision 1?" });
  await expect(first.getByTestId("publish-first")).toHaveText("First publication: revision 1 goes out in full; nothing of this article is live yet.");
  // Cancelling publishes nothing.
  await first.getByRole("button", { name: "Cancel" }).click();
  await expect(first).toBeHidden();
  expect(await db.publishedVersion.count({ where: { articleId: id } })).toBe(0);
  await controls.getByRole("button", { name: "Publish revision 1" }).click();
  await first.getByRole("button", { name: "Publish revision 1" }).click();
  await expect(controls).toContainText("Live: version 1 (revision 1)");

  // The next round: approving with Ctrl+Enter asks first (Cancel leaves it in review), then the diff against live.
  await seedRevision(id, demo.editor.email, AND_FIX);
  await flow.submit(id, 2);
  await reviewer.goto(`/en/articles/${id}/review`);
  await expect(reviewer.getByTestId("submission")).toContainText("Revision 2 submitted");
  await reviewer.getByRole("link", { name: "Against the MT" }).waitFor();
  await reviewer.keyboard.press("Control+Enter");
  const approve = reviewer.getByRole("dialog", { name: "Approve revision 2?" });
  await expect(approve).toBeVisible();
  await approve.getByRole("button", { name: "Cancel" }).click();
  await expect(approve).toBeHidden();
  expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("in_review");
  await reviewer.keyboard.press("Control+Enter");
  await expect(approve.getByRole("button", { name: "Approve", exact: true })).toBeFocused();
  await reviewer.keyboard.press("Enter");
  await expect(reviewer.getByTestId("approval")).toContainText("Approved: revision 2");
  await controls.getByRole("button", { name: "Publish revision 2" }).click();
  const next = reviewer.getByRole("dialog", { name: "Publish revision 2?" });
  await expect(next.getByTestId("publish-against")).toHaveText("What changes against the live version 1 (revision 1) when revision 2 goes out:");
  await expect(next.getByTestId("publish-diff").locator("del.diff-del")).toHaveText(["And"]);
  await expect(next.getByTestId("publish-diff").locator("ins.diff-ins")).toHaveText(["and"]);
  await expect(next.getByTestId("publish-diff").locator('[data-kind="equal"]')).toHaveCount(0);
  await next.getByRole("button", { name: "Publish revision 2" }).click();
  await expect(controls).toContainText("Live: version 2 (revision 2)");
  expect(await db.publishedVersion.count({ where: { articleId: id } })).toBe(2);
});

test("editors submit from the desk once saved; compare shows aligned rows, headline first, and 'only changed' hides rows on both sides", async ({ browser }) => {
  const { id } = await seedDemoArticleCopy();
  await dismissOpenQaErrors(id, demo.editor.email);
  const db = await testDb();
  const reviewerActor = await actorOf(demo.reviewer.email);
  const editor = await contextFor(browser, demo.editor);
  await editor.goto(`/en/articles/${id}/edit`);
  const title = editor.getByLabel("Translated title");
  await title.fill(`${await title.inputValue()} (updated)`);
  await selectInEditor(editor, "innovation platforms .", "platforms .");
  await editor.keyboard.type("platforms.");
  // Not before it is saved.
  await expect(editor.getByTestId("save-status")).toHaveText("Unsaved changes");
  await expect(editor.getByRole("button", { name: "Submit for review…" })).toHaveCount(0);
  await editor.keyboard.press("Control+s");
  await expect(editor.getByText("Saved as revision 1.")).toBeVisible();
  await expect(editor.getByRole("button", { name: "Submit for review…" })).toBeVisible();
  await editor.screenshot({ path: "tests/screenshots/review-loop-desk-submit-en-1280.png" });
  await editor.getByRole("button", { name: "Submit for review…" }).click();
  await editor.screenshot({ path: "tests/screenshots/review-loop-desk-submit-dialog-en-1280.png" });
  const dialog = editor.getByRole("dialog", { name: "Submit revision 1 for review…" });
  await dialog.getByLabel("Reviewer", { exact: true }).selectOption({ label: demo.reviewer.name });
  await dialog.getByLabel("Note for the reviewer").fill("Headline and a stray space.");
  await dialog.getByRole("button", { name: "Submit revision 1" }).click();
  await expect(editor.getByTestId("desk-submitted")).toContainText("Revision 1 submitted for review.");
  const stored = await db.article.findUniqueOrThrow({ where: { id } });
  expect([stored.status, stored.submittedRevisionNumber, stored.assignedReviewerId, stored.submissionNote]).toEqual(["in_review", 1, reviewerActor.id, "Headline and a stray space."]);

  // Compare: the headline row first, each original paragraph beside the diff of its translation.
  await editor.goto(`/en/articles/${id}/compare?from=0&to=1`);
  const table = editor.getByTestId("aligned-diff");
  const headline = table.getByTestId("aligned-headline");
  await expect(headline).toContainText(stored.sourceTitle);
  await expect(headline.locator("ins.diff-ins")).toHaveText([" (updated)"]);
  const firstRow = table.locator("[data-testid=aligned-headline], [data-testid=aligned-row]").first();
  await expect(firstRow).toHaveAttribute("data-testid", "aligned-headline");
  const rows = table.getByTestId("aligned-row");
  await expect(rows).toHaveCount(6);
  await expect(rows.nth(0)).toContainText("作者：yqqlm yqqlm");
  await expect(rows.nth(0)).toContainText("By yqqlm yqqlm");
  const changed = rows.filter({ has: editor.locator("del.diff-del") });
  await expect(changed).toHaveCount(1);
  await expect(changed).toContainText("技术创新中心等创新平台");
  await expect(changed).toContainText("innovation platforms");

  // Only changed: unchanged rows go, original and translation alike; the headline stays (it changed).
  await editor.getByRole("link", { name: "Only changed paragraphs" }).click();
  await expect(editor).toHaveURL(/changed=1/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("技术创新中心等创新平台");
  await expect(table).not.toContainText("作者：yqqlm yqqlm");
  await expect(table).not.toContainText("By yqqlm yqqlm");
  await expect(headline).toBeVisible();
  await expect(editor.getByTestId("hidden-rows")).toHaveText("5 unchanged rows hidden");

  // The review page lays the submission out the same way.
  const reviewer = await contextFor(browser, demo.reviewer);
  await reviewer.goto(`/en/articles/${id}/review`);
  const review = reviewer.getByTestId("review-diff");
  await expect(review.getByTestId("aligned-headline")).toContainText(stored.sourceTitle);
  await expect(review.getByTestId("aligned-row")).toHaveCount(6);
});

test("review and compare at 900, 1280 and 1920 px in English and Chinese (screenshots)", async ({ browser }) => {
  test.setTimeout(180_000);
  const { id } = await seedDemoArticleCopy();
  await dismissOpenQaErrors(id, demo.editor.email);
  const flow = await workflow();
  await seedRevision(id, demo.editor.email, SPACE_FIX);
  await flow.submit(id, 1);
  await flow.requestChanges(id, 1, "Lower-case the And, please.");
  await seedRevision(id, demo.editor.email, AND_FIX);
  await flow.submit(id, 2);
  for (const locale of ["en", "zh"] as const) {
    const page = await contextFor(browser, demo.reviewer, locale);
    for (const width of [900, 1280, 1920]) {
      await page.setViewportSize({ width, height: 1000 });
      for (const [name, url] of [
        ["review", `/${locale}/articles/${id}/review`],
        ["review-mt-split", `/${locale}/articles/${id}/review?base=mt&view=split`],
        ["compare", `/${locale}/articles/${id}/compare?from=0&to=2`],
        ["compare-changed", `/${locale}/articles/${id}/compare?from=0&to=2&changed=1&view=split`],
      ] as const) {
        await page.goto(url);
        await expect(page.getByTestId("aligned-diff")).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${name} ${locale} ${width}`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `tests/screenshots/review-loop-${name}-${locale}-${width}.png`, fullPage: true });
      }
    }
    await page.context().close();
  }
});
