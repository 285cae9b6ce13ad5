import { expect, test } from "@playwright/test";
import { demo, signIn } from "./fixtures/auth";

test.describe("interface language", () => {
  test("switching to Chinese keeps the page and its query", async ({ page }) => {
    await signIn(page, demo.editor);
    await page.goto("/en/articles?q=%E9%87%8D%E5%BA%86");
    await page.getByRole("link", { name: "中文" }).click();
    await expect(page).toHaveURL(/\/zh\/articles\?q=%E9%87%8D%E5%BA%86/);
    await expect(page.getByRole("heading", { level: 1, name: "文章" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "状态" })).toBeVisible();
    await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\/articles\?q=/);
  });

  test("the first visit picks the locale from Accept-Language", async ({ browser }) => {
    const zh = await browser.newContext({ locale: "zh-CN" });
    const page = await zh.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/zh\/sign-in/);
    await expect(page.getByRole("heading", { name: "登录 Copydesk" })).toBeVisible();
    await zh.close();

    const en = await browser.newContext({ locale: "en-GB" });
    const enPage = await en.newPage();
    await enPage.goto("/");
    await expect(enPage).toHaveURL(/\/en\/sign-in/);
    await en.close();
  });

  test("signs in and works in Chinese", async ({ page }) => {
    await signIn(page, demo.reviewer, "zh");
    await expect(page.getByRole("link", { name: "导入", exact: true })).toBeVisible();
    await expect(page.getByText("审校", { exact: true })).toBeVisible();
  });
});
