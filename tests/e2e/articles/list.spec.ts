import { expect, test } from "@playwright/test";
import { demo, signIn } from "../fixtures/auth";
import { seedDraftArticle } from "../fixtures/db";

test.describe("article list", () => {
  test("shows status, both titles, languages and update time for the demo articles", async ({ page }) => {
    await signIn(page, demo.editor);
    const row = page.getByRole("row").filter({ hasText: "北京大学重庆大数据研究院落户西部（重庆）科学城" });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("Peking University Chongqing Big Data Research Institute settled in Western (Chongqing) Science City");
    await expect(row).toContainText("Draft");
    await expect(row).toContainText("zh");
    await expect(row).toContainText("en");
    await expect(row.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);
    for (const header of ["Status", "Title", "Languages", "Updated"]) {
      await expect(page.getByRole("columnheader", { name: header })).toBeVisible();
    }
  });

  test("searches titles in either language", async ({ page }) => {
    await signIn(page, demo.editor);
    await page.getByLabel("Search by title").fill("轨道交通");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/q=/);
    await expect(page.getByRole("row")).toHaveCount(2); // header + one match
    await expect(page.getByRole("row").nth(1)).toContainText("Line 9");

    await page.getByLabel("Search by title").fill("Yangtze");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByRole("row").nth(1)).toContainText("长江上游十年禁渔成效初显");

    await page.getByLabel("Search by title").fill("no such title anywhere");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByText("No article title matches “no such title anywhere”.")).toBeVisible();
  });

  test("paginates 20 articles to a page", async ({ page }) => {
    const tag = `Paged ${Date.now()}`;
    for (let i = 0; i < 23; i++) await seedDraftArticle({ mtTitle: `${tag} #${String(i).padStart(2, "0")}` });
    await signIn(page, demo.editor);
    await page.goto(`/en/articles?q=${encodeURIComponent(tag)}`);
    await expect(page.getByText("23 articles")).toBeVisible();
    await expect(page.getByRole("row")).toHaveCount(21);
    await expect(page.getByText("Page 1 of 2")).toBeVisible();
    await page.getByRole("link", { name: /Next/ }).click();
    await expect(page.getByText("Page 2 of 2")).toBeVisible();
    await expect(page.getByRole("row")).toHaveCount(4);
    await expect(page).toHaveURL(/page=2/);
  });
});
