import { describe, expect, it } from "vitest";
import { fnv1a32, gramKeys, GramIndex, maxDistance, planCandidates, scoreBound, sentenceGrams } from "./index";
import { matchTokens } from "./normalize";
import { fuzzyScore } from "./score";
import { mulberry32 } from "@/scripts/bench-utils";

describe("gram keys", () => {
  it("are FNV-1a 32 over UTF-8, signed", () => {
    // Published FNV-1a test vectors: "" → 0x811c9dc5, "a" → 0xe40c292c, "foobar" → 0xbf9cf968.
    expect(fnv1a32("")).toBe(0x811c9dc5 | 0);
    expect(fnv1a32("a")).toBe(0xe40c292c | 0);
    expect(fnv1a32("foobar")).toBe(0xbf9cf968 | 0);
    expect(fnv1a32("中")).toBe(fnv1a32("\u4e2d"));
    expect(fnv1a32("😀")).not.toBe(fnv1a32("\ud83d"));
  });
  it("are distinct, ascending and at most tokens + 1", () => {
    const keys = gramKeys(["好", "好", "好", "好"]);
    expect(keys.length).toBe(3); // ^好, 好好, 好$
    expect([...keys]).toEqual([...keys].sort((a, b) => a - b));
    expect(sentenceGrams("中国经济增长。")).toMatchObject({ length: 6 });
    expect(sentenceGrams("中国经济增长。").keys.length).toBe(7);
    expect(gramKeys([]).length).toBe(1);
  });
  it("do not confuse word boundaries", () => {
    expect(gramKeys(["ab", "c"])).not.toEqual(gramKeys(["a", "bc"]));
  });
});

describe("planCandidates", () => {
  it("bounds lengths by the score: 70 % of 40 tokens needs 28…57", () => {
    const tokens = Array.from({ length: 40 }, (_, i) => `w${i}`);
    const plan = planCandidates(tokens, 70);
    expect([plan.minLength, plan.maxLength]).toEqual([28, 57]);
    expect(plan.bands[0]!.minLength).toBe(28);
    expect(plan.bands[plan.bands.length - 1]!.maxLength).toBe(57);
    // m ≤ 40: d ≤ 12, k = 41 − 24 = 17; m = 57: d ≤ 17, k = 41 − 34 = 7.
    expect(plan.bands[0]!.minShared).toBe(17);
    expect(plan.minShared).toBe(7);
    expect(plan.scanLengths).toEqual([]);
  });
  it("every length inside the bounds can reach the score and none outside can", () => {
    for (const n of [1, 5, 17, 40]) {
      for (const t of [50, 70, 99, 100]) {
        const plan = planCandidates(Array.from({ length: n }, (_, i) => `w${i}`), t);
        for (let m = 0; m < 120; m++) {
          const inside = m >= plan.minLength && m <= plan.maxLength;
          expect(inside).toBe(Math.abs(n - m) <= maxDistance(n, m, t));
        }
      }
    }
  });
  it("asks for scanning where the count filter cannot prune (low thresholds)", () => {
    const plan = planCandidates(Array.from({ length: 30 }, (_, i) => `w${i}`), 40);
    expect(plan.scanLengths.length).toBeGreaterThan(0);
    expect(plan.minShared).toBeGreaterThan(0);
  });
  it("refuses a threshold outside 1..100", () => {
    expect(() => planCandidates("a", 0)).toThrow(RangeError);
  });
});

/** Random Chinese-like sentences over a small alphabet, so near-duplicates abound. */
function corpus(seed: number, count: number): string[] {
  const rng = mulberry32(seed);
  const chars = "中国经济增长发展改革开放外交部发言人表示今天会议记者";
  const base = Array.from({ length: 40 }, () => Array.from({ length: 5 + Math.floor(rng() * 30) }, () => chars[Math.floor(rng() * chars.length)]).join(""));
  return Array.from({ length: count }, () => {
    const s = [...base[Math.floor(rng() * base.length)]!];
    const edits = Math.floor(rng() * 6);
    for (let e = 0; e < edits; e++) s[Math.floor(rng() * s.length)] = chars[Math.floor(rng() * chars.length)]!;
    return s.join("") + (rng() < 0.5 ? "。" : "");
  });
}

function indexOf(sentences: readonly string[]): GramIndex {
  const index = new GramIndex();
  sentences.forEach((s, id) => {
    const g = sentenceGrams(s);
    index.add(id, g.length, g.keys);
  });
  return index;
}

describe("GramIndex", () => {
  const sentences = corpus(1, 2000);
  const index = indexOf(sentences);

  it("never misses an exact or normalized-exact match", () => {
    for (let id = 0; id < sentences.length; id += 7) {
      const text = sentences[id]!;
      for (const query of [text, text.replace(/。$/, "！"), `${text}，`]) {
        const found = index.candidates(planCandidates(query, 100));
        expect([...found.ids]).toContain(id);
      }
    }
  });

  it("returns every sentence that scores at least the threshold (checked against scoring them all)", () => {
    let checked = 0;
    for (const q of corpus(1, 2015).slice(2000)) {
      const scores = sentences.map((s) => fuzzyScore(s, q).score);
      for (const t of [50, 70, 90]) {
        const got = new Set(index.candidates(planCandidates(q, t)).ids);
        scores.forEach((score, id) => {
          if (score >= t) {
            checked++;
            expect(got.has(id), `${q} / ${sentences[id]} at ${t}`).toBe(true);
          }
        });
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("prunes: far fewer candidates than entries at 70 %", () => {
    const plan = planCandidates(sentences[0]!, 70);
    expect(index.candidates(plan).ids.length).toBeLessThan(sentences.length / 4);
  });

  it("counts shared keys, and the score bound holds", () => {
    const q = sentences[3]!;
    const plan = planCandidates(q, 60);
    const { ids, shared } = index.candidates(plan);
    for (let i = 0; i < ids.length; i++) {
      if (shared[i] === -1) continue; // a scanned length: not counted
      const s = sentences[ids[i]!]!;
      const truth = new Set(sentenceGrams(s).keys);
      expect(shared[i]).toBe([...plan.keys].filter((k) => truth.has(k)).length);
      expect(fuzzyScore(s, q).score).toBeLessThanOrEqual(scoreBound(plan, matchTokens(s).length, shared[i]!));
    }
  });

  it("includes every entry of the lengths the plan scans", () => {
    const small = indexOf(["外交部", "完全不同的句子", "外交"]);
    const plan = planCandidates("外交部", 1);
    expect(plan.scanLengths).toContain(7);
    expect([...small.candidates(plan).ids].sort()).toEqual([0, 1, 2]);
  });

  it("refuses ids out of order", () => {
    expect(() => new GramIndex().add(1, 1, Int32Array.of(1))).toThrow(RangeError);
  });
});
