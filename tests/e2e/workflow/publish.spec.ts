import { expect, test } from "@playwright/test";
import { demo, signIn } from "../fixtures/auth";
import { dismissOpenQaErrors, seedDemoArticleCopy, seedRevision, testDb } from "../fixtures/db";

test("a reviewer publishes the approved demo article; the export link shows the corrected text; unpublish retracts it", async ({ page, context }) => {
  const { id } = await seedDemoArticleCopy();
  await dismissOpenQaErrors(id, demo.editor.email); // the QA gate is tested in tests/e2e/qa/gate.spec.ts
  await seedRevision(id, demo.editor.email, ["digitalization And digital", "digitalization and digital"]);
  const db = await testDb();
  const { submitRevision } = await import("@/lib/use-cases/submit-revision");
  const { approveRevision } = await import("@/lib/use-cases/approve-revision");
  const actor = async (email: string) => {
    const u = await db.user.findUniqueOrThrow({ where: { email } });
    return { id: u.id, name: u.name, email: u.email, role: u.role as "editor" | "reviewer" };
  };
  await submitRevision({ db, actor: await actor(demo.editor.email), articleId: id, input: { revisionNumber: 1 } });
  await approveRevision({ db, actor: await actor(demo.reviewer.email), articleId: id, input: { revisionNumber: 1 } });

  await signIn(page, demo.reviewer);
  await page.goto(`/en/articles/${id}`);
  const controls = page.getByTestId("publish-controls");
  await expect(controls).toContainText("Not published");
  await controls.getByRole("button", { name: "Publish revision 1" }).click();
  await page.getByRole("dialog", { name: "Publish revision 1?" }).getByRole("button", { name: "Publish revision 1" }).click();
  await expect(controls).toContainText(/Live: version 1/);

  const exportLink = controls.getByRole("link", { name: "Export (JSON)" });
  const [exported] = await Promise.all([context.waitForEvent("page"), exportLink.click()]);
  await exported.waitForLoadState();
  const body = await exported.locator("body").innerText();
  expect(body).toContain("digitalization and digital industrialization");
  expect(body).not.toContain("digitalization And digital");

  // Editing after publishing never changes what is served.
  await seedRevision(id, demo.editor.email, ["innovation platforms .", "innovation platforms."]);
  await exported.reload();
  expect(await exported.locator("body").innerText()).toContain("innovation platforms .");

  // Retract: the export answers 410 Gone.
  await page.reload();
  await controls.getByRole("button", { name: "Unpublish" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Unpublish" }).click();
  await expect(controls).toContainText("Not published");
  const gone = await page.request.get(`/api/v1/export/articles/${id}`);
  expect(gone.status()).toBe(410);
});
