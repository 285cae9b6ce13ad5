/**
 * Small things users expect (issue 13, point 10): a 404 inside the app keeps
 * the navigation, the "Export (JSON)" link shows JSON, an untouched MT is not
 * "Saved" on the desk, and the audit log downloads as CSV with the filters.
 */
import { expect, test } from "@playwright/test";
import { demo, signIn } from "./fixtures/auth";
import { seedArticleInState, seedDraftArticle, testDb } from "./fixtures/db";
import { expectSaveStatus, selectInEditor } from "./fixtures/editor";

test("a 404 inside the app keeps the navigation, for a missing article and an unknown path", async ({ page }) => {
  await signIn(page, demo.editor);
  for (const path of ["/en/articles/no-such-article", "/en/articles/no-such-article/history", "/en/no/such/page"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    const nav = page.getByRole("navigation", { name: "Main navigation" });
    await expect(nav.getByRole("link", { name: /My work/ })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  }
  // The navigation works from the 404.
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Import" }).click();
  await expect(page).toHaveURL(/\/en\/import/);
});

test("the Export (JSON) link opens the live version as JSON, not as HTML", async ({ page, context }) => {
  const db = await testDb();
  const reviewer = await db.user.findUniqueOrThrow({ where: { email: demo.reviewer.email } });
  const id = await seedArticleInState({ authorEmails: [demo.editor.email], state: { status: "approved", approvedRevisionNumber: 1, approvedById: reviewer.id }, title: "Harbour reopens" });
  const { publishArticle } = await import("@/lib/use-cases/publish-article");
  await publishArticle({ db, actor: { id: reviewer.id, name: reviewer.name, email: reviewer.email, role: "reviewer" }, articleId: id, input: { revisionNumber: 1 } });

  await signIn(page, demo.editor);
  await page.goto(`/en/articles/${id}`);
  const link = page.getByTestId("publish-controls").getByRole("link", { name: "Export (JSON)" });
  const [exported] = await Promise.all([context.waitForEvent("page"), link.click()]);
  await exported.waitForLoadState();
  expect(new URL(exported.url()).pathname).toBe(`/api/v1/export/articles/${id}`);
  // The browser shows the JSON as text (an HTML rendering would show the title as a heading, no quotes).
  await expect(exported.locator("body")).toContainText('"title":"Harbour reopens"');
  // What the link's URL answers to a browser's own Accept header.
  const response = await exported.reload();
  expect(response?.status()).toBe(200);
  expect(response?.headers()["content-type"]).toMatch(/^application\/json/);
  expect(response?.headers()["cache-control"]).toBe("private, no-store");
  expect(response?.headers()["content-disposition"]).toBeUndefined();
  expect(JSON.parse((await response?.text()) ?? "")).toMatchObject({ id, title: "Harbour reopens", version: 1 });
});

test("an untouched MT is not labelled Saved on the desk", async ({ page }) => {
  const { id } = await seedDraftArticle();
  await signIn(page, demo.editor);
  await page.goto(`/en/articles/${id}/edit`);
  await expectSaveStatus(page, "Not edited yet");
  await expect(page.getByTestId("save-status")).toHaveAttribute("title", "Machine translation — not edited yet: no revision has been saved.");
  await selectInEditor(page, "First paragraph.", "First");
  await page.keyboard.type("Opening");
  await expectSaveStatus(page, "Unsaved changes");
  await page.keyboard.press("Control+s");
  await expect(page.getByText("Saved as revision 1.")).toBeVisible();
  await expectSaveStatus(page, "Saved");
  // Once a revision exists, reopening the desk says Saved.
  await page.reload();
  await expectSaveStatus(page, "Saved");

  // In Chinese too.
  const { id: other } = await seedDraftArticle();
  await page.goto(`/zh/articles/${other}/edit`);
  await expectSaveStatus(page, "尚未编辑");
});

test("the audit log downloads as CSV with the filters shown", async ({ page }) => {
  const { id } = await seedDraftArticle({ mtTitle: "=1+1 harbour" });
  await signIn(page, demo.admin);
  await page.goto(`/en/admin/audit?action=article.imported&article=${id}`);
  const link = page.getByRole("link", { name: "Download CSV" });
  await expect(link).toHaveAttribute("href", `/api/admin/audit/csv?action=article.imported&article=${id}`);
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
  const response = await page.request.get((await link.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8; header=present");
  const lines = (await response.text()).replace(/^\uFEFF/, "").split("\r\n");
  expect(lines[0]).toBe("Time (UTC),Action,Actor type,Actor ID,Actor,Subject type,Subject ID,Article ID,Article title,Original title,Details (JSON)");
  expect(lines.slice(1, -1)).toHaveLength(1);
  expect(lines[1]).toContain(`article.imported`);
  expect(lines[1]).toContain(`,'=1+1 harbour,`);
  expect(lines.at(-1)).toBe("");

  // An editor is refused.
  await page.context().clearCookies();
  await signIn(page, demo.editor);
  expect((await page.request.get("/api/admin/audit/csv")).status()).toBe(403);
});
