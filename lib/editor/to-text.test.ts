import { describe, expect, it } from "vitest";
import { bold, br, doc, italic, link, p, text } from "./test-docs";
import { countWords, docParagraphTexts, docToBlocks, docToPlainText, listItemNumber } from "./to-text";
import type { BlockNode, EditorDoc, ListItemNode } from "./types";

const item = (...content: BlockNode[]): ListItemNode => ({ type: "listItem", content });

const article: EditorDoc = doc(
  { type: "heading", attrs: { level: 2 }, content: [text("标题")] },
  p("First ", text("bold", bold), br, "second line"),
  p(),
  {
    type: "bulletList",
    content: [item(p("One"), { type: "orderedList", attrs: { start: 3, type: null }, content: [item(p("Nested")), item(p("Next"))] }), item(p("Two"))],
  },
  { type: "blockquote", content: [p("Quoted"), { type: "bulletList", content: [item(p("In quote"))] }] },
);

describe("docToPlainText", () => {
  it("separates blocks by blank lines and prefixes list items", () => {
    expect(docToPlainText(article)).toBe(
      ["标题", "First bold\nsecond line", "- One\n  3. Nested\n  4. Next\n- Two", "Quoted", "- In quote"].join("\n\n"),
    );
  });

  it("numbers ordered lists by start and type", () => {
    const list = (type: "a" | "I" | null, start: number): EditorDoc =>
      doc({ type: "orderedList", attrs: { start, type }, content: [item(p("x")), item(p("y"))] });
    expect(docToPlainText(list(null, 9))).toBe("9. x\n10. y");
    expect(docToPlainText(list("a", 26))).toBe("z. x\naa. y");
    expect(docToPlainText(list("I", 3))).toBe("III. x\nIV. y");
  });

  it("indents continuation paragraphs of a list item under its text", () => {
    expect(docToPlainText(doc({ type: "orderedList", content: [item(p("Para one"), p("Para two"))] }))).toBe("1. Para one\n   Para two");
  });

  it("is empty for an empty document", () => {
    expect(docToPlainText(doc(p()))).toBe("");
  });
});

describe("listItemNumber", () => {
  it.each<[number, "1" | "a" | "A" | "i" | "I" | null, string]>([
    [1, null, "1"],
    [0, "a", "0"],
    [28, "A", "AB"],
    [1994, "i", "mcmxciv"],
    [4000, "I", "4000"],
  ])("%i as %s is %s", (n, type, expected) => expect(listItemNumber(n, type)).toBe(expected));
});

describe("docToBlocks", () => {
  it("lists every leaf text block with its context, in reading order", () => {
    expect(docToBlocks(article).map(({ type, attrs, text: t, path }) => ({ type, attrs, text: t, path }))).toEqual([
      { type: "heading", attrs: { level: 2 }, text: "标题", path: [0] },
      { type: "paragraph", attrs: {}, text: "First bold\nsecond line", path: [1] },
      { type: "paragraph", attrs: {}, text: "", path: [2] },
      { type: "listItem", attrs: { listType: "bulletList", depth: 1 }, text: "One", path: [3, 0, 0] },
      { type: "listItem", attrs: { listType: "orderedList", depth: 2 }, text: "Nested", path: [3, 0, 1, 0, 0] },
      { type: "listItem", attrs: { listType: "orderedList", depth: 2 }, text: "Next", path: [3, 0, 1, 1, 0] },
      { type: "listItem", attrs: { listType: "bulletList", depth: 1 }, text: "Two", path: [3, 1, 0] },
      { type: "blockquote", attrs: {}, text: "Quoted", path: [4, 0] },
      { type: "listItem", attrs: { listType: "bulletList", depth: 1 }, text: "In quote", path: [4, 1, 0, 0] },
    ]);
  });

  it("gives marks as merged UTF-16 offsets into the block text", () => {
    const href = link("https://example.com");
    const [block] = docToBlocks(doc(p("a", text("bc", bold), text("d", bold, italic), br, text("链接", href), text("x", href, bold))));
    expect(block?.text).toBe("abcd\n链接x");
    expect(block?.marks).toEqual([
      { from: 1, to: 4, type: "bold" },
      { from: 3, to: 4, type: "italic" },
      { from: 5, to: 8, type: "link", attrs: href.attrs },
      { from: 7, to: 8, type: "bold" },
    ]);
  });

  it("keeps links to different targets apart", () => {
    const [block] = docToBlocks(doc(p(text("a", link("https://a.example")), text("b", link("https://b.example")))));
    expect(block?.marks.map((m) => [m.from, m.to])).toEqual([[0, 1], [1, 2]]);
  });
});

describe("docParagraphTexts", () => {
  it("matches docToBlocks index for index", () => {
    expect(docParagraphTexts(article)).toEqual(docToBlocks(article).map((b) => b.text));
  });
});

describe("countWords", () => {
  it.each<[string, string, number]>([
    ["", "en", 0],
    ["   ", "en", 0],
    ["Hello, world!", "en", 2],
    ["It's a state-of-the-art test — really.", "en", 5],
    ["Inflation rose 2.5% in 2024", "en", 5],
    ["Привет, мир", "ru", 2],
    ["经济增长速度加快。", "zh", 8],
    ["苹果发布iPhone 15", "zh-Hans", 6],
    ["東京でニュースを読む", "ja", 10],
    ["서울에서 발표했다", "ko", 2],
    ["สวัสดีครับ ผมชื่อ", "th", 4],
    ["Hello", "not a locale!", 1],
  ])("%j (%s) has %i words", (input, lang, expected) => expect(countWords(input, lang)).toBe(expected));
});
