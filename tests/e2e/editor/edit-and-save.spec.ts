import { expect, test } from "@playwright/test";
import { demo, signIn } from "../fixtures/auth";
import { seedDemoArticleCopy, testDb } from "../fixtures/db";
import { editorDoc, expectSaveStatus, selectInEditor } from "../fixtures/editor";

test.describe("editing the translation", () => {
  test("fixing “And” in the demo article persists as a revision", async ({ page }) => {
    const { id } = await seedDemoArticleCopy();
    await signIn(page, demo.editor);
    await page.goto(`/en/articles/${id}/edit`);
    await expect(page.getByText("Editing the machine translation")).toBeVisible();
    // Nothing saved yet: the untouched MT is not labelled "Saved".
    await expectSaveStatus(page, "Not edited yet");

    await selectInEditor(page, "digitalization And digital", "And");
    await page.keyboard.type("and");
    await expectSaveStatus(page, "Unsaved changes");
    await page.getByLabel("Revision message (optional)").fill("Lower-case “and”");
    await page.keyboard.press("Control+s");
    await expectSaveStatus(page, "Saved");
    await expect(page.getByText("Saved as revision 1.")).toBeVisible();

    await page.reload();
    await expect(editorDoc(page)).toContainText("promote industrial digitalization and digital industrialization");
    await expect(editorDoc(page)).not.toContainText("digitalization And digital");
    await expect(page.getByText("Editing revision 1")).toBeVisible();

    const db = await testDb();
    const revisions = await db.revision.findMany({ where: { articleId: id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]!.plainText).toContain("digitalization and digital industrialization");
    expect(revisions[0]!.message).toBe("Lower-case “and”");
    expect(await db.auditEvent.count({ where: { articleId: id, action: "revision.saved" } })).toBe(1);
    // The MT itself is never modified.
    expect((await db.article.findUniqueOrThrow({ where: { id } })).mtBody).toContain("digitalization And digital");
  });

  test("saving with the button, and saving again without changes makes no revision", async ({ page }) => {
    const { id } = await seedDemoArticleCopy();
    await signIn(page, demo.editor);
    await page.goto(`/en/articles/${id}/edit`);
    await selectInEditor(page, "innovation platforms .", " .");
    await page.keyboard.type(".");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("Saved as revision 1.")).toBeVisible();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("Nothing changed since the last revision, so no new revision was made.")).toBeVisible();
    const db = await testDb();
    expect(await db.revision.count({ where: { articleId: id } })).toBe(1);
  });

  test("the caret in a sentence highlights its source sentence", async ({ page }) => {
    const { id } = await seedDemoArticleCopy();
    await signIn(page, demo.editor);
    await page.goto(`/en/articles/${id}/edit`);
    await selectInEditor(page, "digitalization And digital", "And");
    await page.keyboard.press("ArrowRight");
    const active = page.locator(".src-col .sent.is-active");
    await expect(active).toHaveCount(1);
    await expect(active).toContainText("推动产业数字化和数字产业化");
    await expect(active).not.toContainText("据了解");

    await selectInEditor(page, "On November 21", "November");
    await page.keyboard.press("ArrowRight");
    await expect(active).toHaveCount(1);
    await expect(active).toContainText("11月21日");

    // Hovering a source sentence highlights its translation in the editor.
    await page.locator(".src-col .sent").filter({ hasText: "双方将在西部" }).hover();
    await expect(page.locator(".tgt-doc .sent-hover")).toContainText("The two parties will jointly build");
  });

  test("unsaved work survives a closed tab and is offered back", async ({ browser }) => {
    const { id } = await seedDemoArticleCopy();
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, demo.editor);
    await page.goto(`/en/articles/${id}/edit`);
    await selectInEditor(page, "cultivate technological innovation Talents", "Talents");
    await page.keyboard.type("talent");
    await expectSaveStatus(page, "Unsaved changes");
    await page.waitForTimeout(1200); // the local copy is written shortly after typing stops
    await page.close({ runBeforeUnload: false });

    const again = await context.newPage();
    await again.goto(`/en/articles/${id}/edit`);
    await expect(again.getByText(/Unsaved changes from .* were kept in this browser\./)).toBeVisible();
    await again.getByRole("button", { name: "Restore them" }).click();
    await expect(editorDoc(again)).toContainText("cultivate technological innovation talent,");
    await expectSaveStatus(again, "Unsaved changes");
    await context.close();
  });
});

test.describe("editor hygiene", () => {
  test("pasting from Word keeps the text and drops the Word formatting", async ({ page }) => {
    const { id } = await seedDemoArticleCopy();
    await signIn(page, demo.editor);
    await page.goto(`/en/articles/${id}/edit`);
    await selectInEditor(page, "By yqqlm yqqlm", "By yqqlm yqqlm");
    await page.evaluate(() => {
      const html =
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head><body>' +
        '<p class="MsoNormal" style="mso-margin-top-alt:auto"><span style="font-family:Calibri;mso-fareast-font-family:SimSun">By <b>Li Xingting</b> and <span style="font-style:italic">Zhang Yizhu</span></span><o:p></o:p></p>' +
        "<script>window.__pwned = true</script></body></html>";
      const data = new DataTransfer();
      data.setData("text/html", html);
      data.setData("text/plain", "By Li Xingting and Zhang Yizhu");
      document.querySelector(".tgt-doc")!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    });
    const first = editorDoc(page).locator("> *").first();
    await expect(first).toHaveText("By Li Xingting and Zhang Yizhu");
    await expect(first.locator("strong")).toHaveText("Li Xingting");
    await expect(first.locator("em")).toHaveText("Zhang Yizhu");
    await expect(editorDoc(page).locator("span[style], [class^='Mso'], o\\:p, script")).toHaveCount(0);

    // What is stored is what the sanitizing parse kept: the text and its marks, no script, no Word markup.
    await page.keyboard.press("Control+s");
    await expect(page.getByText("Saved as revision 1.")).toBeVisible();
    const db = await testDb();
    const revision = await db.revision.findFirstOrThrow({ where: { articleId: id, number: 1 } });
    expect(revision.plainText).toContain("By Li Xingting and Zhang Yizhu");
    expect(revision.plainText).not.toContain("__pwned");
    const stored = revision.content;
    expect(stored).toMatch(/"type":"bold"/);
    expect(stored).toMatch(/"type":"italic"/);
    expect(stored).not.toMatch(/script|__pwned|Mso|mso-|o:p|Calibri/);
  });

  test("leaving with unsaved changes asks first", async ({ page }) => {
    const { id } = await seedDemoArticleCopy();
    await signIn(page, demo.editor);
    await page.goto(`/en/articles/${id}/edit`);
    await selectInEditor(page, "innovation Talents", "Talents");
    await page.keyboard.type("talents");
    await expectSaveStatus(page, "Unsaved changes");
    const asked: string[] = [];
    page.once("dialog", (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole("link", { name: "Articles", exact: true }).click();
    await expect.poll(() => asked).toEqual(["You have unsaved changes. Leave without saving?"]);
    await expect(page).toHaveURL(new RegExp(`/articles/${id}/edit$`));
    await expect(editorDoc(page)).toContainText("innovation talents,");
  });
});

test("the original and the translation stay level, row by row, also after typing", async ({ page }) => {
  const { id } = await seedDemoArticleCopy();
  await signIn(page, demo.editor);
  await page.goto(`/en/articles/${id}/edit`);
  await expect(page.locator('.tgt-doc[contenteditable="true"]')).toBeVisible();
  const offsets = () =>
    page.evaluate(() => {
      const rows = [...document.querySelectorAll(".src-row")].map((e) => e.getBoundingClientRect());
      const blocks = [...document.querySelectorAll(".tgt-doc > *")].map((e) => e.getBoundingClientRect());
      // The demo article aligns one to one; each row must start and end where its block does.
      return rows.map((r, i) => Math.max(Math.abs(r.top - blocks[i]!.top), Math.abs(r.bottom - blocks[i]!.bottom - parseFloat(getComputedStyle(document.querySelectorAll(".tgt-doc > *")[i]!).marginBottom))));
    });
  await expect.poll(async () => Math.max(...(await offsets()))).toBeLessThanOrEqual(1);
  // Make the fourth paragraph one line longer: every row below must follow.
  await selectInEditor(page, "Science City.", "Science City.");
  await page.keyboard.type("Science City, in a sentence now long enough to need at least one more line in the translation column of the desk.");
  await expect.poll(async () => Math.max(...(await offsets()))).toBeLessThanOrEqual(1);
  expect((await offsets()).length).toBe(6);
});
