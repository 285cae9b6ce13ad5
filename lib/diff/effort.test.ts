import { describe, expect, it } from "vitest";
import { editEffort } from "./effort";
import { wordLevenshtein } from "./levenshtein";
import { matchParagraphs } from "./paragraph-match";
import type { Block } from "./types";

const p = (text: string): Block => ({ type: "paragraph", text });
const en = { lang: "en" };

// All expected values below are computed by hand; tokens are words and punctuation marks.
describe("editEffort", () => {
  it("the cat sat on the mat → the cat sat on a mat: 1 substitution, rate 1/6", () => {
    expect(editEffort("the cat sat on the mat", "the cat sat on a mat", en)).toEqual({
      mtWords: 6,
      insertions: 0,
      deletions: 0,
      substitutions: 1,
      editDistance: 1,
      editRate: 1 / 6,
      method: "exact",
    });
  });

  it("MT demo sentence: And→and (1 sub) plus ', and' (2 ins) over 10 MT words", () => {
    const mt = "and promote industrial digitalization And digital industrialization will eventually build";
    const edited = "and promote industrial digitalization and digital industrialization, and will eventually build";
    expect(editEffort(mt, edited, en)).toMatchObject({ mtWords: 10, substitutions: 1, insertions: 2, deletions: 0, editDistance: 3, editRate: 3 / 10 });
  });

  it("counts punctuation as words", () => {
    // Hello world → Hello , world ! : two insertions over two MT words.
    expect(editEffort("Hello world", "Hello, world!", en)).toMatchObject({ mtWords: 2, insertions: 2, editDistance: 2, editRate: 1 });
  });

  it("counts a spacing fix as one edit", () => {
    // The token sequence is the same; the doubled space is one deletion.
    expect(editEffort("the  cat sat", "the cat sat", en)).toMatchObject({ mtWords: 3, deletions: 1, insertions: 0, substitutions: 0, editDistance: 1, editRate: 1 / 3 });
    // A space before a comma removed, a missing one after it added: two fixes.
    expect(editEffort("Hello ,world", "Hello, world", en)).toMatchObject({ mtWords: 3, deletions: 1, insertions: 1, editDistance: 2 });
    // A stray space inside Chinese (经济|增长|速度|加快|。).
    expect(editEffort("经济 增长速度加快。", "经济增长速度加快。", { lang: "zh-Hans" })).toMatchObject({ mtWords: 5, deletions: 1, editDistance: 1, editRate: 1 / 5 });
    // Across paragraphs, and at a paragraph's end.
    expect(editEffort([p("One  two."), p("Three. ")], [p("One two."), p("Three.")], en)).toMatchObject({ deletions: 2, editDistance: 2 });
  });

  it("does not charge the whitespace that comes with an inserted or deleted word", () => {
    expect(editEffort("cat sat", "The cat sat", en)).toMatchObject({ insertions: 1, editDistance: 1 });
    expect(editEffort("the big cat sat", "the cat sat", en)).toMatchObject({ deletions: 1, editDistance: 1 });
    expect(editEffort("cat sat", "Cat sat", en)).toMatchObject({ substitutions: 1, editDistance: 1 });
  });

  it("counts a punctuation edit", () => {
    expect(editEffort("Prices rose, sharply.", "Prices rose sharply!", en)).toMatchObject({ mtWords: 5, deletions: 1, substitutions: 1, editDistance: 2 });
  });

  it("is zero for identical texts", () => {
    expect(editEffort([p("One."), p("Two.")], [p("One."), p("Two.")], en)).toMatchObject({ editDistance: 0, editRate: 0, mtWords: 4 });
  });

  it("handles an empty MT and empty revision", () => {
    expect(editEffort("", "", en)).toMatchObject({ mtWords: 0, editDistance: 0, editRate: 0 });
    expect(editEffort([], [p("Three new words")], en)).toMatchObject({ mtWords: 0, insertions: 3, editDistance: 3, editRate: 1 });
    expect(editEffort("Gone now", "", en)).toMatchObject({ mtWords: 2, deletions: 2, editRate: 1 });
  });

  it("deletions only: a b c d → a d", () => {
    expect(editEffort("a b c d", "a d", en)).toMatchObject({ deletions: 2, insertions: 0, substitutions: 0, editDistance: 2, editRate: 0.5 });
  });

  it("mixes operations: k i t t e n → s i t t i n g = 2 substitutions + 1 insertion", () => {
    expect(editEffort("k i t t e n", "s i t t i n g", en)).toMatchObject({ substitutions: 2, insertions: 1, deletions: 0, editDistance: 3, editRate: 0.5 });
  });

  it("works on Chinese words", () => {
    // 经济|增长|速度|加快|。 → 经济|增长|速度|放|缓|。 : 加快→放 substituted, 缓 inserted.
    expect(editEffort("经济增长速度加快。", "经济增长速度放缓。", { lang: "zh-Hans" })).toMatchObject({
      mtWords: 5,
      substitutions: 1,
      insertions: 1,
      editDistance: 2,
      editRate: 2 / 5,
    });
  });

  it("sums per paragraph, comparing unmatched paragraphs of a gap as one run", () => {
    const mt = [p("Same first line."), p("x y z"), p("Same last line.")];
    const rev = [p("Same first line."), p("p q r"), p("Same last line.")];
    // x y z vs p q r are not similar enough to pair, yet cost 3 substitutions, not 3 + 3.
    expect(editEffort(mt, rev, en)).toMatchObject({ mtWords: 11, substitutions: 3, editDistance: 3, method: "paragraphs" });
  });

  it("does not charge a paragraph move (approximation documented on EditEffort.method)", () => {
    const a = p("The minister arrived in Beijing on Monday for talks.");
    const b = p("Trade and climate were expected to dominate the agenda.");
    const c = p("Officials declined to comment on the timing of the visit.");
    expect(editEffort([a, b, c], [b, c, a], en)).toMatchObject({ editDistance: 0, method: "paragraphs" });
  });
});

describe("wordLevenshtein", () => {
  it("returns an upper bound past the exact table size", () => {
    const a = Array.from({ length: 2500 }, (_, i) => `a${i}`);
    const b = Array.from({ length: 2500 }, (_, i) => `b${i}`);
    expect(wordLevenshtein(a, b)).toEqual({ insertions: 0, deletions: 0, substitutions: 2500, distance: 2500, bounded: true });
  });

  it("is exact within it", () => {
    expect(wordLevenshtein(["a", "b", "c"], ["b", "c", "d"])).toEqual({ insertions: 1, deletions: 1, substitutions: 0, distance: 2, bounded: false });
  });
});

describe("editEffort: randomized against a textbook Levenshtein", () => {
  function levenshtein(a: string[], b: string[]): number {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const next = [i];
      for (let j = 1; j <= b.length; j++) {
        next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
      row = next;
    }
    return row[b.length] ?? 0;
  }

  it("matches exactly on one paragraph and bounds from above across paragraphs", () => {
    let state = 7;
    const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const words = ["a", "b", "c", "d", ","];
    const line = () => Array.from({ length: Math.floor(random() * 9) }, () => words[Math.floor(random() * words.length)]).join(" ");
    for (let round = 0; round < 300; round++) {
      const mt = line();
      const rev = line();
      const tokens = (s: string) => s.split(" ").filter(Boolean);
      const single = editEffort(mt, rev, en);
      expect(single.editDistance).toBe(levenshtein(tokens(mt), tokens(rev)));
      expect(single.insertions + single.deletions + single.substitutions).toBe(single.editDistance);

      const mtDoc = [line(), line(), line()];
      const revDoc = mtDoc.map((l) => (random() < 0.5 ? l : line()));
      const multi = editEffort(mtDoc.join("\n"), revDoc.join("\n"), en);
      const whole = levenshtein(mtDoc.flatMap(tokens), revDoc.flatMap(tokens));
      if (multi.method === "exact") expect(multi.editDistance).toBe(whole);
      // Without moves the paragraph decomposition is one valid alignment, so never below the optimum.
      else if (!matchParagraphs(mtDoc, revDoc).pairs.some((x) => x.moved)) expect(multi.editDistance).toBeGreaterThanOrEqual(whole);
    }
  });
});
