import { describe, expect, it } from "vitest";
import { bracketsCheck } from "./brackets";
import { runText } from "./test-helpers";

describe("brackets and quotes", () => {
  it.each([
    ["Western (Chongqing Science City", 8, "qa.brackets.unclosed", "error"],
    ["Western Chongqing) Science City", 17, "qa.brackets.unopened", "error"],
    ["He said “the plan works.", 8, "qa.brackets.unclosedQuote", "warning"],
    ["the plan works,” he said", 15, "qa.brackets.unopenedQuote", "warning"],
    ['He said "yes and left', 8, "qa.brackets.oddQuotes", "warning"],
  ])("flags %j", (text, at, key, severity) => {
    const findings = runText(bracketsCheck, text);
    expect(findings.map((f) => [f.start, f.message.key, f.severity])).toEqual([[at, key, severity]]);
  });

  it("reports a mismatched pair at both ends", () => {
    const findings = runText(bracketsCheck, "a list [one, two) here");
    expect(findings.map((f) => [f.start, f.message.key])).toEqual([[7, "qa.brackets.unclosed"], [16, "qa.brackets.unopened"]]);
  });

  it.each([
    "Chongqing Daily News (Reporter Li Xingting and Zhang Yizhu) On November 21",
    "He said “we (the board) agreed [in full]” and left.",
    'It is called "smart" and "green".',
    "China’s economy and the farmers’ income grew.",
    "Nested (a (b) c) and {x} are fine.",
  ])("leaves %j alone", (text) => {
    expect(runText(bracketsCheck, text)).toEqual([]);
  });
});
