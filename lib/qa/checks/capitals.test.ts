import { describe, expect, it } from "vitest";
import { capitalsCheck } from "./capitals";
import { applyFixes, ctxOf, runPair, spans } from "./test-helpers";

describe("capitals", () => {
  it.each([
    ["and promote industrial digitalization And digital industrialization.", "And"],
    ["high-end R&D platforms, and achievement transformation The base and more", "The"],
    ["officially opened for operation On January 25.", "On"],
    ["including Coreius guichenoti And Chinese sucker.", "And"],
    ["the plan was approved Of course by the city.", "Of"],
    ["the agreement, But not the annex, was signed.", "But"],
  ])("a capitalized function word in %j is an error", (text, word) => {
    const findings = runPair(capitalsCheck, text);
    expect(spans(text, findings)).toEqual([word]);
    expect(findings[0]!.severity).toBe("error");
    expect(applyFixes(text, findings)).toBe(text.replace(` ${word} `, ` ${word.toLowerCase()} `));
  });

  it.each([
    ["to cultivate technological innovation Talents, carry out research", "Talents"],
    ["Jiangbei, Yubei and other Regions.", "Regions"],
    ["support for local Enterprises in the area", "Enterprises"],
    ["the new Platform will open next year", "Platform"],
    ["more economic Development is planned", "Development"],
  ])("an isolated capitalized common word in %j is a warning", (text, word) => {
    const findings = runPair(capitalsCheck, text);
    expect(spans(text, findings)).toEqual([word]);
    expect(findings[0]!.severity).toBe("warning");
    expect(findings[0]!.fix?.replacement).toBe(word.toLowerCase());
  });

  it.each([
    "the aquatic resources in the Chongqing section of the Yangtze River Delta have recovered",
    "jointly established by Peking University and the Chongqing High-tech Zone Management Committee",
    "He said: The plan works. Then he left. “The rest is history,” she added.",
    "The total length of Line 9 Phase I is about 32 kilometers",
    "a high-end R&D institution of the USA and the UN, reported by The Economist",
    "Chongqing Daily News (Reporter Li Xingting and Zhang Yizhu) On November 21, at the conference",
    "The book Gone With The Wind and the Bank Of China were mentioned",
    "citizens from Gaotanyan to Xingke Avenue only need about 50 minutes",
    "The line adopts 6-car marshalling A-type vehicles",
    "the agreement with Will Smith was signed in May",
  ])("leaves %j alone", (text) => {
    expect(spans(text, runPair(capitalsCheck, text))).toEqual([]);
  });

  it("accepts the words of a term the article defines", () => {
    const text = "At the same time, the Institute will also cooperate with local universities";
    expect(spans(text, runPair(capitalsCheck, text))).toEqual([]);
    // A defined term also covers a word of the common-word list:
    const platform = "the Platform will also open";
    expect(spans(platform, runPair(capitalsCheck, platform))).toEqual(["Platform"]);
    expect(runPair(capitalsCheck, platform, "", ctxOf({ definedTerms: new Set(["Innovation Platform"]) }))).toEqual([]);
  });
});
