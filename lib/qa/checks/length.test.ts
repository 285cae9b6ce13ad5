import { describe, expect, it } from "vitest";
import { lengthCheck } from "./length";
import { ctxOf, runPair } from "./test-helpers";

const words = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? "Word" : "word")).join(" ") + ".";

describe("awkward length", () => {
  it.each([36, 40, 81, 120])("warns about a sentence of %i words, naming the source", (n) => {
    const target = words(n);
    const findings = runPair(lengthCheck, target, "研究院将在科学城集聚培养科技创新人才。");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", start: 0, end: target.length });
    expect(findings[0]!.message.values).toEqual({ words: n, limit: 35, source: "研究院将在科学城集聚培养科技创新人才。" });
  });

  it("finds the long sentence among several of a bead", () => {
    const target = `${words(5)} ${words(50)}`;
    const findings = runPair(lengthCheck, target, "短句。长句。");
    expect(findings.map((f) => target.slice(f.start, f.end))).toEqual([words(50)]);
  });

  it("uses the configured limit", () => {
    expect(runPair(lengthCheck, words(21), "", ctxOf({ maxSentenceWords: 20 }))).toHaveLength(1);
    expect(runPair(lengthCheck, words(20), "", ctxOf({ maxSentenceWords: 20 }))).toEqual([]);
  });

  it.each([1, 10, 34, 35])("accepts a sentence of %i words", (n) => {
    expect(runPair(lengthCheck, words(n), "源句。")).toEqual([]);
  });

  it("cuts a long source sentence in the message", () => {
    const source = "很".repeat(200) + "。";
    const value = runPair(lengthCheck, words(40), source)[0]!.message.values!.source as string;
    expect(value.length).toBe(80);
    expect(value.endsWith("…")).toBe(true);
  });
});
