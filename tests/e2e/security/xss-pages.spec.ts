import { expect, test } from "@playwright/test";
import { demo, signIn } from "../fixtures/auth";
import { testDb } from "../fixtures/db";
import { NASTIEST_PAYLOAD_IDS, payloadById } from "../../security/xss-corpus";
import { injectedContent, watchPage } from "./watch";

const nastiest = NASTIEST_PAYLOAD_IDS.map(payloadById);

/** Imports the nastiest payloads as HTML (body, title, metadata) and saves them again as editor text and link titles. */
async function seedHostileArticle() {
  const db = await testDb();
  const { importArticle } = await import("@/lib/use-cases/import-article");
  const { saveRevision } = await import("@/lib/use-cases/save-revision");
  const { parseRole } = await import("@/lib/auth/roles");
  const html = nastiest.map((p) => `<p>Payload ${p.id}:</p>${p.html}`).join("\n");
  const { id } = await importArticle({
    db,
    actor: { type: "system" },
    input: {
      sourceLang: "zh",
      targetLang: "en",
      title: { source: `源 ${nastiest[0]!.html}`, mt: `MT ${nastiest[1]!.html}` },
      body: { source: `<p>第一段。</p>${html}`, mt: `<p>First paragraph.</p>${html}` },
      metadata: { outlet: nastiest[2]!.html.slice(0, 200), author: nastiest[3]!.html.slice(0, 200), originalUrl: "https://ok.example/original" },
    },
  });
  const user = await db.user.findUniqueOrThrow({ where: { email: demo.editor.email } });
  const link = (title: string) => ({ type: "link", attrs: { href: "https://ok.example/", target: "_blank", rel: "noopener noreferrer nofollow", class: title, title } });
  await saveRevision({
    db,
    actor: { id: user.id, name: user.name, email: user.email, role: parseRole(user.role) },
    articleId: id,
    input: {
      baseNumber: 0,
      title: `Revised ${nastiest[4]!.html}`,
      message: nastiest[5]!.html,
      content: {
        type: "doc",
        content: [
          { type: "paragraph", content: [{ type: "text", text: "First paragraph, revised." }] },
          ...nastiest.map((p) => ({
            type: "paragraph",
            content: [
              { type: "text", text: `Payload ${p.id}: ${p.html} ` },
              { type: "text", text: "source", marks: [link(p.html)] },
            ],
          })),
        ],
      },
    },
  });
  return id;
}

test.describe("XSS payloads on the article pages", () => {
  test("imported and saved payloads never run and inject no element on the article, revision, compare and edit pages", async ({ page }) => {
    const watch = await watchPage(page);
    const id = await seedHostileArticle();
    await signIn(page, demo.editor);

    const pages = [
      { path: `/en/articles/${id}`, body: true },
      { path: `/en/articles/${id}/revisions/1`, body: true },
      { path: `/en/articles/${id}/compare?from=0&to=1`, body: true },
      { path: `/en/articles/${id}/compare?from=0&to=1&view=split`, body: true },
      { path: `/en/articles/${id}/history`, body: false },
      { path: `/en/articles/${id}/edit`, body: true },
    ];
    for (const { path, body } of pages) {
      await page.goto(path);
      await expect(page.locator("main").first()).toBeVisible();
      // The payloads are on the page as text…
      if (body) await expect(page.getByText(/Payload \d+:/).first()).toBeVisible();
      // …and the user touching them triggers nothing.
      for (const link of await page.locator('main a[href^="https://ok.example"]').all()) await link.hover();
      await page.waitForTimeout(300);
      expect(await injectedContent(page), path).toEqual([]);
      const problems = await watch.problems();
      expect(problems.xss, path).toEqual([]);
    }
    const problems = await watch.problems();
    expect(problems.violations).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });
});
