import { describe, expect, it } from "vitest";
import { AlignmentCache } from "./incremental";
import { alignSentences } from "./sentence-alignment";
import { ARTICLE_EN, ARTICLE_ZH, DEMO_EN, DEMO_ZH } from "./test-fixtures";

const options = { sourceLang: "zh", targetLang: "en" };

describe("AlignmentCache", () => {
  it("aligns every row and reuses unchanged rows: an edit recomputes only its own row", () => {
    const cache = new AlignmentCache(ARTICLE_ZH, options);
    const first = cache.align(ARTICLE_EN);
    expect(first.map((r) => [r.source, r.target])).toEqual([[[0], [0]], [[1, 2], [1]], [[3], [2]], [[4], [3]]]);
    expect(cache.stats).toEqual({ hits: 0, misses: 4, size: 4 });

    // The editor fixes a word in the last paragraph.
    const edited = [...ARTICLE_EN];
    edited[3] = (edited[3] ?? "").replace("a total of 23 projects", "23 projects");
    const second = cache.align(edited);
    expect(cache.stats).toEqual({ hits: 3, misses: 5, size: 5 });
    expect(second[0]?.sentences).toBe(first[0]?.sentences);
    expect(second[3]?.sentences).not.toBe(first[3]?.sentences);
    expect(second[3]?.sentences[0]?.target[0]?.text).toMatch(/signed 23 projects/);
  });

  it("matches alignSentences for 1–1 rows and tags multi-paragraph rows by part", () => {
    const cache = new AlignmentCache(ARTICLE_ZH, options);
    const rows = cache.align(ARTICLE_EN);
    const plain = alignSentences(DEMO_ZH, DEMO_EN, "zh", "en");
    expect(rows[0]?.sentences.map((p) => p.source.map((s) => s.text))).toEqual(plain.map((p) => p.source.map((s) => s.text)));

    // Row 1 holds Chinese paragraphs 1 and 2 opposite English paragraph 1.
    const merged = rows[1];
    const parts = merged?.sentences.flatMap((p) => p.source.map((s) => s.part));
    expect(parts).toEqual([0, 0, 1]);
    for (const pair of merged?.sentences ?? []) {
      for (const s of pair.source) expect(ARTICLE_ZH[merged?.source[s.part] ?? -1]?.slice(s.start, s.end)).toBe(s.text);
      for (const s of pair.target) expect(ARTICLE_EN[merged?.target[s.part] ?? -1]?.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it("uses pinned rows instead of re-aligning paragraphs", () => {
    const cache = new AlignmentCache(ARTICLE_ZH, options);
    const pinned = [
      { source: [0], target: [0] },
      { source: [1, 2], target: [1] },
      { source: [3], target: [2] },
      { source: [4], target: [] },
    ];
    const rows = cache.align(ARTICLE_EN.slice(0, 3), pinned);
    expect(rows.map((r) => [r.source, r.target])).toEqual(pinned.map((r) => [r.source, r.target]));
    expect(rows[3]?.sentences.map((p) => [p.source.length, p.target.length])).toEqual([[1, 0]]);
  });

  it("evicts the least recently used rows beyond its bound", () => {
    const cache = new AlignmentCache(["一。", "二。"], { ...options, maxEntries: 2 });
    cache.align(["One.", "Two."]); // rows A, B
    cache.align(["One.", "Two!"]); // A hit, C miss: B evicted
    expect(cache.stats).toEqual({ hits: 1, misses: 3, size: 2 });
    cache.align(["One.", "Two."]); // A hit, B miss again
    expect(cache.stats).toEqual({ hits: 2, misses: 4, size: 2 });
    cache.clear();
    expect(cache.stats).toEqual({ hits: 0, misses: 0, size: 0 });
  });

  it("copes with an empty translation and an empty original", () => {
    const empty = new AlignmentCache([], options);
    expect(empty.align([])).toEqual([]);
    expect(empty.align(["Only the translation."]).map((r) => r.sentences.length)).toEqual([1]);
    const untranslated = new AlignmentCache(ARTICLE_ZH, options);
    expect(untranslated.align([]).map((r) => r.target)).toEqual([[], [], [], [], []]);
  });
});
