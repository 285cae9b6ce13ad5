import { describe, expect, it } from "vitest";
import { repeatedWordsCheck } from "./repeated-words";
import { applyFixes, runPair, spans } from "./test-helpers";

describe("repeated words", () => {
  it.each([
    ["The the plan was approved.", "The the", "The plan was approved."],
    ["It is one of of the largest.", "of of", "It is one of the largest."],
    ["the city city of Chongqing", "city city", "the city of Chongqing"],
    ["and and promote", "and and", "and promote"],
    ["It was  was held.", "was  was", "It was held."],
    ["In In 2020 it grew.", "In In", "In 2020 it grew."],
  ])("flags %j", (text, span, fixed) => {
    const findings = runPair(repeatedWordsCheck, text);
    expect(spans(text, findings)).toEqual([span]);
    expect(findings[0]!.severity).toBe("error");
    expect(applyFixes(text, findings)).toBe(fixed);
  });

  it("reports each repeat of a triple", () => {
    expect(runPair(repeatedWordsCheck, "the the the end")).toHaveLength(2);
  });

  it("makes grammatical doubles a warning", () => {
    expect(runPair(repeatedWordsCheck, "He said that that was fine.")[0]?.severity).toBe("warning");
  });

  it.each([
    ["By yqqlm yqqlm", "作者：yqqlm yqqlm"],
    ["They visited Bora Bora last year.", ""],
    ["the theme of the day", ""],
    ["He said no, no one came.", ""],
    ["Walla Walla and Baden-Baden", ""],
    ["a cat, cat food and dogs", ""],
  ])("leaves %j alone", (text, source) => {
    expect(runPair(repeatedWordsCheck, text, source)).toEqual([]);
  });
});
