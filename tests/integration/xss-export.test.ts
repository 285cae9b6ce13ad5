/**
 * Issue #6, Security, end to end through publishing: the whole XSS corpus,
 * imported as HTML and saved again as editor text, hostile link titles and
 * a hostile title, is approved, published (lib/use-cases/publish-article.ts)
 * and fetched from the export API in every format. Nothing executable may
 * come out, and each format is served with a type that cannot be sniffed
 * into HTML.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import type { EditorDoc } from "@/lib/editor/types";
import { findExecutableHtml, findExecutableMarkdown } from "@/lib/security/executable-content";
import { XSS_PAYLOADS } from "@/tests/security/xss-corpus";
import { migrateTestDb, seedApiToken, validImport, INCIDENTAL_QA_OVERRIDE } from "./helpers";
import { actorOf, exportGet } from "./publish-helpers";

let db: Db;
let editor: Actor;
let reviewer: Actor;
let token: string;
let articleId: string;

const hostileTitle = XSS_PAYLOADS.slice(0, 12).map((p) => p.html).join(" ").slice(0, 500);

beforeAll(async () => {
  db = await migrateTestDb();
  [editor, reviewer] = await Promise.all([actorOf("editor"), actorOf("reviewer")]);
  token = await seedApiToken(["export"]);
  const { importArticle } = await import("@/lib/use-cases/import-article");
  const { saveRevision } = await import("@/lib/use-cases/save-revision");
  const { submitRevision } = await import("@/lib/use-cases/submit-revision");
  const { approveRevision } = await import("@/lib/use-cases/approve-revision");
  const { publishArticle } = await import("@/lib/use-cases/publish-article");

  const input = validImport();
  input.body.mt = XSS_PAYLOADS.map((p) => `<p>Payload ${p.id}:</p>${p.html}`).join("\n");
  input.metadata = { ...input.metadata, outlet: XSS_PAYLOADS[8]!.html };
  articleId = (await importArticle({ db, actor: { type: "user", id: editor.id }, input })).id;
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  const imported = JSON.parse(article.mtDoc) as EditorDoc;
  const link = (title: string) => ({ type: "link" as const, attrs: { href: "https://ok.example/", target: "_blank", rel: null, class: null, title } });
  const content: EditorDoc = {
    type: "doc",
    content: [
      ...imported.content,
      ...XSS_PAYLOADS.map((p) => ({
        type: "paragraph" as const,
        content: [
          { type: "text" as const, text: `Typed ${p.id}: ${p.html} ` },
          { type: "text" as const, text: "link", marks: [link(p.html)] },
        ],
      })),
    ],
  };
  const saved = await saveRevision({ db, actor: editor, articleId, input: { baseNumber: 0, title: hostileTitle, content } });
  if (saved.unchanged) throw new Error("save changed nothing");
  const revisionNumber = saved.revision.number;
  await submitRevision({ db, actor: editor, articleId, input: { qaOverride: INCIDENTAL_QA_OVERRIDE, revisionNumber } });
  await approveRevision({ db, actor: reviewer, articleId, input: { qaOverride: INCIDENTAL_QA_OVERRIDE, revisionNumber } });
  await publishArticle({ db, actor: reviewer, articleId, input: { revisionNumber } });
});

describe("published XSS corpus in the export API", () => {
  it("stores a publication whose HTML and Markdown are inert", async () => {
    const version = await db.publishedVersion.findFirstOrThrow({ where: { articleId } });
    expect(findExecutableHtml(version.html)).toEqual([]);
    expect(findExecutableMarkdown(version.markdown)).toEqual([]);
    // Every payload's surrounding text was published.
    for (const p of XSS_PAYLOADS) expect(version.text).toContain(`Typed ${p.id}:`);
  });

  it("serves JSON whose body fields are inert, as application/json with nosniff", async () => {
    const res = await exportGet(`/api/v1/export/articles/${articleId}`, { token });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const body = (await res.json()) as { title: string; body: { html: string; markdown: string; text: string } };
    expect(body.title).toBe(hostileTitle);
    expect(findExecutableHtml(body.body.html)).toEqual([]);
    expect(findExecutableMarkdown(body.body.markdown)).toEqual([]);
  });

  it("serves an inert, sandboxed HTML document", async () => {
    const res = await exportGet(`/api/v1/export/articles/${articleId}?format=html`, { token });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'none'.*sandbox|sandbox.*default-src 'none'/);
    const html = await res.text();
    expect(findExecutableHtml(html, { document: true })).toEqual([]);
    expect(html).toContain("Typed 1:");
  });

  it("serves inert Markdown and plain text that cannot be sniffed as HTML", async () => {
    const markdown = await exportGet(`/api/v1/export/articles/${articleId}?format=markdown`, { token });
    expect(markdown.headers.get("content-type")).toMatch(/^text\/markdown/);
    expect(markdown.headers.get("x-content-type-options")).toBe("nosniff");
    expect(findExecutableMarkdown(await markdown.text())).toEqual([]);

    const text = await exportGet(`/api/v1/export/articles/${articleId}?format=text`, { token });
    expect(text.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(text.headers.get("x-content-type-options")).toBe("nosniff");
    // Plain text keeps the article's words verbatim, payloads included; it is only ever text.
    expect(await text.text()).toContain(`Typed 1: ${XSS_PAYLOADS[0]!.html}`);
  });
});
