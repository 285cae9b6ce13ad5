import { expect, test } from "@playwright/test";
import { demo, signIn } from "../fixtures/auth";
import { alerts } from "../fixtures/ui";
import { seedUser, testDb } from "../fixtures/db";

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

  test("a wrong password is refused, and repeated failures from one address are throttled whatever X-Forwarded-For says", async ({ page }) => {
    const user = await seedUser("editor");
    await page.goto("/en/sign-in");
    for (let attempt = 1; attempt <= 5; attempt++) {
      // A new forged address each time: the production server counts the socket's.
      await page.setExtraHTTPHeaders({ "x-forwarded-for": `203.0.113.${attempt}`, "x-copydesk-peer": `forged 198.51.100.${attempt}` });
      await page.getByLabel("Email").fill(user.email);
      await page.getByLabel("Password").fill(`wrong-password-${attempt}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(alerts(page)).toHaveText(attempt < 5 ? "The email or password is wrong." : /Too many failed attempts/);
      // The form resets after each answer; wait for it before typing again.
      await expect(page.getByLabel("Password")).toHaveValue("");
      await expect(page.getByLabel("Email")).toHaveValue(user.email);
    }
    // Even the right password is refused from the failing address (another address would get in).
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    // The alert already says so from the fifth answer: wait for this answer (the form resets).
    await expect(page.getByLabel("Password")).toHaveValue("");
    await expect(alerts(page)).toHaveText(/Too many failed attempts/);
    await expect(page).toHaveURL(/sign-in/);

    const db = await testDb();
    const events = () => db.auditEvent.findMany({ where: { subjectId: user.id, action: { startsWith: "auth." } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    await expect.poll(async () => (await events()).map((e) => e.action)).toEqual([...Array(5).fill("auth.sign_in_failed"), "auth.locked_out", "auth.sign_in_throttled"]);
    expect(new Set((await events()).map((e) => JSON.parse(e.details).address))).toEqual(new Set(["127.0.0.1"]));
  });

  test("an email over 254 characters gets a form error and stays in the field", async ({ page }) => {
    await page.goto("/en/sign-in");
    const email = `${"a".repeat(250)}@e2e.local`;
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("whatever-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(alerts(page)).toHaveText("The email address is too long: at most 254 characters.");
    await expect(page.getByLabel("Email")).toHaveValue(email);
    await expect(page.getByLabel("Password")).toHaveValue("");
  });

  test("signing out ends the session", async ({ page }) => {
    await signIn(page, demo.editor);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/en\/sign-in$/);
    await page.goto("/en/articles");
    await expect(page).toHaveURL(/\/en\/sign-in/);
  });
});
