import { describe, expect, it } from "vitest";
import { spacingCheck } from "./spacing";
import { applyFixes, runText, spans } from "./test-helpers";

describe("spacing", () => {
  it.each([
    ["technological innovation centers and other innovation platforms .", "technological innovation centers and other innovation platforms."],
    ["about 32 kilometers , with a total of 25 stations", "about 32 kilometers, with a total of 25 stations"],
    ["The meeting was held.Delegates arrived.", "The meeting was held. Delegates arrived."],
    ["Beijing,Shanghai and Chongqing", "Beijing, Shanghai and Chongqing"],
    ["Source:Chongqing Daily Net", "Source: Chongqing Daily Net"],
    ["It rose by 35 % this year", "It rose by 35% this year"],
    ["the Western ( Chongqing) Science City", "the Western (Chongqing) Science City"],
    ["the Western (Chongqing ) Science City", "the Western (Chongqing) Science City"],
    ["two  spaces here", "two spaces here"],
    ["Is it true?Yes!Really", "Is it true? Yes! Really"],
    ["one;two", "one; two"],
  ])("flags and fixes %j", (text, fixed) => {
    const findings = runText(spacingCheck, text);
    expect(findings.length).toBeGreaterThan(0);
    expect(applyFixes(text, findings)).toBe(fixed);
  });

  it.each([
    "Growth reached 2.75 percent, up from 1,000 units.",
    "See example.com or www.example.org/path?a=1 for details.",
    "Write to press@example.cn, e.g. for interviews.",
    "The U.S. and the E.U. signed it, i.e. both parties.",
    "He left at 3:15 p.m. on Friday.",
    "The ASP.NET and Node.js stacks were compared.",
    "U.S.Army officials (and others) agreed.",
    "A sentence. Another one! A question? Fine.",
    "The price was $.50 each ... or so.",
    "Visit https://example.com/a,b:c for the list.",
  ])("leaves %j alone", (text) => {
    expect(spans(text, runText(spacingCheck, text))).toEqual([]);
  });

  it("reports the span of the space and the mark, with a severity per fault", () => {
    const text = "platforms .  Next";
    const findings = runText(spacingCheck, text);
    expect(findings.map((f) => [f.start, f.end, f.severity])).toEqual([
      [9, 11, "error"],
      [11, 13, "warning"],
    ]);
  });
});
