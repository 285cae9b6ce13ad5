import { describe, expect, it } from "vitest";
import { InMemoryStore, lookup, type MemoryStore, type StoredCandidate } from "./store";
import type { CandidatePlan } from "./index";
import { mulberry32 } from "@/scripts/bench-utils";

function pairs(seed: number, count: number) {
  const rng = mulberry32(seed);
  const words = ["据了解", "中国", "经济", "增长", "外交部", "发言人", "表示", "今天", "记者会", "改革", "开放", "继续", "推进"];
  return Array.from({ length: count }, (_, i) => {
    const n = 3 + Math.floor(rng() * 10);
    const source = Array.from({ length: n }, () => words[Math.floor(rng() * words.length)]).join("") + "。";
    return { source, target: `target ${i}` };
  });
}

describe("lookup", () => {
  it("finds what a scan of every entry finds, ranked alike", async () => {
    const store = new InMemoryStore();
    const data = pairs(3, 3000);
    await store.add(data);
    const queries = pairs(4, 80).map((p) => p.source);
    for (const q of [...queries, data[10]!.source, data[20]!.source.replace("。", "！")]) {
      for (const minScore of [60, 80]) {
        const found = await lookup(store, q, { minScore });
        const scanned = store.scan(q, { minScore });
        expect(found.matches.map((m) => [m.id, m.score])).toEqual(scanned.map((m) => [m.id, m.score]));
      }
    }
  });

  it("returns the stored pair first for an exact match, 100 before 99", async () => {
    const store = new InMemoryStore();
    await store.add([
      { source: "外交部发言人今天表示。", target: "A spokesperson said today." },
      { source: "外交部发言人今天表示！", target: "Exclaimed." },
      { source: "外交部发言人昨天表示。", target: "Yesterday." },
    ]);
    const { matches } = await lookup(store, "外交部发言人今天表示。");
    expect(matches.map((m) => [m.target, m.score, m.kind])).toEqual([
      ["A spokesperson said today.", 100, "exact"],
      ["Exclaimed.", 99, "normalized"],
      ["Yesterday.", 90, "fuzzy"],
    ]);
  });

  it("works on a store that returns only text (how a database store answers)", async () => {
    const inner = new InMemoryStore();
    await inner.add(pairs(5, 500));
    const textOnly: MemoryStore = {
      add: (p) => inner.add(p),
      candidates: async (plan: CandidatePlan): Promise<StoredCandidate[]> =>
        (await inner.candidates(plan)).map(({ id, source, target, length, shared }) => ({ id, source, target, length, shared })),
    };
    for (const q of pairs(6, 30).map((p) => p.source)) {
      expect((await lookup(textOnly, q)).matches.map((m) => m.id)).toEqual((await lookup(inner, q)).matches.map((m) => m.id));
    }
  });

  it("finds nothing in an empty store, and words no entry has match nothing", async () => {
    const store = new InMemoryStore();
    expect((await lookup(store, "任何句子")).matches).toEqual([]);
    await store.add([{ source: "The minister said on Monday.", target: "x" }]);
    const { matches } = await lookup(store, "The minister said on Friday.");
    expect(matches[0]).toMatchObject({ score: 80, distance: 1 });
  });
});
