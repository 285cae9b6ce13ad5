import { describe, expect, it } from "vitest";
import type { EditorDoc } from "@/lib/editor/validate";
import { revisionMetrics, type TranslationVersion } from "./revision-metrics";

const doc = (...texts: string[]): EditorDoc => ({
  type: "doc",
  content: texts.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
});
const TITLE = "Digital economy";
const v = (d: EditorDoc, title = TITLE): TranslationVersion => ({ title, doc: d });

describe("revisionMetrics", () => {
  const mtDoc = doc("promote industrial digitalization And digital industrialization will eventually build");
  const mt = v(mtDoc);

  it("counts a one-word substitution against the MT by hand", () => {
    // 9 body words + 2 headline words, no punctuation; "And" → "and" is 1 substitution.
    const m = revisionMetrics({ mt, base: mt, next: v(doc("promote industrial digitalization and digital industrialization will eventually build")), lang: "en" });
    expect(m).toEqual({ wordsChanged: 1, mtWords: 11, mtEditDistance: 1, mtInsertions: 0, mtDeletions: 0, mtSubstitutions: 1, mtEditRate: 1 / 11 });
  });

  it("counts an insertion of two tokens (', and') against the MT", () => {
    const m = revisionMetrics({
      mt,
      base: mt,
      next: v(doc("promote industrial digitalization And digital industrialization , and will eventually build")),
      lang: "en",
    });
    expect([m.mtInsertions, m.mtDeletions, m.mtSubstitutions, m.mtEditDistance]).toEqual([2, 0, 0, 2]);
    expect(m.mtEditRate).toBeCloseTo(2 / 11);
  });

  it("measures words changed against the base, effort against the MT", () => {
    const base = v(doc("promote industrial digitalization and digital industrialization will eventually build"));
    const next = v(doc("promote industrial digitalization and digital industrialization, and will eventually build"));
    const m = revisionMetrics({ mt, base, next, lang: "en" });
    expect(m.wordsChanged).toBe(2); // "," and "and" inserted since the base
    expect(m.mtEditDistance).toBe(3); // plus "And" → "and" since the MT
  });

  it("counts a headline rewrite with an untouched body", () => {
    // Digital economy → Digital economy grows fast: 2 insertions over 11 MT words.
    const m = revisionMetrics({ mt, base: mt, next: v(mtDoc, "Digital economy grows fast"), lang: "en" });
    expect(m).toMatchObject({ wordsChanged: 2, mtEditDistance: 2, mtInsertions: 2, mtEditRate: 2 / 11 });
    const rewritten = revisionMetrics({ mt, base: mt, next: v(mtDoc, "A new headline"), lang: "en" });
    expect(rewritten.wordsChanged).toBe(3); // two substituted, one inserted
    expect(rewritten.mtEditRate).toBeGreaterThan(0);
  });

  it("counts a spacing fix in the body or the headline as one edit", () => {
    const spaced = v(doc("promote industrial digitalization And  digital industrialization will eventually build"));
    expect(revisionMetrics({ mt: spaced, base: spaced, next: mt, lang: "en" })).toMatchObject({ wordsChanged: 1, mtEditDistance: 1, mtDeletions: 1 });
    const title = revisionMetrics({ mt, base: mt, next: v(mtDoc, "Digital economy "), lang: "en" });
    expect(title).toMatchObject({ wordsChanged: 1, mtInsertions: 1 });
  });

  it("measures words changed against a base whose headline differs from the MT's", () => {
    const base = v(mtDoc, "Digital economy grows");
    const m = revisionMetrics({ mt, base, next: v(mtDoc, "Digital economy grows fast"), lang: "en" });
    expect(m.wordsChanged).toBe(1);
    expect(m.mtEditDistance).toBe(2);
  });

  it("is zero for an unchanged document and works for Chinese", () => {
    const zh = v(doc("推动产业数字化和数字产业化"), "数字经济");
    expect(revisionMetrics({ mt: zh, base: zh, next: zh, lang: "zh" })).toMatchObject({ wordsChanged: 0, mtEditDistance: 0, mtEditRate: 0 });
    expect(revisionMetrics({ mt: zh, base: zh, next: v(doc("推动产业数字化与数字产业化"), "数字经济"), lang: "zh" }).mtEditDistance).toBeGreaterThan(0);
    expect(revisionMetrics({ mt: zh, base: zh, next: { ...zh, title: "数字经济发展" }, lang: "zh" }).wordsChanged).toBeGreaterThan(0);
  });
});
