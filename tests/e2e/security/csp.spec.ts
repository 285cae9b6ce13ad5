import { expect, test, type Page, type Response } from "@playwright/test";
import { demo, signIn } from "../fixtures/auth";
import { seedDraftArticle, testDb } from "../fixtures/db";
import { expectSaveStatus, selectInEditor } from "../fixtures/editor";
import { injectedContent, watchPage } from "./watch";

/** The nonce of a page's CSP, after checking the policy's shape. */
function expectStrictCsp(response: Response | null): string {
  expect(response, "page response").not.toBeNull();
  const headers = response!.headers();
  const policy = headers["content-security-policy"] ?? "";
  const scriptSrc = /(?:^|;\s*)script-src ([^;]*)/.exec(policy)?.[1] ?? "";
  const nonce = /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(scriptSrc)?.[1];
  expect(nonce, `nonce in ${policy}`).toBeTruthy();
  expect(scriptSrc).toContain("'strict-dynamic'");
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) expect(policy).toContain(directive);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  return nonce!;
}

/** Every script element in the page carries the nonce of this response. */
async function expectScriptsNonced(page: Page, nonce: string) {
  const scripts = await page.evaluate(() => Array.from(document.scripts).map((s) => ({ nonce: s.nonce, src: s.src })));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((s) => s.nonce !== nonce)).toEqual([]);
}

test.describe("Content Security Policy", () => {
  test("sign-in, article, editor and compare pages run under a nonce CSP without violations, and the editor saves", async ({ page }) => {
    const watch = await watchPage(page);
    const { id } = await seedDraftArticle();

    const signInResponse = await page.goto("/en/sign-in");
    const firstNonce = expectStrictCsp(signInResponse);
    await expectScriptsNonced(page, firstNonce);
    await signIn(page, demo.editor);

    const articleResponse = await page.goto(`/en/articles/${id}`);
    const articleNonce = expectStrictCsp(articleResponse);
    expect(articleNonce).not.toBe(firstNonce);
    await expectScriptsNonced(page, articleNonce);
    await expect(page.getByRole("link", { name: "Edit translation" }).first()).toBeVisible();

    const editResponse = await page.goto(`/en/articles/${id}/edit`);
    await expectScriptsNonced(page, expectStrictCsp(editResponse));
    await expectSaveStatus(page, "Not edited yet");
    await selectInEditor(page, "First paragraph.", "First");
    await page.keyboard.type("Opening");
    await expectSaveStatus(page, "Unsaved changes");
    await page.keyboard.press("Control+s");
    await expect(page.getByText("Saved as revision 1.")).toBeVisible();
    const db = await testDb();
    expect((await db.revision.findFirstOrThrow({ where: { articleId: id } })).plainText).toContain("Opening paragraph.");

    const compareResponse = await page.goto(`/en/articles/${id}/compare?from=0&to=1`);
    await expectScriptsNonced(page, expectStrictCsp(compareResponse));
    await expect(page.getByTestId("diff").last().locator("ins.diff-ins")).toHaveText(["Opening"]);
    // Client-side navigation still works under the policy.
    await page.getByRole("link", { name: "Side by side" }).click();
    await expect(page).toHaveURL(/view=split/);

    const problems = await watch.problems();
    expect(problems.violations).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });

  test("an unknown page answers 404 with the localized page, rendered with a nonce", async ({ page }) => {
    const watch = await watchPage(page);
    await signIn(page, demo.editor);
    for (const [path, heading] of [["/en/no-such-page", "Page not found"], ["/zh/no/such/page", "页面不存在"]] as const) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      // Chunks the 404 page loads later are trusted through 'strict-dynamic'; no violation is the proof.
      expectStrictCsp(response);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    }
    // Hydrated: the client-side link works.
    await page.getByRole("link").filter({ hasText: "文章" }).first().click();
    await expect(page).toHaveURL(/\/zh\/articles/);
    const problems = await watch.problems();
    expect(problems.violations).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });

  test("markup injected into a page cannot run, and the watchers used by these tests notice it", async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto("/en/sign-in");
    // What a sanitizer bug would let through: an inline handler and a javascript: link.
    // (A <script> created by page code is trusted through 'strict-dynamic' by design;
    // injected markup cannot create one that runs.)
    await page.evaluate(() => {
      document.body.insertAdjacentHTML("beforeend", '<img src="/no-such-image.png" onerror="__xss(1)"><a id="injected" href="javascript:__xss(2)">x</a>');
    });
    await page.locator("#injected").click();
    await expect.poll(async () => (await watch.problems()).violations.length).toBeGreaterThanOrEqual(2);
    expect((await watch.problems()).xss).toEqual([]);
    expect(await injectedContent(page)).toEqual(expect.arrayContaining(["<img>", "img[onerror]", "a[href=javascript:__xss(2)]"]));
  });

  test("API responses get the locked-down policy and nosniff, not the page policy", async ({ request }) => {
    const response = await request.get("/api/health");
    const headers = response.headers();
    expect(headers["content-security-policy"]).toBe("default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox");
    expect(headers["x-content-type-options"]).toBe("nosniff");
  });

  test("a page cannot be framed", async ({ request }) => {
    const response = await request.get("/en/sign-in");
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(response.headers()["x-frame-options"]).toBe("DENY");
  });
});
