import { describe, expect, it } from "vitest";
import { definedTermsIn } from "./defined-terms";
import { runQa, type QaArticle } from "./run";

const article = (target: string[], extra: Partial<QaArticle> = {}): QaArticle => ({
  sourceLang: "zh",
  targetLang: "en",
  source: ["双方签署协议。会议在北京举行。", "研究院将开展合作。", "专家表示，成效已经显现。"],
  target,
  ...extra,
});

const TARGET = [
  "The two parties signed an agreement. The meeting was held in Beijing .",
  "The Institute will carry out cooperation And research.",
  "Experts said that the effect has appeared.",
];

describe("runQa", () => {
  it("gives offsets into each target paragraph", () => {
    const result = runQa(article(TARGET));
    const found = result.findings.map((f) => [f.block, TARGET[f.block]!.slice(f.start, f.end), f.check]);
    expect(found).toEqual([
      [0, " .", "spacing"],
      [1, "And", "capitals"],
    ]);
    expect(result.counts).toEqual({ error: 2, warning: 0, info: 0 });
  });

  it("marks sentences still equal to the MT as info, never as errors", () => {
    const edited = [TARGET[0]!, "The Institute will carry out cooperation and research.", TARGET[2]!];
    const result = runQa(article(edited, { mt: TARGET }));
    const unchanged = result.findings.filter((f) => f.check === "unchanged");
    expect(unchanged.map((f) => edited[f.block]!.slice(f.start, f.end))).toEqual([
      "The two parties signed an agreement.",
      "The meeting was held in Beijing .",
      "Experts said that the effect has appeared.",
    ]);
    expect(unchanged.every((f) => f.severity === "info")).toBe(true);
    expect(result.counts).toEqual({ error: 1, warning: 0, info: 3 });
  });

  it("finds unchanged sentences anywhere in the MT and not edited ones", () => {
    const mt = ["One was held. Two was held. Three was held.", "Four was held. Five was held."];
    const source = ["一。二。三。", "四。五。"];
    const target = ["One was held. Two were held. Three was held.", "Five was held. Four was held!"];
    const result = runQa({ sourceLang: "zh", targetLang: "en", source, target, mt });
    const unchanged = result.findings.filter((f) => f.check === "unchanged").map((f) => target[f.block]!.slice(f.start, f.end));
    // Unchanged: identical, also when moved to another place; changed: one word, or only the end mark.
    expect(unchanged).toEqual(["One was held.", "Three was held.", "Five was held."]);
    expect(runQa({ sourceLang: "zh", targetLang: "en", source, target }).findings.filter((f) => f.check === "unchanged")).toEqual([]);
  });

  it("re-checks incrementally with the same findings as a full check", () => {
    const first = runQa(article(TARGET));
    const edited = [...TARGET];
    edited[1] = "The Institute will carry out cooperation and research The the end.";
    const incremental = runQa(article(edited), first);
    const full = runQa(article(edited));
    expect(incremental.findings).toEqual(full.findings);
    expect(incremental.findings.map((f) => f.check)).toEqual(["spacing", "capitals", "repeated-word"]);
    // Rows without a changed paragraph keep their findings object.
    const rowOf = (r: typeof first, b: number) => r.rows.findIndex((row) => row.target.includes(b));
    expect(incremental.state.rowFindings[rowOf(incremental, 0)]).toBe(first.state.rowFindings[rowOf(first, 0)]);
    expect(incremental.state.rowFindings[rowOf(incremental, 1)]).not.toBe(first.state.rowFindings[rowOf(first, 1)]);
  });

  it("re-checks only the edited sentence of an edited paragraph", () => {
    const first = runQa(article(TARGET));
    const before = first.state.pairCache.size;
    expect(before).toBe(4); // one entry per sentence bead: 2 + 1 + 1
    const edited = [TARGET[0]!.replace("an agreement", "a deal"), TARGET[1]!, TARGET[2]!];
    const second = runQa(article(edited), first);
    // One new bead text in the cache: the edited sentence; its neighbour was found there.
    expect(second.state.pairCache.size).toBe(before + 1);
    expect(second.findings).toEqual(runQa(article(edited)).findings);
  });

  it("uses the named changed paragraphs when given", () => {
    const first = runQa(article(TARGET));
    const edited = [TARGET[0]!.replace(" .", "."), TARGET[1]!, TARGET[2]!];
    expect(runQa(article(edited), first, new Set([0])).findings).toEqual(runQa(article(edited)).findings);
  });

  it("re-aligns when the number of paragraphs changes", () => {
    const first = runQa(article(TARGET));
    const merged = [`${TARGET[0]} ${TARGET[1]}`, TARGET[2]!];
    expect(runQa(article(merged), first).findings).toEqual(runQa(article(merged)).findings);
  });

  it("re-checks every sentence when the article's defined terms change", () => {
    const source = ["研究院成立。", "研究院将开展合作。"];
    const plain = ["The research institute was founded.", "The work of the Platform will expand."];
    const first = runQa({ sourceLang: "zh", targetLang: "en", source, target: plain });
    expect(first.findings.map((f) => f.check)).toEqual(["capitals"]);
    const defining = ["The research institute (hereinafter referred to as the Platform) was founded.", plain[1]!];
    const second = runQa({ sourceLang: "zh", targetLang: "en", source, target: defining }, first);
    expect([...second.definedTerms]).toEqual(["Platform"]);
    expect(second.findings).toEqual([]);
  });

  it("maps a bead that spans two paragraphs back to each paragraph", () => {
    const source = ["监测数据显示鱼类物种数增加了很多很多很多很多很多。多种珍稀鱼类重新出现在监测样本中。"];
    const target = ["Monitoring data shows that the number of fish species has increased .", "A variety of rare fish have reappeared  in samples."];
    const result = runQa({ sourceLang: "zh", targetLang: "en", source, target });
    expect(result.findings.map((f) => [f.block, target[f.block]!.slice(f.start, f.end)])).toEqual([
      [0, " ."],
      [1, "  "],
    ]);
  });
});

describe("definedTermsIn", () => {
  it.each([
    ["Peking University (hereinafter referred to as the Research Institute) is", "Research Institute"],
    ["the Institute (hereinafter “BDRI”) said", "BDRI"],
    ["the Big Data Institute (“Data Institute” for short) said", "Data Institute"],
    ["the Chongqing High-tech Zone (the “Zone”) said", "Zone"],
    ["hereinafter called Science City", "Science City"],
  ])("finds the term in %j", (text, term) => {
    expect(definedTermsIn(text)).toEqual([term]);
  });

  it("finds none in ordinary text", () => {
    expect(definedTermsIn("The Research Institute said “yes” for short periods.")).toEqual([]);
  });
});
