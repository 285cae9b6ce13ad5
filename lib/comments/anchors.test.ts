import { describe, expect, it } from "vitest";
import { editorSchema } from "@/lib/editor/extensions";
import {
  anchorToRange,
  docBlockTexts,
  rangeToAnchor,
  reanchor,
  sentenceAnchorAt,
  settleAnchor,
  type QuotedAnchor,
} from "./anchors";

const pm = (json: unknown) => editorSchema().nodeFromJSON(json);
const para = (text: string) => ({ type: "paragraph", content: text ? [{ type: "text", text }] : [] });
const doc = (...blocks: unknown[]) => pm({ type: "doc", content: blocks.map((b) => (typeof b === "string" ? para(b) : b)) });

function quoted(texts: string[], block: number, quote: string): QuotedAnchor {
  const start = texts[block]!.indexOf(quote);
  if (start === -1) throw new Error(`no "${quote}"`);
  return { block, start, end: start + quote.length, quote };
}

describe("anchor ↔ ProseMirror range", () => {
  const d = doc("First one. Second one.", {
    type: "bulletList",
    content: [{ type: "listItem", content: [para("Item a")] }, { type: "listItem", content: [para("Item b")] }],
  });

  it("round-trips a range in a paragraph", () => {
    const range = anchorToRange(d, { block: 0, start: 11, end: 17 })!;
    expect(d.textBetween(range.from, range.to)).toBe("Second");
    expect(rangeToAnchor(d, range.from, range.to)).toEqual({ block: 0, start: 11, end: 17, quote: "Second" });
  });

  it("counts inner paragraphs of a list as one block with line breaks", () => {
    expect(docBlockTexts(d)).toEqual(["First one. Second one.", "Item a\nItem b"]);
    const range = anchorToRange(d, { block: 1, start: 7, end: 13 })!;
    expect(d.textBetween(range.from, range.to)).toBe("Item b");
    expect(rangeToAnchor(d, range.from, range.to)).toMatchObject({ block: 1, start: 7, end: 13, quote: "Item b" });
  });

  it("cuts a range over two blocks at the end of the first and clamps out-of-range offsets", () => {
    const from = anchorToRange(d, { block: 0, start: 11, end: 11 })!.from;
    const to = anchorToRange(d, { block: 1, start: 0, end: 4 })!.to;
    expect(rangeToAnchor(d, from, to)).toEqual({ block: 0, start: 11, end: 22, quote: "Second one." });
    const clamped = anchorToRange(d, { block: 9, start: 50, end: 80 })!;
    expect(clamped.from).toBe(clamped.to);
  });

  it("finds the caret's sentence, in English and in Chinese", () => {
    const at = anchorToRange(d, { block: 0, start: 14, end: 14 })!.from;
    expect(sentenceAnchorAt(d, at, "en")).toEqual({ block: 0, start: 11, end: 22, quote: "Second one." });
    const zh = doc("他说：“好。”然后离开。第三句。");
    const pos = anchorToRange(zh, { block: 0, start: 8, end: 8 })!.from;
    expect(sentenceAnchorAt(zh, pos, "zh")).toEqual({ block: 0, start: 7, end: 12, quote: "然后离开。" });
  });
});

describe("reanchor", () => {
  const en = ["The minister spoke on Monday. Prices rose sharply in May.", "Second paragraph here."];

  it("keeps an anchor whose text did not move", () => {
    const a = quoted(en, 0, "rose sharply");
    expect(reanchor(a, en, en, "en")).toEqual({ ...a, fit: "exact" });
  });

  it("follows the quote after an edit before it", () => {
    const a = quoted(en, 0, "rose sharply");
    const to = ["Yesterday the minister spoke on Monday. Prices rose sharply in May.", en[1]!];
    expect(reanchor(a, en, to, "en")).toEqual({ ...quoted(to, 0, "rose sharply"), fit: "moved" });
  });

  it("keeps the anchor after an edit after it", () => {
    const a = quoted(en, 0, "spoke");
    const to = ["The minister spoke on Monday. Prices rose very sharply in May.", en[1]!];
    expect(reanchor(a, en, to, "en")).toEqual({ ...a, fit: "exact" });
  });

  it("follows the quote into another block when paragraphs were inserted", () => {
    const a = quoted(en, 1, "paragraph");
    const to = ["New lead.", en[0]!, en[1]!];
    expect(reanchor(a, en, to, "en")).toEqual({ ...quoted(to, 2, "paragraph"), fit: "moved" });
  });

  it("picks the occurrence nearest the old place", () => {
    const from = ["one two one two"];
    const a = { block: 0, start: 8, end: 11, quote: "one" };
    expect(reanchor(a, from, ["x one two one two"], "en")).toMatchObject({ start: 10, end: 13, fit: "moved" });
  });

  it("stays on its sentence when the quote was edited inside", () => {
    const a = quoted(en, 0, "rose sharply");
    const to = ["The minister spoke on Monday. Prices climbed steeply in May.", en[1]!];
    expect(reanchor(a, en, to, "en")).toEqual({ ...quoted(to, 0, "Prices climbed steeply in May."), fit: "sentence" });
  });

  it("stays on the sentence at the same place when the quote was deleted", () => {
    const a = quoted(en, 0, "Prices rose sharply in May.");
    const to = ["The minister spoke on Monday. Costs fell.", en[1]!];
    expect(reanchor(a, en, to, "en")).toMatchObject({ quote: "Costs fell.", fit: "sentence" });
  });

  it("falls back to the block start for an emptied block, and to the last block when blocks went away", () => {
    const a = quoted(en, 1, "Second");
    expect(reanchor(a, en, ["The minister spoke on Monday.", ""], "en")).toEqual({ block: 1, start: 0, end: 0, quote: "", fit: "block" });
    expect(reanchor(a, en, ["Only this."], "en")).toMatchObject({ block: 0, quote: "Only this.", fit: "sentence" });
    expect(reanchor(a, en, [], "en")).toBeNull();
  });

  it("works on Chinese text: edits before, inside and after", () => {
    const zh = ["部长周一发表讲话。五月物价大幅上涨。", "第二段。"];
    const a = quoted(zh, 0, "物价大幅上涨");
    const before = ["昨天，部长周一发表讲话。五月物价大幅上涨。", zh[1]!];
    expect(reanchor(a, zh, before, "zh")).toEqual({ ...quoted(before, 0, "物价大幅上涨"), fit: "moved" });
    const after = ["部长周一发表讲话。五月物价大幅上涨。六月回落。", zh[1]!];
    expect(reanchor(a, zh, after, "zh")).toEqual({ ...a, fit: "exact" });
    const inside = ["部长周一发表讲话。五月物价小幅上涨。", zh[1]!];
    expect(reanchor(a, zh, inside, "zh")).toMatchObject({ start: 9, end: 18, quote: "五月物价小幅上涨。", fit: "sentence" });
  });
});

describe("settleAnchor", () => {
  it("quotes the saved text and moves a collapsed range to its sentence", () => {
    const texts = ["One. Two three. Four."];
    expect(settleAnchor(texts, { block: 0, start: 5, end: 8 }, "en")).toEqual({ block: 0, start: 5, end: 8, quote: "Two" });
    expect(settleAnchor(texts, { block: 0, start: 9, end: 9 }, "en")).toEqual({ block: 0, start: 5, end: 15, quote: "Two three." });
    expect(settleAnchor(["Tail."], { block: 3, start: 40, end: 99 }, "en")).toEqual({ block: 0, start: 0, end: 5, quote: "Tail." });
    expect(settleAnchor([""], { block: 0, start: 0, end: 0 }, "en")).toEqual({ block: 0, start: 0, end: 0, quote: "" });
  });
});
