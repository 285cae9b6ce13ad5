/**
 * The same two documents always diff the same way: the budget counts work,
 * not time, so neither a slow machine nor a clock that jumps changes the result.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { diffDocuments } from "./diff-documents";
import type { Block } from "./types";

const p = (text: string): Block => ({ type: "paragraph", text });

function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** An article of `words` words in ~60-word paragraphs, and a copy with about `rate` of its words edited. */
function article(seed: number, words: number, rate: number): [Block[], Block[]] {
  const random = rng(seed);
  const vocabulary = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}${"aeiou"[i % 5]}`);
  const word = (): string => vocabulary[Math.floor(random() * vocabulary.length)] ?? "x";
  const oldDoc: Block[] = [];
  const newDoc: Block[] = [];
  for (let left = words; left > 0; left -= 60) {
    const para = Array.from({ length: Math.min(60, left) }, word);
    const edited = para.flatMap((w) => {
      if (random() >= rate) return [w];
      const r = random();
      return r < 0.6 ? [word()] : r < 0.8 ? [] : [w, word()];
    });
    oldDoc.push(p(`${para.join(" ")}.`));
    newDoc.push(p(`${edited.join(" ")}.`));
  }
  return [oldDoc, newDoc];
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("diffDocuments is a function of its inputs alone", () => {
  it("gives the same diff when the wall clock jumps by hours between readings", () => {
    const [oldDoc, newDoc] = article(1, 10_000, 0.5);
    const calm = diffDocuments(oldDoc, newDoc, { lang: "en" });
    expect(calm.coarse).toBe(false);

    let now = 0;
    vi.spyOn(performance, "now").mockImplementation(() => (now += 3_600_000));
    vi.spyOn(Date, "now").mockImplementation(() => (now += 3_600_000));
    const jumpy = diffDocuments(oldDoc, newDoc, { lang: "en" });
    expect(jumpy).toEqual(calm);
  });

  it("gives the same 1 MB pathological diff (sentence granularity) whatever the clock says", () => {
    const random = rng(1);
    const text = Array.from({ length: 1_000_000 }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join("");
    const oldDoc = [p(text)];
    const newDoc = [p(`${text.slice(0, 500_000)}Z${text.slice(500_001)}`)];
    const calm = diffDocuments(oldDoc, newDoc, { lang: "en" });
    let now = 0;
    vi.spyOn(performance, "now").mockImplementation(() => (now += 1_000));
    vi.spyOn(Date, "now").mockImplementation(() => (now += 1_000));
    const jumpy = diffDocuments(oldDoc, newDoc, { lang: "en" });
    expect(jumpy.blocks.map((b) => b.granularity)).toEqual(["sentence"]);
    expect(jumpy).toEqual(calm);
  });

  it("diffs a lightly edited ~100,000-word article at word level throughout", () => {
    const [oldDoc, newDoc] = article(2, 99_000, 0.05);
    const diff = diffDocuments(oldDoc, newDoc, { lang: "en" });
    expect(diff.coarse).toBe(false);
    const changed = diff.blocks.filter((b) => b.kind === "changed");
    expect(changed.length).toBeGreaterThan(1000);
    expect(diff.blocks.every((b) => b.granularity === "word")).toBe(true);
    expect(diff.blocks.filter((b) => b.kind === "inserted" || b.kind === "deleted")).toEqual([]);
  });
});
