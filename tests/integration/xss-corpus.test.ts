/**
 * Issue #6, Security: every payload of the XSS corpus goes in through HTML
 * import (use-case and API route, bodies, titles, metadata), editor saves
 * (the revisions route) and paste, and nothing executable comes out of any
 * rendering: the HTML renderer, Markdown (rendered again by CommonMark with
 * raw HTML on), plain text, and the publication formats.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { htmlToDoc } from "@/lib/editor/from-import";
import { transformPastedHTML } from "@/lib/editor/paste";
import { renderHtml, renderMarkdown } from "@/lib/editor/render";
import { docToPlainText } from "@/lib/editor/to-text";
import type { EditorDoc } from "@/lib/editor/types";
import { validateEditorDoc } from "@/lib/editor/validate";
import { htmlDocument, markdownDocument, renderPublication, textDocument } from "@/lib/publishing/render";
import { findExecutableHtml, findExecutableMarkdown, type Finding } from "@/lib/security/executable-content";
import { XSS_PAYLOADS, XSS_URLS, type XssPayload } from "@/tests/security/xss-corpus";
import { migrateTestDb, seedApiToken, validImport } from "./helpers";
import { importedArticle, postRevision, signedInUser, type ErrorJson } from "./revision-helpers";

let db: Db;
let importToken: string;
let editor: { id: string; cookie: string };

beforeAll(async () => {
  db = await migrateTestDb();
  importToken = await seedApiToken(["import"]);
  editor = await signedInUser("editor");
});

/**
 * Every rendering of a stored document and its title, with what the oracle
 * found in each. Plain text (`publication.text`, `textDocument`) is inert by
 * definition: it is served as text/plain with nosniff, and a payload in it is
 * the article's own text, which must survive verbatim.
 */
function executableOutputs(doc: EditorDoc, title: string): Record<string, Finding[]> {
  const publication = renderPublication(doc);
  return {
    renderHtml: findExecutableHtml(renderHtml(doc)),
    renderMarkdown: findExecutableMarkdown(renderMarkdown(doc)),
    "publication.html": findExecutableHtml(publication.html),
    "publication.markdown": findExecutableMarkdown(publication.markdown),
    htmlDocument: findExecutableHtml(htmlDocument({ title, lang: "en", bodyHtml: publication.html }), { document: true }),
    markdownDocument: findExecutableMarkdown(markdownDocument({ title, bodyMarkdown: publication.markdown })),
  };
}

function expectInert(doc: EditorDoc, title: string): void {
  const outputs = executableOutputs(doc, title);
  const dirty = Object.fromEntries(Object.entries(outputs).filter(([, found]) => found.length > 0));
  expect(dirty).toEqual({});
}

/** Wrapped so that format detection always reads the body as HTML. */
const asHtmlBody = (payload: XssPayload) => `<p>Before ${payload.id}.</p>${payload.html}<p>After ${payload.id}.</p>`;

async function storedDocs(articleId: string) {
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  const docs = [JSON.parse(article.mtDoc) as EditorDoc, JSON.parse(article.sourceDoc) as EditorDoc];
  for (const doc of docs) expect(validateEditorDoc(doc).ok).toBe(true);
  return { article, docs };
}

describe("the XSS corpus", () => {
  it("has at least 50 payloads of every kind, each with a unique id", () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(XSS_PAYLOADS.map((p) => p.id)).size).toBe(XSS_PAYLOADS.length);
    expect(new Set(XSS_PAYLOADS.map((p) => p.category))).toEqual(
      new Set(["script", "event-handler", "url", "svg", "mathml", "mutation", "style", "document", "obfuscation"]),
    );
  });
});

describe("HTML import (use-case): body, title and metadata", () => {
  it.each(XSS_PAYLOADS.map((p) => [p.id, p.name, p] as const))("#%i %s", async (_id, _name, payload) => {
    const { importArticle } = await import("@/lib/use-cases/import-article");
    const base = validImport();
    const input = { ...base, metadata: { ...base.metadata, outlet: payload.html.slice(0, 200), author: payload.html.slice(0, 200) } };
    input.body.mt = asHtmlBody(payload);
    input.body.source = payload.html;
    input.title.mt = `Title ${payload.html}`.slice(0, 500);
    const { id } = await importArticle({ db, actor: { type: "user", id: editor.id }, input });
    const { article, docs } = await storedDocs(id);
    expect(article.mtFormat).toBe("html");
    for (const doc of docs) expectInert(doc, article.targetTitle);
    // The article text before the payload survives (an unclosed <svg> or
    // <noscript> swallows what follows, as it would in a browser).
    expect(docToPlainText(docs[0]!)).toContain(`Before ${payload.id}.`);
    expect(textDocument({ title: article.targetTitle, bodyText: renderPublication(docs[0]!).text })).toContain(`Before ${payload.id}.`);
  });

  it.each(XSS_URLS.filter((url) => !/^\/relative/.test(url)).map((url) => [JSON.stringify(url), url] as const))(
    "refuses originalUrl %s",
    async (_label, url) => {
      const { importArticle } = await import("@/lib/use-cases/import-article");
      const input = { ...validImport(), metadata: { originalUrl: url } };
      await expect(importArticle({ db, actor: { type: "user", id: editor.id }, input })).rejects.toMatchObject({ code: "validation_failed" });
    },
  );

  it.each(XSS_URLS.map((url) => [JSON.stringify(url), url] as const))("drops the link but keeps the text of <a href=%s>", async (_label, url) => {
    const doc = htmlToDoc(`<p>see <a href="${url.replace(/"/g, "&quot;")}">the report</a> now</p>`);
    expect(JSON.stringify(doc)).not.toContain('"link"');
    expect(docToPlainText(doc)).toBe("see the report now");
    expectInert(doc, "t");
  });
});

describe("import API route: POST /api/v1/articles", () => {
  async function post(body: unknown) {
    const { POST } = await import("@/app/api/v1/articles/route");
    return POST(
      new Request("http://localhost/api/v1/articles", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${importToken}` },
        body: JSON.stringify(body),
      }),
    );
  }

  it.each(XSS_PAYLOADS.map((p) => [p.id, p.name, p] as const))("#%i %s", async (_id, _name, payload) => {
    const input = validImport();
    input.body.mt = asHtmlBody(payload);
    input.body.source = asHtmlBody(payload);
    input.title.source = payload.html.slice(0, 500);
    const res = await post(input);
    expect(res.status).toBe(201);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const { id } = (await res.json()) as { id: string };
    const { article, docs } = await storedDocs(id);
    for (const doc of docs) expectInert(doc, article.sourceTitle);
  });

  it("answers 422 for a javascript: originalUrl and stores nothing", async () => {
    const before = await db.article.count();
    for (const url of ["javascript:__xss(1)", "JAVASCRIPT:__xss(1)", "java\tscript:__xss(1)", "data:text/html,<script>__xss(1)</script>", "vbscript:x"]) {
      const res = await post({ ...validImport(), metadata: { originalUrl: url } });
      expect(res.status).toBe(422);
      const body = (await res.json()) as ErrorJson;
      expect(body.error.issues?.map((issue) => issue.path)).toContain("metadata.originalUrl");
    }
    expect(await db.article.count()).toBe(before);
  });
});

describe("editor saves: POST /api/articles/:id/revisions", () => {
  const text = (value: string, marks?: unknown[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
  const paragraph = (...content: unknown[]) => ({ type: "paragraph", content });
  const docOf = (...content: unknown[]) => ({ type: "doc", content });
  const link = (href: string, extra: Record<string, unknown> = {}) => ({ type: "link", attrs: { href, ...extra } });

  it("stores every payload as text, and every rendering of the revision is inert", async () => {
    const articleId = await importedArticle(editor.id);
    const content = docOf(
      { type: "heading", attrs: { level: 2 }, content: [text(XSS_PAYLOADS[0]!.html)] },
      ...XSS_PAYLOADS.map((payload, i) =>
        paragraph(
          text(payload.html, i % 3 === 0 ? [{ type: "bold" }] : i % 3 === 1 ? [{ type: "italic" }] : undefined),
          text(" see "),
          // Hostile titles, classes, targets and rels on an allowed link.
          text("link", [link("https://ok.example/", { title: payload.html, class: payload.html, target: payload.html, rel: payload.html })]),
        ),
      ),
      { type: "blockquote", content: [paragraph(text(XSS_PAYLOADS.map((p) => p.html).join(" ")))] },
      { type: "bulletList", content: XSS_PAYLOADS.slice(0, 10).map((p) => ({ type: "listItem", content: [paragraph(text(p.html))] })) },
    );
    const title = XSS_PAYLOADS.map((p) => p.html).join("").slice(0, 500);
    const res = await postRevision(articleId, { baseNumber: 0, title, content }, { cookie: editor.cookie });
    expect(res.status).toBe(201);
    const revision = await db.revision.findUniqueOrThrow({ where: { articleId_number: { articleId, number: 1 } } });
    const stored = JSON.parse(revision.content) as EditorDoc;
    expect(stored).toEqual(content);
    expectInert(stored, revision.title);
    // Per payload, so that a failure names it.
    for (const block of stored.content) expectInert({ type: "doc", content: [block] }, "t");
  });

  it("keeps a link whose href hides line breaks one Markdown token, its title inert", async () => {
    const articleId = await importedArticle(editor.id);
    const href = "https://ok.example/a\n\n<img src=x onerror=__xss(1)>\n";
    const content = docOf(paragraph(text("x", [link(href, { title: "<img src=x onerror=__xss(2)>" })])));
    const res = await postRevision(articleId, { baseNumber: 0, title: "t", content }, { cookie: editor.cookie });
    expect(res.status).toBe(201);
    expectInert(content as EditorDoc, "t");
  });

  it.each(XSS_URLS.map((url) => [JSON.stringify(url), url] as const))("answers 422 for a link to %s", async (_label, url) => {
    const articleId = await importedArticle(editor.id);
    const res = await postRevision(articleId, { baseNumber: 0, title: "t", content: docOf(paragraph(text("click", [link(url)]))) }, { cookie: editor.cookie });
    expect(res.status).toBe(422);
    const body = (await res.json()) as ErrorJson;
    expect(body.error.issues).toContainEqual(expect.objectContaining({ path: "content.content[0].content[0].marks[0].attrs.href", code: "link_protocol" }));
    expect(await db.revision.count({ where: { articleId } })).toBe(0);
  });

  const HOSTILE_SHAPES: { name: string; content: unknown; code: string }[] = [
    { name: "handler on a paragraph", content: docOf({ type: "paragraph", attrs: { onclick: "__xss(1)" }, content: [text("x")] }), code: "unknown_attribute" },
    { name: "style on a heading", content: docOf({ type: "heading", attrs: { level: 1, style: "width:expression(__xss(1))" }, content: [text("x")] }), code: "unknown_attribute" },
    { name: "handler on a link", content: docOf(paragraph(text("x", [link("https://ok.example/", { onmouseover: "__xss(1)" })]))), code: "unknown_attribute" },
    { name: "href on bold", content: docOf(paragraph(text("x", [{ type: "bold", attrs: { href: "javascript:__xss(1)" } }]))), code: "unknown_attribute" },
    { name: "raw html node", content: docOf({ type: "html", content: "<script>__xss(1)</script>" }), code: "unknown_node_type" },
    { name: "image node", content: docOf({ type: "image", attrs: { src: "x", onerror: "__xss(1)" } }), code: "unknown_node_type" },
    { name: "iframe node", content: docOf({ type: "iframe", attrs: { src: "javascript:__xss(1)" } }), code: "unknown_node_type" },
    { name: "script mark", content: docOf(paragraph(text("x", [{ type: "script" }]))), code: "unknown_mark_type" },
    { name: "html property on text", content: docOf(paragraph({ type: "text", text: "x", html: "<img src=x onerror=__xss(1)>" })), code: "unknown_property" },
    { name: "non-numeric ordered list start", content: docOf({ type: "orderedList", attrs: { start: '1" onmouseover="__xss(1)' }, content: [{ type: "listItem", content: [paragraph(text("x"))] }] }), code: "invalid_attribute" },
    { name: "ordered list type outside 1aAiI", content: docOf({ type: "orderedList", attrs: { type: '1" onmouseover="__xss(1)' }, content: [{ type: "listItem", content: [paragraph(text("x"))] }] }), code: "invalid_attribute" },
    { name: "heading level as markup", content: docOf({ type: "heading", attrs: { level: "1 onclick=__xss(1)" }, content: [text("x")] }), code: "invalid_attribute" },
    { name: "__proto__ attribute", content: JSON.parse('{"type":"doc","content":[{"type":"paragraph","attrs":{"__proto__":{"onclick":"__xss(1)"}},"content":[{"type":"text","text":"x"}]}]}'), code: "unknown_attribute" },
  ];

  it.each(HOSTILE_SHAPES.map((shape) => [shape.name, shape] as const))("answers 422 for %s", async (_name, shape) => {
    const articleId = await importedArticle(editor.id);
    const res = await postRevision(articleId, { baseNumber: 0, title: "t", content: shape.content }, { cookie: editor.cookie });
    expect(res.status).toBe(422);
    const body = (await res.json()) as ErrorJson;
    expect(body.error.issues?.map((issue) => issue.code)).toContain(shape.code);
    expect(await db.revision.count({ where: { articleId } })).toBe(0);
  });
});

describe("paste cleaning", () => {
  it.each(XSS_PAYLOADS.map((p) => [p.id, p.name, p] as const))("#%i %s", (_id, _name, payload) => {
    expect(findExecutableHtml(transformPastedHTML(payload.html))).toEqual([]);
    expect(findExecutableHtml(transformPastedHTML(asHtmlBody(payload)))).toEqual([]);
  });
});

describe("renderers on documents that skipped validation", () => {
  it.each(XSS_URLS.map((url) => [JSON.stringify(url), url] as const))("never emit a link to %s", (_label, url) => {
    const mark = { type: "link" as const, attrs: { href: url, title: "<img src=x onerror=__xss(1)>" } };
    const doc: EditorDoc = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "one", marks: [mark] }, { type: "text", text: " mid " }, { type: "text", text: "two", marks: [{ ...mark, attrs: { href: "https://ok.example/" } }] }] }],
    };
    expectInert(doc, "t");
    // The allowed link after a dropped one stays closed (no stray </span>).
    expect(renderHtml(doc)).toBe('<p>one mid <a href="https://ok.example/" rel="noopener noreferrer nofollow">two</a></p>');
  });
});
