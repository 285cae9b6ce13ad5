import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { demo, signIn } from "../fixtures/auth";
import { alerts } from "../fixtures/ui";
import { testDb } from "../fixtures/db";

test.describe("import", () => {
  test("through the form: both texts pasted, the article opens aligned", async ({ page }) => {
    const tag = Date.now();
    await signIn(page, demo.editor);
    await page.getByRole("link", { name: "Import", exact: true }).click();
    await page.getByLabel("Source language").fill("zh");
    await page.getByLabel("Target language").fill("en");
    await page.getByLabel("Original title").fill(`表单导入 ${tag}`);
    await page.getByLabel("Machine-translated title").fill(`Form import ${tag}`);
    await page.getByLabel("Original text").fill("第一段。\n\n第二段。");
    await page.getByLabel("Machine translation", { exact: true }).fill("First paragraph.\n\nSecond paragraph.");
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/articles\/[\w-]+$/);
    await expect(page.getByTestId("para-row")).toHaveCount(2);
    await expect(page.getByTestId("title-row")).toContainText(`Form import ${tag}`);

    const db = await testDb();
    const article = await db.article.findFirstOrThrow({ where: { mtTitle: `Form import ${tag}` } });
    expect(article.mtBody).toBe("First paragraph.\n\nSecond paragraph.");
    expect(await db.auditEvent.count({ where: { articleId: article.id, action: "article.imported" } })).toBe(1);
  });

  test("a bad import is rejected with the field named and nothing stored", async ({ page }) => {
    const db = await testDb();
    const title = `坏的导入 ${Date.now()}`;
    await signIn(page, demo.editor);
    await page.goto("/en/import");
    await page.getByLabel("Source language").fill("chinese!!");
    await page.getByLabel("Target language").fill("en");
    await page.getByLabel("Original title").fill(title);
    await page.getByLabel("Original text").fill("正文。");
    await page.getByLabel("Machine translation", { exact: true }).fill("Body.");
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(alerts(page)).toHaveText("The article was not imported. Fix the fields below.");
    await expect(page.getByText("Source language is not a valid language tag (BCP 47), e.g. zh or en-GB.")).toBeVisible();
    await expect(page.getByText("Machine-translated title is required.")).toBeVisible();
    await expect(page.getByLabel("Source language")).toHaveAttribute("aria-invalid", "true");
    // What the user typed is kept.
    await expect(page.getByLabel("Original text")).toHaveValue("正文。");
    // Other tests import in parallel, so look for this one's title, not at the total.
    expect(await db.article.count({ where: { sourceTitle: title } })).toBe(0);
  });

  test("by uploading a .json file of the API's shape", async ({ page }) => {
    const tag = Date.now();
    const file = path.join(mkdtempSync(path.join(tmpdir(), "cd-")), "article.json");
    writeFileSync(file, JSON.stringify({
      sourceLang: "zh-Hans",
      targetLang: "en",
      title: { source: `上传 ${tag}`, mt: `Upload ${tag}` },
      body: { source: "<p>一。</p><p>二。</p>", mt: "<p>One.</p><p>Two.</p>" },
    }));
    await signIn(page, demo.editor);
    await page.goto("/en/import");
    await page.getByLabel("JSON file", { exact: true }).setInputFiles(file);
    await page.getByRole("button", { name: "Import file" }).click();
    await expect(page).toHaveURL(/\/en\/articles\/[\w-]+$/);
    await expect(page.getByTestId("title-row")).toContainText(`Upload ${tag}`);
  });

  test("an invalid .json file is refused with a clear message", async ({ page }) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "cd-")), "broken.json");
    writeFileSync(file, "{ not json");
    await signIn(page, demo.editor);
    await page.goto("/en/import");
    await page.getByLabel("JSON file", { exact: true }).setInputFiles(file);
    await page.getByRole("button", { name: "Import file" }).click();
    await expect(alerts(page)).toHaveText("The file is not valid JSON.");
  });

  test("through the API with a token an admin created in the UI", async ({ page, request }) => {
    await signIn(page, demo.admin);
    await page.goto("/en/admin");
    await page.getByLabel("Token name").fill("E2E importer");
    await page.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByText("Token created. Copy it now: it is shown only once.")).toBeVisible();
    const secret = (await page.getByTestId("new-token").textContent())!.trim();
    expect(secret).toMatch(/^cdk_/);

    const tag = Date.now();
    const body = {
      sourceLang: "zh",
      targetLang: "en",
      title: { source: `接口 ${tag}`, mt: `API ${tag}` },
      body: { source: "一。\n\n二。", mt: "One.\n\nTwo." },
    };
    const ok = await request.post("/api/v1/articles", { data: body, headers: { Authorization: `Bearer ${secret}` } });
    expect(ok.status()).toBe(201);
    const { id } = (await ok.json()) as { id: string };
    const db = await testDb();
    expect((await db.article.findUniqueOrThrow({ where: { id } })).mtTitle).toBe(`API ${tag}`);
    // The secret itself is never stored.
    expect(await db.apiToken.count({ where: { tokenHash: secret } })).toBe(0);

    const noToken = await request.post("/api/v1/articles", { data: body });
    expect(noToken.status()).toBe(401);
    const bad = await request.post("/api/v1/articles", { data: { ...body, targetLang: "" }, headers: { Authorization: `Bearer ${secret}` } });
    expect(bad.status()).toBe(422);
    expect(((await bad.json()) as { error: { issues: { path: string }[] } }).error.issues[0]?.path).toBe("targetLang");
  });
});
