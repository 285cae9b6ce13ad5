import { expect, test } from "@playwright/test";
import { demo, signIn } from "../fixtures/auth";
import { seedDraftArticle, testDb } from "../fixtures/db";

async function openDemoArticle(page: import("@playwright/test").Page, sourceTitle: string, locale = "en") {
  const db = await testDb();
  const article = await db.article.findFirstOrThrow({ where: { sourceTitle } });
  await page.goto(`/${locale}/articles/${article.id}`);
  return article;
}

test.describe("bilingual view", () => {
  test("shows the demo article's original beside the MT, paragraph by paragraph", async ({ page }) => {
    await signIn(page, demo.editor);
    await openDemoArticle(page, "北京大学重庆大数据研究院落户西部（重庆）科学城");
    const title = page.getByTestId("title-row");
    await expect(title.locator('[data-side="source"]')).toHaveText("北京大学重庆大数据研究院落户西部（重庆）科学城");
    await expect(title.locator('[data-side="target"]')).toContainText("Peking University Chongqing Big Data Research Institute");

    const rows = page.getByTestId("para-row");
    await expect(rows).toHaveCount(6);
    const lead = rows.filter({ hasText: "11月21日" });
    await expect(lead.locator('[data-side="target"]')).toContainText("On November 21, at the 2020 Chongqing Talents Conference");
    const platforms = rows.filter({ hasText: "创新平台" });
    await expect(platforms.locator('[data-side="target"]')).toContainText("innovation platforms .");
    await expect(page.locator('[data-side="source"][lang="zh"]').first()).toBeVisible();
  });

  test("hovering or focusing a paragraph highlights its counterpart", async ({ page }) => {
    await signIn(page, demo.editor);
    await openDemoArticle(page, "北京大学重庆大数据研究院落户西部（重庆）科学城");
    const row = page.getByTestId("para-row").filter({ hasText: "11月21日" });
    const target = row.locator('[data-side="target"]');
    const idle = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    await row.locator('[data-side="source"]').hover();
    await expect.poll(() => target.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(idle);
    await page.mouse.move(0, 0);
    await row.locator('[data-side="source"]').focus();
    await expect.poll(() => target.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(idle);
  });

  test("keeps merged paragraphs together when the MT has fewer paragraphs", async ({ page }) => {
    await signIn(page, demo.editor);
    await openDemoArticle(page, "长江上游十年禁渔成效初显");
    await expect(page.getByText("4 paragraphs in the original, 3 paragraphs in the translation")).toBeVisible();
    const merged = page.getByTestId("para-row").filter({ hasText: "监测数据显示" });
    await expect(merged.locator('[data-side="source"] p')).toHaveCount(2);
    await expect(merged.locator('[data-side="target"]')).toContainText("Monitoring data shows");
  });

  test("shows an unmatched paragraph opposite an empty slot, never dropping it", async ({ page }) => {
    const { id } = await seedDraftArticle({
      sourceBody: "第一段讲的是会议的时间和地点，内容比较长，有好几个句子。会议由市政府主办。\n\n第二段是一个补充说明，详细介绍了与会嘉宾的名单、他们各自所代表的单位与机构、会议期间举行的多场分论坛的主题，以及主办方为参会者安排的参观考察路线和后续对接活动。\n\n第三段介绍了签约项目的总投资额和未来的建设计划，同样比较长。",
      mtBody: "The first paragraph is about the time and place of the meeting, which is relatively long and has several sentences. The meeting was hosted by the municipal government.\n\nThe third paragraph introduces the total investment of the signed projects and future construction plans, which is also relatively long.",
    });
    await signIn(page, demo.editor);
    await page.goto(`/en/articles/${id}`);
    const rows = page.getByTestId("para-row");
    await expect(rows).toHaveCount(3);
    const orphan = rows.filter({ hasText: "第二段是一个补充说明" });
    await expect(orphan.locator('[data-side="target"]')).toHaveText("No counterpart paragraph");
  });
});
