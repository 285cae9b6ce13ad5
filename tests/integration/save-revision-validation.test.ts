import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { migrateTestDb } from "./helpers";
import { importedArticle, postRevision, signedInUser, type ErrorJson } from "./revision-helpers";

let db: Db;
let cookie: string;
let articleId: string;

beforeAll(async () => {
  db = await migrateTestDb();
  const editor = await signedInUser("editor");
  cookie = editor.cookie;
  articleId = await importedArticle(editor.id);
});

const text = (value: string, marks?: unknown[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: unknown[]) => ({ type: "paragraph", content });
const docOf = (...content: unknown[]) => ({ type: "doc", content });
const link = (href: string) => ({ type: "link", attrs: { href } });

function nested(depth: number): unknown {
  let node: unknown = paragraph(text("deep"));
  for (let i = 0; i < depth; i++) node = { type: "blockquote", content: [node] };
  return docOf(node);
}

// One case per way editor JSON can be wrong: the issue each must be named by.
const INVALID_CONTENT: { name: string; content: unknown; path: string | RegExp; code: string; en: RegExp }[] = [
  { name: "unknown node type", content: docOf({ type: "image", attrs: { src: "x.png" } }), path: "content.content[0].type", code: "unknown_node_type", en: /element the editor does not support/ },
  { name: "unknown mark type", content: docOf(paragraph(text("a", [{ type: "underline" }]))), path: "content.content[0].content[0].marks[0].type", code: "unknown_mark_type", en: /formatting the editor does not support/ },
  { name: "unknown attribute", content: docOf({ type: "paragraph", attrs: { style: "color:red" } }), path: "content.content[0].attrs.style", code: "unknown_attribute", en: /attribute the editor does not support/ },
  { name: "javascript: link", content: docOf(paragraph(text("a", [link("javascript:alert(1)")]))), path: "content.content[0].content[0].marks[0].attrs.href", code: "link_protocol", en: /http, https or mailto/ },
  { name: "data: link", content: docOf(paragraph(text("a", [link("data:text/html;base64,PHNjcmlwdD4=")]))), path: "content.content[0].content[0].marks[0].attrs.href", code: "link_protocol", en: /http, https or mailto/ },
  { name: "over the size limit", content: docOf(paragraph(text("x".repeat(2_100_000)))), path: "content", code: "too_large", en: /larger than the limit of 2 MB/ },
  // The path names the first node past the limit.
  { name: "too deep", content: nested(40), path: /^content(\.content\[0\]){32}$/, code: "too_deep", en: /deeper than the limit of 32 levels/ },
  { name: "text directly in doc", content: docOf(text("loose")), path: "content.content[0].type", code: "invalid_nesting", en: /not allowed in this place/ },
  { name: "wrong structure (content not an array)", content: { type: "doc", content: "text" }, path: "content.content", code: "invalid_structure", en: /not valid editor content/ },
  { name: "wrong structure (not a doc)", content: "just a string", path: "content", code: "invalid_structure", en: /not valid editor content/ },
  { name: "empty text node", content: docOf(paragraph(text(""))), path: "content.content[0].content[0].text", code: "empty_text", en: /empty text run/ },
];

async function expect422(body: unknown, headers?: Record<string, string>) {
  const before = { revisions: await db.revision.count(), events: await db.auditEvent.count() };
  const res = await postRevision(articleId, body, { cookie, headers });
  expect(res.status).toBe(422);
  const json = (await res.json()) as ErrorJson;
  expect(json.error.code).toBe("validation_failed");
  expect({ revisions: await db.revision.count(), events: await db.auditEvent.count() }).toEqual(before);
  return json.error.issues ?? [];
}

describe("POST /api/articles/:id/revisions with invalid input", () => {
  it.each(INVALID_CONTENT)("answers 422 naming the problem, and stores nothing: $name", async ({ content, path, code, en }) => {
    const issues = await expect422({ baseNumber: 0, title: "T", content });
    const issue = issues.find((i) => i.code === code);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    if (typeof path === "string") expect(issue?.path).toBe(path);
    else expect(issue?.path).toMatch(path);
    expect(issue?.message).toMatch(en);
    expect(issue?.message.startsWith(issue.path)).toBe(true);
  });

  it.each([
    { name: "array", body: [] },
    { name: "string", body: "save this" },
    { name: "null", body: null },
    { name: "number", body: 3 },
  ])("answers 422 for a non-object body ($name)", async ({ body }) => {
    expect(await expect422(body)).toEqual([{ path: "(body)", code: "invalid_type", message: "(body) has the wrong type." }]);
  });

  it("names every bad field of the envelope at once", async () => {
    const issues = await expect422({ baseNumber: -1, title: "   ", message: "m".repeat(501), editSeconds: 90_000, extra: true });
    expect(issues.map((i) => [i.path, i.code])).toEqual(
      expect.arrayContaining([
        ["baseNumber", "invalid"],
        ["title", "required"],
        ["content", "required"],
        ["message", "too_long"],
        ["editSeconds", "too_big"],
        ["extra", "unknown_field"],
      ]),
    );
    expect(issues.find((i) => i.path === "editSeconds")?.message).toBe("editSeconds must be at most 86400.");
  });

  it("reports envelope and document problems together", async () => {
    const issues = await expect422({ baseNumber: 1.5, title: "T", content: docOf({ type: "video" }) });
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ["baseNumber", "invalid_type"],
      ["content.content[0].type", "unknown_node_type"],
    ]);
  });

  it("answers in Chinese when the caller prefers it", async () => {
    const content = docOf(paragraph(text("a", [link("javascript:alert(1)")])), { type: "image" });
    const res = await postRevision(articleId, { baseNumber: 0, title: "T", content }, { cookie, headers: { "accept-language": "zh-CN,zh;q=0.9,en;q=0.5" } });
    expect(res.status).toBe(422);
    const json = (await res.json()) as ErrorJson;
    expect(json.error.message).toBe("部分字段无效。");
    expect(json.error.issues).toEqual([
      { path: "content.content[0].content[0].marks[0].attrs.href", code: "link_protocol", message: "content.content[0].content[0].marks[0].attrs.href 必须是完整的 http、https 或 mailto 链接。" },
      { path: "content.content[1].type", code: "unknown_node_type", message: "content.content[1].type 是编辑器不支持的元素。" },
    ]);
  });
});
