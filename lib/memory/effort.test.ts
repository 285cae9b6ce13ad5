import { describe, expect, it } from "vitest";
import { classifySentence, effortSplit } from "./effort";

const mt = "The foreign ministry spokesperson said on Monday that talks would continue.";

describe("classifySentence", () => {
  it("counts an inserted match kept as is as memory", () => {
    const target = "A foreign ministry spokesperson said on Monday that the talks will go on.";
    expect(classifySentence({ final: target, mt, inserted: { target, score: 92 } })).toMatchObject({ origin: "memory", words: 13, memoryScore: 100 });
  });
  it("counts a lightly edited match as memory, a rewritten one not", () => {
    const target = "A foreign ministry spokesperson said on Monday that the talks will go on.";
    const edited = "A foreign ministry spokesperson said on Tuesday that the talks will go on.";
    expect(classifySentence({ final: edited, inserted: { target, score: 90 } }).origin).toBe("memory");
    expect(classifySentence({ final: "Talks are over, officials announced.", inserted: { target, score: 90 } }).origin).toBe("fresh");
  });
  it("counts a post-edited MT sentence as mt when at least half its words remain", () => {
    expect(classifySentence({ final: "The foreign ministry spokesperson said on Monday that negotiations would continue.", mt })).toMatchObject({ origin: "mt", mtScore: 90 });
    expect(classifySentence({ final: "Negotiations go on, Beijing says.", mt }).origin).toBe("fresh");
  });
  it("prefers the MT when the final text is closer to it than to the inserted match", () => {
    const target = "The foreign ministry spokesperson said on Monday that the talks were over.";
    expect(classifySentence({ final: mt, mt, inserted: { target, score: 80 } }).origin).toBe("mt");
  });
  it("counts an inserted match equal to the MT as memory", () => {
    expect(classifySentence({ final: mt, mt, inserted: { target: mt, score: 100 } }).origin).toBe("memory");
  });
  it("counts characters for Chinese and leaves punctuation out", () => {
    expect(classifySentence({ final: "外交部表示。" })).toEqual({ origin: "fresh", words: 5 });
  });
});

describe("effortSplit", () => {
  it("sums words and sentences per origin", () => {
    const split = effortSplit([
      { final: "One two three.", inserted: { target: "One two three.", score: 100 } },
      { final: "Four five six seven.", mt: "Four five six eight." },
      { final: "Nine ten." },
    ]);
    expect(split.words).toEqual({ memory: 3, mt: 4, fresh: 2 });
    expect(split.sentences).toEqual({ memory: 1, mt: 1, fresh: 1 });
    expect(split.totalWords).toBe(9);
    expect(split.share.mt).toBeCloseTo(4 / 9);
    expect(effortSplit([]).share).toEqual({ memory: 0, mt: 0, fresh: 0 });
  });
});
