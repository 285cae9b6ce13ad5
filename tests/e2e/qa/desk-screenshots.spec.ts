/**
 * Screenshots of the desk with its QA findings in both UI languages at 900,
 * 1280 and 1920 px, saved under tests/screenshots/ (not committed) for
 * people to look at. The assertions catch what a person would: the panel
 * shown with its findings, underlines drawn, nothing overflowing sideways.
 */
import { expect, test } from "@playwright/test";
import { demo, signIn } from "../fixtures/auth";
import { seedDemoArticleCopy } from "../fixtures/db";

for (const locale of ["en", "zh"] as const) {
  for (const width of [900, 1280, 1920]) {
    test(`the desk with findings in ${locale} at ${width}px`, async ({ page }) => {
      const { id } = await seedDemoArticleCopy();
      await page.setViewportSize({ width, height: 1000 });
      await signIn(page, demo.editor, locale);
      await page.goto(`/${locale}/articles/${id}/edit`);
      const panel = page.getByTestId("qa-panel");
      await expect(panel.getByTestId("qa-finding").first()).toBeVisible();
      await expect(page.locator(".tgt-doc .qa-error").first()).toBeVisible();
      // The caret on a finding, so its message shows in the panel.
      await page.keyboard.press("F8");
      await expect(page.getByTestId("qa-caret")).not.toBeEmpty();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `tests/screenshots/qa-desk-${locale}-${width}.png` });
      await panel.screenshot({ path: `tests/screenshots/qa-panel-${locale}-${width}.png` });
    });
  }
}
