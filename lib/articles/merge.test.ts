import { describe, expect, it } from "vitest";
import type { EditorDoc } from "@/lib/editor/validate";
import { mergeDocs } from "./merge";

const doc = (...texts: string[]): EditorDoc => ({
  type: "doc",
  content: texts.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
});

describe("mergeDocs", () => {
  it("keeps both sides' edits when they touch different paragraphs", () => {
    const result = mergeDocs(doc("A And b", "c ."), doc("A and b", "c ."), doc("A And b", "c."));
    expect(result).toEqual({ ok: true, doc: doc("A and b", "c.") });
  });

  it("takes a paragraph both sides changed the same way", () => {
    expect(mergeDocs(doc("x"), doc("y"), doc("y"))).toEqual({ ok: true, doc: doc("y") });
  });

  it("refuses when both sides changed the same paragraph differently", () => {
    expect(mergeDocs(doc("x", "k"), doc("y", "k"), doc("z", "k"))).toEqual({ ok: false, reason: "same_block_changed", blocks: [0] });
  });

  it("refuses when a side added or removed paragraphs", () => {
    expect(mergeDocs(doc("x"), doc("x", "new"), doc("y"))).toEqual({ ok: false, reason: "structure_changed", blocks: [] });
  });

  it("returns theirs when mine did not change anything", () => {
    expect(mergeDocs(doc("a", "b"), doc("a2", "b"), doc("a", "b"))).toEqual({ ok: true, doc: doc("a2", "b") });
  });
});
