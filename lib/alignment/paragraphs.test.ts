import { describe, expect, it } from "vitest";
import { alignParagraphs } from "./paragraphs";
import { splitSentences } from "./sentences";
import { ARTICLE_EN, ARTICLE_ZH, beadShapes, coverage, indices } from "./test-fixtures";

/** The same translation with the MT's merged paragraph split back in two: one English paragraph per Chinese one. */
function articleEnOneToOne(): string[] {
  const merged = splitSentences(ARTICLE_EN[1] ?? "", "en").map((s) => s.text);
  return [ARTICLE_EN[0] ?? "", merged.slice(0, 2).join(" "), merged.slice(2).join(" "), ...ARTICLE_EN.slice(2)];
}

describe("alignParagraphs", () => {
  it("aligns equal counts of plausible lengths 1–1", () => {
    expect(beadShapes(alignParagraphs(ARTICLE_ZH, articleEnOneToOne(), "zh", "en"))).toBe("0-0 1-1 2-2 3-3 4-4");
  });

  it("pairs two Chinese paragraphs the MT merged with the one English paragraph (5 vs 4)", () => {
    expect(alignParagraphs(ARTICLE_ZH, ARTICLE_EN, "zh-Hans", "en")).toEqual([
      { source: [0], target: [0] },
      { source: [1, 2], target: [1] },
      { source: [3], target: [2] },
      { source: [4], target: [3] },
    ]);
  });

  it("works the other way round (English original, Chinese translation)", () => {
    expect(beadShapes(alignParagraphs(ARTICLE_EN, ARTICLE_ZH, "en", "zh"))).toBe("0-0 1-1+2 2-3 3-4");
  });

  it("keeps a paragraph the translation left out, opposite an empty slot", () => {
    const withoutFourth = articleEnOneToOne().filter((_, i) => i !== 3);
    expect(beadShapes(alignParagraphs(ARTICLE_ZH, withoutFourth, "zh", "en"))).toBe("0-0 1-1 2-2 3- 4-3");
    const extra = [...ARTICLE_ZH.slice(0, 3), ...ARTICLE_ZH.slice(4)];
    expect(beadShapes(alignParagraphs(extra, articleEnOneToOne(), "zh", "en"))).toBe("0-0 1-1 2-2 -3 3-4");
  });

  it("never drops a paragraph, whatever the counts", () => {
    const en = articleEnOneToOne();
    for (let keep = 0; keep <= en.length; keep++) {
      const target = en.slice(0, keep);
      const pairs = alignParagraphs(ARTICLE_ZH, target, "zh", "en");
      expect(coverage(pairs)).toEqual({ source: indices(ARTICLE_ZH.length), target: indices(keep) });
    }
  });

  it("handles empty documents and empty paragraphs", () => {
    expect(alignParagraphs([], [], "zh", "en")).toEqual([]);
    expect(alignParagraphs(["第一段。"], [], "zh", "en")).toEqual([{ source: [0], target: [] }]);
    expect(alignParagraphs([], ["First."], "zh", "en")).toEqual([{ source: [], target: [0] }]);
    const withBlank = [ARTICLE_EN[0] ?? "", "", ...articleEnOneToOne().slice(1)];
    const pairs = alignParagraphs(ARTICLE_ZH, withBlank, "zh", "en");
    expect(coverage(pairs)).toEqual({ source: indices(5), target: indices(6) });
    // The blank paragraph joins a neighbouring row; every other row stays 1–1.
    expect(pairs.filter((p) => p.target.includes(1))[0]?.target.length).toBe(2);
    expect(pairs).toHaveLength(5);
  });
});
