import { describe, expect, it } from "vitest";
import { galeChurch } from "./gale-church";
import { beadShapes, coverage, indices } from "./test-fixtures";

/** Deterministic pseudo-random numbers (mulberry32), so failures reproduce. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Target lengths ≈ ratio × source lengths with ±10% noise. */
function translate(source: number[], ratio: number, next: () => number): number[] {
  return source.map((length) => Math.round(length * ratio * (0.9 + 0.2 * next())));
}

describe("galeChurch", () => {
  it("handles empty sides", () => {
    expect(galeChurch([], [])).toEqual([]);
    expect(galeChurch([30, 40], [])).toEqual([
      { source: [0], target: [] },
      { source: [1], target: [] },
    ]);
    expect(galeChurch([], [90])).toEqual([{ source: [], target: [0] }]);
  });

  it("pairs proportional lengths 1–1 whatever the ratio (c comes from the totals)", () => {
    const source = [81, 71, 33, 94, 34];
    for (const ratio of [0.3, 0.9, 1, 3.5, 8]) {
      const target = source.map((l) => Math.round(l * ratio));
      expect(beadShapes(galeChurch(source, target))).toBe("0-0 1-1 2-2 3-3 4-4");
    }
  });

  it("finds a merge (2–1), a split (1–2) and an omission (1–0)", () => {
    // Chinese sentence lengths against English ones at about 3.5 letters per character.
    expect(beadShapes(galeChurch([40, 30, 55], [245, 190]))).toBe("0+1-0 2-1");
    expect(beadShapes(galeChurch([40, 60, 55], [140, 120, 95, 190]))).toBe("0-0 1-1+2 2-3");
    expect(beadShapes(galeChurch([40, 60, 30, 55], [140, 210, 190]))).toBe("0-0 1-1 2- 3-2");
    expect(beadShapes(galeChurch([40, 60, 55], [140, 210, 120, 190]))).toBe("0-0 1-1 -2 2-3");
  });

  it("uses 2–2 beads only when allowed", () => {
    // The translation moved a clause across the sentence boundary.
    const source = [30, 70];
    const target = [65, 35];
    expect(beadShapes(galeChurch(source, target))).toBe("0+1-0+1");
    expect(beadShapes(galeChurch(source, target, { twoToTwo: false }))).not.toBe("0+1-0+1");
  });

  it("accepts an explicit ratio", () => {
    // At c = 1 the short target sentence cannot render the long source one: it must be a split.
    expect(beadShapes(galeChurch([100], [50, 50], { ratio: 1 }))).toBe("0-0+1");
  });

  it("treats negative or non-finite lengths as empty instead of failing", () => {
    const beads = galeChurch([Number.NaN, 40, -5], [120, Number.POSITIVE_INFINITY]);
    expect(coverage(beads)).toEqual({ source: [0, 1, 2], target: [0, 1] });
  });

  it("covers every index exactly once, in order, for lopsided and random inputs", () => {
    const next = random(7);
    const cases: [number[], number[]][] = [
      [[10], Array.from({ length: 500 }, () => 30)],
      [Array.from({ length: 500 }, () => 30), [10]],
    ];
    for (let k = 0; k < 50; k++) {
      const n = Math.floor(next() * 40);
      const m = Math.floor(next() * 40);
      cases.push([
        Array.from({ length: n }, () => Math.floor(next() * 200)),
        Array.from({ length: m }, () => Math.floor(next() * 600)),
      ]);
    }
    for (const [source, target] of cases) {
      const beads = galeChurch(source, target);
      expect(coverage(beads)).toEqual({ source: indices(source.length), target: indices(target.length) });
      for (const bead of beads) expect(bead.source.length + bead.target.length).toBeGreaterThan(0);
    }
  });

  it("aligns 500 × 500 sentences with merges and splits correctly (no timing asserted)", () => {
    const next = random(42);
    const source = Array.from({ length: 500 }, () => 15 + Math.floor(next() * 60));
    const target = translate(source, 3.2, next);
    // Merge target 100+101 and split target 300 in two.
    const merged = [...target.slice(0, 100), (target[100] ?? 0) + (target[101] ?? 0), ...target.slice(102)];
    const at300 = merged[299] ?? 0;
    const edited = [...merged.slice(0, 299), Math.round(at300 * 0.45), Math.round(at300 * 0.55), ...merged.slice(300)];

    const beads = galeChurch(source, edited);
    expect(coverage(beads)).toEqual({ source: indices(500), target: indices(500) });
    expect(beads.find((b) => b.source.includes(100))).toEqual({ source: [100, 101], target: [100] });
    expect(beads.find((b) => b.source.includes(300))).toEqual({ source: [300], target: [299, 300] });
    expect(beads.filter((b) => b.source.length === 1 && b.target.length === 1)).toHaveLength(497);
  });
});
