import { expect, test } from "@playwright/test";
import { demo, signIn } from "../fixtures/auth";
import { alerts } from "../fixtures/ui";
import { seedUser } from "../fixtures/db";

test.describe("signing in", () => {
  for (const role of ["editor", "reviewer", "admin"] as const) {
    test(`the demo ${role} signs in and sees the article list`, async ({ page }) => {
      await signIn(page, demo[role]);
      await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
      await expect(page.getByRole("banner")).toContainText(demo[role].name);
      await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(role === "admin" ? 1 : 0);
    });
  }

  test("a signed-out visit is sent to sign-in and comes back afterwards", async ({ page }) => {
    await page.goto("/en/import");
    await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Fen%2Fimport/);
    await page.getByLabel("Email").fill(demo.editor.email);
    await page.getByLabel("Password").fill(demo.editor.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/en\/import$/);
    await expect(page.getByRole("heading", { name: "Import an article" })).toBeVisible();
  });

  test("a wrong password is refused, and repeated failures are throttled", async ({ page }) => {
    const user = await seedUser("editor");
    await page.goto("/en/sign-in");
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.getByLabel("Email").fill(user.email);
      await page.getByLabel("Password").fill(`wrong-password-${attempt}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(alerts(page)).toHaveText(attempt < 5 ? "The email or password is wrong." : /Too many failed attempts/);
      // The form resets after each answer; wait for it before typing again.
      await expect(page.getByLabel("Password")).toHaveValue("");
      await expect(page.getByLabel("Email")).toHaveValue(user.email);
    }
    // Even the right password is refused while the account is locked.
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(alerts(page)).toHaveText(/Too many failed attempts/);
    await expect(page).toHaveURL(/sign-in/);
  });

  test("signing out ends the session", async ({ page }) => {
    await signIn(page, demo.editor);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/en\/sign-in$/);
    await page.goto("/en/articles");
    await expect(page).toHaveURL(/\/en\/sign-in/);
  });
});
