import { expect, test } from "@playwright/test";
import { demo, signIn } from "../fixtures/auth";
import { seedDemoArticleCopy, seedRevision, testDb } from "../fixtures/db";

test("submitting the demo article with open QA errors asks for a reason, and the reviewer sees it", async ({ browser }) => {
  const { id } = await seedDemoArticleCopy();
  // One fault fixed; "digitalization And digital" and the others stay open.
  await seedRevision(id, demo.editor.email, ["innovation platforms .", "innovation platforms."]);
  const db = await testDb();
  const { checkRevision } = await import("@/lib/use-cases/check-revision");
  const open = (await checkRevision({ db, articleId: id, revisionNumber: 1 })).counts.errors;
  expect(open).toBeGreaterThan(0);

  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, demo.editor);
  await editor.goto(`/en/articles/${id}`);
  const panel = editor.getByTestId("workflow-panel");
  await panel.getByText("Submit revision 1 for review…").click();
  await panel.getByLabel("Note for the reviewer").fill("The capitals are next.");
  await panel.getByRole("button", { name: "Submit revision 1" }).click();

  // Refused: the count, a reason to give, and the note still there.
  const override = panel.getByTestId("qa-override");
  await expect(override).toContainText(`${open} QA errors are still open.`);
  await expect(panel.getByRole("alert")).toContainText(`The revision has ${open} open QA errors`);
  await expect(panel.getByLabel("Note for the reviewer")).toHaveValue("The capitals are next.");
  expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("draft");

  await override.getByLabel("Reason for going ahead with open QA errors").fill("The reviewer wants the lead first.");
  await panel.getByRole("button", { name: "Submit revision 1" }).click();
  // The page re-renders with the submission, and the override, in place of the form.
  await expect(panel.getByTestId("submission")).toContainText("Revision 1 submitted by");
  await expect(panel.getByTestId("qa-override-notice")).toHaveText(`Submitted with ${open} open QA errors — reason: The reviewer wants the lead first.`);
  const stored = await db.article.findUniqueOrThrow({ where: { id } });
  expect(stored).toMatchObject({ status: "in_review", submissionNote: "The capitals are next.", submissionQaOverride: "The reviewer wants the lead first.", submissionQaOpenErrors: open });
  const event = await db.auditEvent.findFirstOrThrow({ where: { articleId: id, action: "article.submitted" } });
  expect(JSON.parse(event.details).qaOverride).toEqual({ reason: "The reviewer wants the lead first.", openErrors: open });

  // The reviewer sees the override on the review page, and approving asks again.
  const reviewer = await (await browser.newContext()).newPage();
  await signIn(reviewer, demo.reviewer);
  await reviewer.goto(`/en/articles/${id}/review`);
  await expect(reviewer.getByTestId("qa-override-notice")).toHaveText(`Submitted with ${open} open QA errors — reason: The reviewer wants the lead first.`);
  await reviewer.getByRole("button", { name: /Approve revision 1/ }).click();
  const decision = reviewer.getByTestId("decision-panel");
  await expect(decision.getByTestId("qa-override")).toContainText(`${open} QA errors are still open.`);
  expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("in_review");
  await decision.getByLabel("Reason for going ahead with open QA errors").fill("Agreed with the editor.");
  await decision.getByRole("button", { name: /Approve revision 1/ }).click();
  await expect(reviewer.getByTestId("approval")).toContainText(`Approved: revision 1, by ${demo.reviewer.name}`);
  const review = await db.review.findFirstOrThrow({ where: { articleId: id } });
  expect(review).toMatchObject({ decision: "approved", qaOverride: "Agreed with the editor.", qaOpenErrors: open });
});
