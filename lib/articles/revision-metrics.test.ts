import { describe, expect, it } from "vitest";
import type { EditorDoc } from "@/lib/editor/validate";
import { revisionMetrics } from "./revision-metrics";

const doc = (...texts: string[]): EditorDoc => ({
  type: "doc",
  content: texts.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
});

describe("revisionMetrics", () => {
  const mt = doc("promote industrial digitalization And digital industrialization will eventually build");

  it("counts a one-word substitution against the MT by hand", () => {
    // 9 MT words, no punctuation; "And" → "and" is 1 substitution.
    const m = revisionMetrics({ mt, base: mt, doc: doc("promote industrial digitalization and digital industrialization will eventually build"), lang: "en" });
    expect(m).toEqual({ wordsChanged: 1, mtWords: 9, mtEditDistance: 1, mtInsertions: 0, mtDeletions: 0, mtSubstitutions: 1, mtEditRate: 1 / 9 });
  });

  it("counts an insertion of two tokens (', and') against the MT", () => {
    const m = revisionMetrics({
      mt,
      base: mt,
      doc: doc("promote industrial digitalization And digital industrialization , and will eventually build"),
      lang: "en",
    });
    expect([m.mtInsertions, m.mtDeletions, m.mtSubstitutions, m.mtEditDistance]).toEqual([2, 0, 0, 2]);
    expect(m.mtEditRate).toBeCloseTo(2 / 9);
  });

  it("measures words changed against the base, effort against the MT", () => {
    const base = doc("promote industrial digitalization and digital industrialization will eventually build");
    const next = doc("promote industrial digitalization and digital industrialization, and will eventually build");
    const m = revisionMetrics({ mt, base, doc: next, lang: "en" });
    expect(m.wordsChanged).toBe(2); // "," and "and" inserted since the base
    expect(m.mtEditDistance).toBe(3); // plus "And" → "and" since the MT
  });

  it("is zero for an unchanged document and works for Chinese", () => {
    const zh = doc("推动产业数字化和数字产业化");
    expect(revisionMetrics({ mt: zh, base: zh, doc: zh, lang: "zh" })).toMatchObject({ wordsChanged: 0, mtEditDistance: 0, mtEditRate: 0 });
    expect(revisionMetrics({ mt: zh, base: zh, doc: doc("推动产业数字化与数字产业化"), lang: "zh" }).mtEditDistance).toBeGreaterThan(0);
  });
});
