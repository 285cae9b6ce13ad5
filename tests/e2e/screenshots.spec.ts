/**
 * Screenshots of the main pages in both UI languages at 1280 and 1920 px,
 * saved under tests/screenshots/ (not committed) for people to look at.
 * The assertions catch what a person would: CJK text rendering with a real
 * font (not empty boxes), and nothing overflowing the window sideways.
 */
import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./fixtures/auth";
import { testDb } from "./fixtures/db";

async function expectNoSidewaysOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** A CJK glyph drawn with a CJK font is much wider than a missing-glyph box in a Latin font. */
async function expectCjkFont(page: Page) {
  const ok = await page.evaluate(() => document.fonts.check('16px "Noto Sans CJK SC"', "中文"));
  expect(ok).toBe(true);
}

for (const locale of ["en", "zh"] as const) {
  for (const width of [1280, 1920]) {
    test(`pages look right in ${locale} at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 1000 });
      await signIn(page, demo.editor, locale);
      await expectNoSidewaysOverflow(page);
      await page.screenshot({ path: `tests/screenshots/list-${locale}-${width}.png`, fullPage: true });

      const db = await testDb();
      const article = await db.article.findFirstOrThrow({ where: { sourceTitle: "北京大学重庆大数据研究院落户西部（重庆）科学城" } });
      await page.goto(`/${locale}/articles/${article.id}`);
      await expect(page.getByTestId("para-row").first()).toBeVisible();
      await expectNoSidewaysOverflow(page);
      await expectCjkFont(page);
      await page.screenshot({ path: `tests/screenshots/article-${locale}-${width}.png`, fullPage: true });

      await page.goto(`/${locale}/articles/${article.id}/edit`);
      await expect(page.locator(".tgt-doc")).toBeVisible();
      await expect(page.getByTestId("source-row").first()).toBeVisible();
      await expectNoSidewaysOverflow(page);
      await page.screenshot({ path: `tests/screenshots/editor-${locale}-${width}.png`, fullPage: true });
    });
  }
}
