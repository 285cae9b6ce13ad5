import { describe, expect, it } from "vitest";
import { diffSources, fuzzyFromDistance, fuzzyScore, PatternDistance, referenceDistance } from "./score";
import { mulberry32 } from "@/scripts/bench-utils";

describe("fuzzyScore", () => {
  it("is 100 only for the identical text (whitespace runs aside)", () => {
    expect(fuzzyScore("中国经济增长了。", "中国经济增长了。")).toEqual({ score: 100, kind: "exact", distance: 0 });
    expect(fuzzyScore("The  minister said.", "The minister said. ").score).toBe(100);
  });
  it("is 99 when only punctuation, case or width differ", () => {
    expect(fuzzyScore("中国经济增长了。", "中国经济增长了！").score).toBe(99);
    expect(fuzzyScore("ＧＤＰ增长，", "gdp增长,").score).toBe(99);
    expect(fuzzyScore("The Minister said.", "the minister said").score).toBe(99);
  });
  it("is character-based for Chinese: one character in seven changed", () => {
    // d = 1 of max 7 characters → floor(100 × 6/7) = 85
    expect(fuzzyScore("中国经济增长了", "中国经济下长了")).toEqual({ score: 85, kind: "fuzzy", distance: 1 });
  });
  it("is word-based for English: one word in five changed", () => {
    expect(fuzzyScore("The minister said on Monday", "The minister said on Tuesday")).toEqual({ score: 80, kind: "fuzzy", distance: 1 });
  });
  it("uses the longer sentence as the denominator", () => {
    expect(fuzzyScore("中国经济", "中国经济增长").score).toBe(66);
    expect(fuzzyScore("中国经济增长", "中国经济").score).toBe(66);
  });
  it("never gives 99 or more to different tokens, however long", () => {
    const long = Array.from({ length: 300 }, (_, i) => `w${i}`).join(" ");
    expect(fuzzyScore(long, `${long} extra`).score).toBe(98);
  });
  it("is 0 for unrelated text and for punctuation-only text", () => {
    expect(fuzzyScore("完全不同", "nothing alike").score).toBe(0);
    expect(fuzzyScore("！！", "？？").score).toBe(0);
  });
  it("matches the formula", () => {
    expect(fuzzyFromDistance(3, 10, 12)).toBe(75);
    expect(fuzzyFromDistance(0, 0, 0)).toBe(0);
  });
});

describe("PatternDistance", () => {
  it("equals the plain dynamic programme on random sequences of any length", () => {
    const rng = mulberry32(15);
    for (let t = 0; t < 1500; t++) {
      const alphabet = 1 + Math.floor(rng() * 8);
      const a = Int32Array.from({ length: Math.floor(rng() * 130) }, () => Math.floor(rng() * alphabet));
      const b = Int32Array.from({ length: Math.floor(rng() * 130) }, () => Math.floor(rng() * alphabet));
      expect(new PatternDistance(a).distance(b)).toBe(referenceDistance(a, b));
    }
  });
  it("reuses its tables across texts and takes a slice", () => {
    const p = new PatternDistance(Int32Array.of(1, 2, 3));
    expect(p.distance(Int32Array.of(9, 1, 2, 3, 9), 1, 4)).toBe(0);
    expect(p.distance(Int32Array.of(1, 3))).toBe(1);
    expect(p.distance(new Int32Array(0))).toBe(3);
  });
});

describe("diffSources", () => {
  it("marks the tokens to delete from the stored source and insert from the query", () => {
    const parts = diffSources("据了解，中国经济增长了5%。", "据悉，中国经济增长了6%。");
    expect(parts).toEqual([
      { kind: "equal", text: "据" },
      { kind: "delete", text: "了解" },
      { kind: "insert", text: "悉" },
      { kind: "equal", text: "，中国经济增长了" },
      { kind: "delete", text: "5" },
      { kind: "insert", text: "6" },
      { kind: "equal", text: "%。" },
    ]);
  });
  it("spells the stored source with equal + delete and shows a punctuation-only difference", () => {
    const stored = "The minister said on Monday.";
    const parts = diffSources(stored, "the Minister said on Monday!");
    expect(parts.filter((p) => p.kind !== "insert").map((p) => p.text).join("")).toBe(stored);
    expect(parts.filter((p) => p.kind !== "equal")).toEqual([
      { kind: "delete", text: "." },
      { kind: "insert", text: "!" },
    ]);
  });
});
