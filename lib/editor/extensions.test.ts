import { readFileSync } from "node:fs";
import { Editor, getSchema } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";
import { EDITOR_SCHEMA_VERSION, editorExtensions, editorSchema, isAllowedHref } from "./extensions";
import { MARK_ORDER } from "./inline";
import { doc, p } from "./test-docs";
import { validateEditorDoc } from "./validate";

describe("editorSchema", () => {
  it("has exactly the nodes and marks of Copydesk's schema", () => {
    const schema = editorSchema();
    expect(Object.keys(schema.nodes).sort()).toEqual(
      ["blockquote", "bulletList", "doc", "hardBreak", "heading", "listItem", "orderedList", "paragraph", "text"].sort(),
    );
    expect(Object.keys(schema.marks)).toEqual([...MARK_ORDER]);
  });

  it("is built once", () => {
    expect(editorSchema()).toBe(editorSchema());
  });

  it("exposes a schema version", () => {
    expect(EDITOR_SCHEMA_VERSION).toBe(1);
  });

  it("does not depend on editor options", () => {
    const a = editorSchema();
    const b = getSchema(editorExtensions({ undoRedo: false, autolink: false }));
    expect(Object.keys(b.nodes)).toEqual(Object.keys(a.nodes));
    expect(Object.keys(b.marks)).toEqual(Object.keys(a.marks));
  });

  it("stays importable on the server: no React in the module", () => {
    const source = readFileSync(new URL("./extensions.ts", import.meta.url), "utf8");
    expect(source).not.toMatch(/from\s+["'](react|@tiptap\/react)/);
  });
});

describe("isAllowedHref", () => {
  it.each(["https://example.com", "http://example.com/a?b#c", "mailto:desk@example.com", "HTTPS://EXAMPLE.COM", "https://例子.中国/路径"])(
    "allows %s",
    (href) => expect(isAllowedHref(href)).toBe(true),
  );
  it.each([
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "java\tscript:alert(1)",
    "\u0000javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:x",
    "ftp://example.com",
    "tel:+4912345",
    "/relative",
    "relative/path",
    "//example.com",
    "#anchor",
    "https://",
    "mailto:",
    "",
  ])("rejects %j", (href) => expect(isAllowedHref(href)).toBe(false));
});

describe("the editor built from editorExtensions()", () => {
  let editor: Editor | undefined;
  afterEach(() => editor?.destroy());

  const open = () => {
    editor = new Editor({ element: null, extensions: editorExtensions(), content: doc(p("Hello world")) });
    return editor;
  };

  it("saves JSON that validateEditorDoc accepts after every formatting command", () => {
    const e = open();
    e.chain().setTextSelection({ from: 1, to: 6 }).toggleBold().toggleItalic().run();
    e.chain().setTextSelection({ from: 7, to: 12 }).setLink({ href: "https://example.com" }).run();
    e.chain().setTextSelection(3).setHardBreak().run();
    e.chain().setTextSelection(2).toggleHeading({ level: 2 }).run();
    // Commands only, no focus(): there is no window in Node.
    const end = () => e.state.doc.content.size;
    e.chain().insertContentAt(end(), doc(p("item"), p("quote")).content).run();
    e.chain().setTextSelection(end() - 8).toggleOrderedList().run();
    e.chain().setTextSelection(end() - 2).toggleBlockquote().run();
    const json: unknown = e.getJSON();
    expect(JSON.stringify(json)).toContain('"link"');
    expect(JSON.stringify(json)).toContain('"orderedList"');
    expect(validateEditorDoc(json)).toMatchObject({ ok: true });
  });

  it("refuses links with disallowed protocols", () => {
    const e = open();
    e.commands.setTextSelection({ from: 1, to: 6 });
    expect(e.commands.setLink({ href: "javascript:alert(1)" })).toBe(false);
    expect(e.commands.setLink({ href: "ftp://example.com" })).toBe(false);
    expect(JSON.stringify(e.getJSON())).not.toContain("link");
  });

  it("has no commands for formats outside the schema", () => {
    const e = open();
    const commands = e.commands as unknown as Record<string, unknown>;
    for (const name of ["toggleCode", "toggleCodeBlock", "toggleStrike", "toggleUnderline", "setHorizontalRule"]) {
      expect(commands[name], name).toBeUndefined();
    }
  });

  it("configures links as the newsroom needs them", () => {
    const e = open();
    const linkExtension = e.extensionManager.extensions.find((ext) => ext.name === "link");
    expect(linkExtension?.options).toMatchObject({
      openOnClick: false,
      autolink: true,
      HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
    });
    const heading = e.extensionManager.extensions.find((ext) => ext.name === "heading");
    expect(heading?.options).toMatchObject({ levels: [1, 2, 3, 4] });
  });
});
