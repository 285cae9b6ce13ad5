import { expect, test } from "@playwright/test";
import { demo, signIn } from "../fixtures/auth";
import { alerts } from "../fixtures/ui";
import { seedUser, testDb } from "../fixtures/db";

test.describe("administration", () => {
  test("an editor opening the admin page gets 403", async ({ page }) => {
    await signIn(page, demo.editor);
    const response = await page.goto("/en/admin");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  });

  test("a reviewer gets 403 too", async ({ page }) => {
    await signIn(page, demo.reviewer);
    expect((await page.goto("/en/admin"))?.status()).toBe(403);
  });

  test("disabling a user signs them out at once and keeps them out", async ({ browser }) => {
    const victim = await seedUser("editor");
    const victimContext = await browser.newContext();
    const victimPage = await victimContext.newPage();
    await signIn(victimPage, victim);

    const adminContext = await browser.newContext();
    const adminPage = await adminContext.newPage();
    await signIn(adminPage, demo.admin);
    await adminPage.goto("/en/admin");
    const row = adminPage.getByTestId(`user-row-${victim.email}`);
    await row.getByRole("button", { name: "Disable" }).click();
    const dialog = adminPage.getByRole("dialog");
    await expect(dialog).toContainText(`Disable ${victim.name}?`);
    await dialog.getByRole("button", { name: "Disable" }).click();
    await expect(row).toContainText("Disabled");

    const db = await testDb();
    expect(await db.session.count({ where: { userId: victim.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { subjectId: victim.id, action: "user.disabled" } })).toBe(1);

    await victimPage.goto("/en/articles");
    await expect(victimPage).toHaveURL(/\/en\/sign-in/);
    await victimPage.getByLabel("Email").fill(victim.email);
    await victimPage.getByLabel("Password").fill(victim.password);
    await victimPage.getByRole("button", { name: "Sign in" }).click();
    await expect(alerts(victimPage)).toHaveText("This account is disabled. Ask an administrator.");
    await victimContext.close();
    await adminContext.close();
  });

  test("an admin creates a user who can then sign in with the new role", async ({ page, browser }) => {
    await signIn(page, demo.admin);
    await page.goto("/en/admin");
    const email = `new-${Date.now()}@e2e.local`;
    await page.getByLabel("Name", { exact: true }).fill("New Reviewer");
    await page.getByLabel("Email", { exact: true }).fill(email);
    await page.getByLabel("Role", { exact: true }).selectOption("reviewer");
    await page.getByLabel("Initial password").fill("a-long-enough-password");
    await page.getByRole("button", { name: "Create user" }).click();
    await expect(page.getByRole("status").filter({ hasText: `User ${email} created.` })).toBeVisible();
    await expect(page.getByTestId(`user-row-${email}`)).toContainText("Reviewer");

    const other = await browser.newPage();
    await signIn(other, { email, password: "a-long-enough-password" });
    await expect(other.getByRole("banner")).toContainText("Reviewer");
    await other.close();
  });
});
