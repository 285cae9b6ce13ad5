import { describe, expect, it } from "vitest";
import { glossaryCheck } from "./glossary";
import { applyFixes, runPair, spans, withGlossary } from "./test-helpers";

const GLOSSARY = withGlossary([
  { source: "高新区", target: "High-tech Zone", forbidden: ["Hi-tech Zone", "High and New Tech Zone"] },
  { source: "科学城", target: "Science City" },
  { source: "禁渔", target: "fishing ban", forbidden: ["fishing moratorium"] },
  { source: "CPU", target: "processor", caseSensitive: true },
]);

describe("glossary", () => {
  it.each([
    ["重庆高新区", "Chongqing Hi-tech Zone signed", "Hi-tech Zone", "Chongqing High-tech Zone signed"],
    ["高新区", "the High and New Tech Zone", "High and New Tech Zone", "the High-tech Zone"],
    ["禁渔", "Fishing moratorium works.", "Fishing moratorium", "Fishing ban works."],
    ["", "a hi-tech zone nearby", "hi-tech zone", "a High-tech Zone nearby"],
    ["十年禁渔", "the ten-year fishing moratorium", "fishing moratorium", "the ten-year fishing ban"],
  ])("a forbidden term in %j is an error with a fix", (source, target, span, fixed) => {
    const findings = runPair(glossaryCheck, target, source, GLOSSARY).filter((f) => f.severity === "error");
    expect(spans(target, findings)).toEqual([span]);
    expect(applyFixes(target, findings)).toBe(fixed);
  });

  it.each([
    ["西部（重庆）科学城", "the Western (Chongqing) Science Park"],
    ["重庆高新区", "Chongqing Hi-tech Zone"],
    ["长江十年禁渔", "the ten-year fishing moratorium"],
    ["科学城和高新区", "the Science City and the zone"],
    ["CPU", "the cpu and the Processor"],
  ])("a missing required term in %j → %j is a warning", (source, target) => {
    const findings = runPair(glossaryCheck, target, source, GLOSSARY).filter((f) => f.severity === "warning");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ start: 0, end: target.length, message: { key: "qa.glossary.missing" } });
  });

  it.each([
    ["重庆高新区", "Chongqing High-tech Zone"],
    ["科学城", "in the science city"],
    ["禁渔", "The Fishing Ban works"],
    ["CPU", "a faster processor"],
    ["北京大学", "Peking University"],
    ["高新区", "the HIGH-TECH ZONE"],
  ])("accepts %j → %j", (source, target) => {
    expect(runPair(glossaryCheck, target, source, GLOSSARY)).toEqual([]);
  });
});
