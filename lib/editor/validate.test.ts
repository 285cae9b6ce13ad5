import { describe, expect, it } from "vitest";
import { editorSchema } from "./extensions";
import { bold, br, doc, italic, link, p, text } from "./test-docs";
import type { EditorDoc } from "./types";
import { MAX_DOC_BYTES, MAX_DOC_DEPTH, validateEditorDoc, type EditorDocIssue } from "./validate";

function issuesOf(input: unknown): EditorDocIssue[] {
  const result = validateEditorDoc(input);
  if (result.ok) throw new Error("expected the document to be rejected");
  return result.issues;
}

const withText = (node: Record<string, unknown>) => ({ type: "doc", content: [{ type: "paragraph", content: [node] }] });

/** Everything the schema allows, serialized the way the editor does. */
const fullDoc: EditorDoc = doc(
  { type: "heading", attrs: { level: 1 }, content: [text("标题 Title")] },
  p("Plain ", text("bold", bold), " ", text("both", bold, italic), br, text("link", link("https://example.com/a?b=1#c"))),
  p(),
  {
    type: "bulletList",
    content: [
      {
        type: "listItem",
        content: [
          p("one"),
          { type: "orderedList", attrs: { start: 3, type: "a" }, content: [{ type: "listItem", content: [p("nested")] }] },
        ],
      },
    ],
  },
  { type: "orderedList", attrs: { start: 1, type: null }, content: [{ type: "listItem", content: [p(text("mail", link("mailto:desk@example.com")))] }] },
  { type: "blockquote", content: [p("quoted"), { type: "heading", attrs: { level: 4 }, content: [text("h4")] }] },
  p({ type: "hardBreak", marks: [bold] }),
);

describe("validateEditorDoc: valid documents", () => {
  it("accepts every node and mark of the schema and returns the input unchanged", () => {
    const result = validateEditorDoc(fullDoc);
    expect(result).toEqual({ ok: true, doc: fullDoc });
  });

  it("accepts exactly what ProseMirror serializes (what the editor saves)", () => {
    const json = editorSchema().nodeFromJSON(fullDoc).toJSON() as unknown;
    expect(json).toEqual(fullDoc);
    expect(validateEditorDoc(json).ok).toBe(true);
  });

  it("accepts Chinese text", () => {
    expect(validateEditorDoc(doc(p("经济增长速度加快。"), p(text("新华社", bold)))).ok).toBe(true);
  });

  it("does not strip or default anything: a missing optional attr stays missing", () => {
    const input = doc({ type: "orderedList", content: [{ type: "listItem", content: [p("x")] }] });
    const result = validateEditorDoc(input);
    expect(result.ok && result.doc).toEqual(input);
    expect(result.ok && result.doc.content[0]).not.toHaveProperty("attrs");
  });

  it("accepts link marks with only an href", () => {
    expect(validateEditorDoc(withText({ type: "text", text: "a", marks: [{ type: "link", attrs: { href: "http://x.org" } }] })).ok).toBe(true);
  });
});

describe("validateEditorDoc: issue codes", () => {
  it.each<[string, unknown, Partial<EditorDocIssue>]>([
    ["non-object input", "hello", { code: "invalid_structure", path: "" }],
    ["null", null, { code: "invalid_structure", path: "" }],
    ["an array", [], { code: "invalid_structure", path: "" }],
    ["a non-doc root", { type: "paragraph" }, { code: "invalid_structure", path: "type" }],
    ["an empty doc", { type: "doc", content: [] }, { code: "invalid_structure", path: "content" }],
    ["a doc without content", { type: "doc" }, { code: "invalid_structure", path: "content" }],
    ["an unknown node", doc({ type: "image", attrs: { src: "x.png" } } as never), { code: "unknown_node_type", path: "content[0].type" }],
    ["a codeBlock", doc({ type: "codeBlock", content: [] } as never), { code: "unknown_node_type", path: "content[0].type" }],
    ["an unknown inline node", withText({ type: "mention", attrs: { id: 1 } }), { code: "unknown_node_type", path: "content[0].content[0].type" }],
    ["an unknown mark", withText({ type: "text", text: "a", marks: [{ type: "underline" }] }), { code: "unknown_mark_type", path: "content[0].content[0].marks[0].type" }],
    ["a strike mark", withText({ type: "text", text: "a", marks: [{ type: "strike" }] }), { code: "unknown_mark_type" }],
    ["an unknown node attribute", doc({ type: "paragraph", attrs: { textAlign: "left" } } as never), { code: "unknown_attribute", path: "content[0].attrs.textAlign" }],
    ["an unknown mark attribute", withText({ type: "text", text: "a", marks: [{ type: "link", attrs: { href: "https://x.org", onclick: "x" } }] }), { code: "unknown_attribute", path: "content[0].content[0].marks[0].attrs.onclick" }],
    ["attrs on bold", withText({ type: "text", text: "a", marks: [{ type: "bold", attrs: { weight: 700 } }] }), { code: "unknown_attribute" }],
    ["an unknown node property", doc({ type: "paragraph", style: "color:red" } as never), { code: "unknown_property", path: "content[0].style" }],
    ["heading level 7", doc({ type: "heading", attrs: { level: 7 as never } }), { code: "invalid_attribute", path: "content[0].attrs.level" }],
    ["heading level as a string", doc({ type: "heading", attrs: { level: "2" as never } }), { code: "invalid_attribute" }],
    ["a heading without level", doc({ type: "heading" } as never), { code: "invalid_attribute", path: "content[0].attrs" }],
    ["a fractional list start", doc({ type: "orderedList", attrs: { start: 1.5 }, content: [{ type: "listItem", content: [p()] }] }), { code: "invalid_attribute", path: "content[0].attrs.start" }],
    ["an unknown list type", doc({ type: "orderedList", attrs: { type: "x" as never }, content: [{ type: "listItem", content: [p()] }] }), { code: "invalid_attribute" }],
    ["a javascript: link", withText({ type: "text", text: "a", marks: [link("javascript:alert(1)")] }), { code: "link_protocol", path: "content[0].content[0].marks[0].attrs.href" }],
    ["an obfuscated javascript: link", withText({ type: "text", text: "a", marks: [link(" JaVa\tScRiPt:alert(1)")] }), { code: "link_protocol" }],
    ["a data: link", withText({ type: "text", text: "a", marks: [link("data:text/html;base64,PHNjcmlwdD4=")] }), { code: "link_protocol" }],
    ["a vbscript: link", withText({ type: "text", text: "a", marks: [link("vbscript:msgbox(1)")] }), { code: "link_protocol" }],
    ["a relative link", withText({ type: "text", text: "a", marks: [link("/admin")] }), { code: "link_protocol" }],
    ["a protocol-relative link", withText({ type: "text", text: "a", marks: [link("//evil.example")] }), { code: "link_protocol" }],
    ["an ftp link", withText({ type: "text", text: "a", marks: [link("ftp://x.org/f")] }), { code: "link_protocol" }],
    ["an empty text node", withText({ type: "text", text: "" }), { code: "empty_text", path: "content[0].content[0].text" }],
    ["text in the doc root", doc({ type: "text", text: "a" } as never), { code: "invalid_nesting", path: "content[0].type" }],
    ["a listItem outside a list", doc({ type: "listItem", content: [p()] } as never), { code: "invalid_nesting", path: "content[0].type" }],
    ["a paragraph inside a list", doc({ type: "bulletList", content: [p() as never] }), { code: "invalid_nesting", path: "content[0].content[0].type" }],
    ["a paragraph inside a paragraph", doc(p(p() as never)), { code: "invalid_nesting", path: "content[0].content[0].type" }],
    ["a list item starting with a list", doc({ type: "bulletList", content: [{ type: "listItem", content: [{ type: "bulletList", content: [{ type: "listItem", content: [p()] }] }] }] }), { code: "invalid_nesting", path: "content[0].content[0].content[0]" }],
    ["an empty list", doc({ type: "bulletList", content: [] }), { code: "invalid_structure", path: "content[0].content" }],
    ["an empty blockquote", doc({ type: "blockquote", content: [] }), { code: "invalid_structure" }],
    ["text that is not a string", withText({ type: "text", text: 42 }), { code: "invalid_structure", path: "content[0].content[0].text" }],
    ["a duplicated mark", withText({ type: "text", text: "a", marks: [bold, bold] }), { code: "invalid_structure", path: "content[0].content[0].marks[1]" }],
  ])("rejects %s", (_label, input, expected) => {
    expect(issuesOf(input)[0]).toMatchObject(expected);
  });

  it("reports every issue, not just the first", () => {
    const issues = issuesOf(doc({ type: "image" } as never, p(text("a", { type: "underline" } as never))));
    expect(issues.map((i) => i.code)).toEqual(["unknown_node_type", "unknown_mark_type"]);
  });

  it("rejects documents larger than MAX_DOC_BYTES, counting UTF-8 bytes", () => {
    // 700k CJK characters are 2.1 MB in UTF-8 but only 700k UTF-16 units.
    const big = doc(p("中".repeat(700_000)));
    expect(issuesOf(big)).toEqual([expect.objectContaining({ code: "too_large", path: "" })]);
    expect(validateEditorDoc(doc(p("a".repeat(MAX_DOC_BYTES - 100)))).ok).toBe(true);
  });

  it("rejects nesting deeper than MAX_DOC_DEPTH without overflowing the stack", () => {
    let node: unknown = p("deep");
    for (let i = 0; i < 100_000; i++) node = { type: "blockquote", content: [node] };
    expect(issuesOf({ type: "doc", content: [node] })[0]).toMatchObject({ code: "too_deep" });

    // Exactly at the limit is fine: doc(1) + quotes + paragraph + text.
    let ok: unknown = p("x");
    for (let i = 0; i < MAX_DOC_DEPTH - 3; i++) ok = { type: "blockquote", content: [ok] };
    expect(validateEditorDoc({ type: "doc", content: [ok] }).ok).toBe(true);
  });

  it("rejects deep junk hidden in attributes", () => {
    let junk: unknown = 1;
    for (let i = 0; i < 10_000; i++) junk = { a: junk };
    expect(issuesOf(doc({ type: "paragraph", attrs: junk as never }))[0]).toMatchObject({ code: "too_deep" });
  });

  it("rejects cyclic objects as too deep instead of hanging", () => {
    const cyclic: { type: string; content: unknown[] } = { type: "blockquote", content: [] };
    cyclic.content.push(cyclic);
    expect(issuesOf({ type: "doc", content: [cyclic] })[0]).toMatchObject({ code: "too_deep" });
  });

  it("rejects values JSON cannot hold", () => {
    expect(issuesOf(doc({ type: "orderedList", attrs: { start: 10n as never }, content: [] }))[0]).toMatchObject({ code: "invalid_structure" });
  });
});
