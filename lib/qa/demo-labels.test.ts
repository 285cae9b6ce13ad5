/**
 * Measured precision on the demo articles: every labelled fault is found,
 * and no finding at warning or error level is unlabelled or a false alarm.
 */
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { importArticleSchema } from "@/lib/articles/import-schema";
import { DEMO_ARTICLES } from "@/lib/seed/demo-articles";
import { DEMO_CORRECT, DEMO_LABELS, LABELLED_CHECKS } from "./__fixtures__/demo-labels";
import { qaLines, type QaLine } from "./cli";
import { qaMessageFormatter } from "./format-message";

const format = qaMessageFormatter("en", en);
const lines: (QaLine & { article: number })[] = DEMO_ARTICLES.flatMap((input, article) =>
  qaLines(`demo-${article}`, importArticleSchema.parse(input), [], format).map((line) => ({ ...line, article })),
);
const labelled = lines.filter((l) => LABELLED_CHECKS.has(l.check) && l.severity !== "info");
const key = (l: { article: number; field: string; paragraph: number; check: string; text: string }) =>
  `${l.article}/${l.field}/${l.paragraph}/${l.check}/${l.text}`;

describe("QA on the demo articles", () => {
  it("finds every labelled fault", () => {
    const found = new Set(labelled.map(key));
    const missed = DEMO_LABELS.filter((l) => l.label === "fault" && !found.has(key(l)));
    expect(missed).toEqual([]);
  });

  it("raises no false alarm and nothing unlabelled at warning or error level", () => {
    const faults = new Set(DEMO_LABELS.filter((l) => l.label === "fault").map(key));
    expect(labelled.filter((l) => !faults.has(key(l))).map(key)).toEqual([]);
    const precision = labelled.filter((l) => faults.has(key(l))).length / labelled.length;
    const recall = DEMO_LABELS.filter((l) => l.label === "fault" && labelled.some((f) => key(f) === key(l))).length / DEMO_LABELS.filter((l) => l.label === "fault").length;
    expect([precision, recall]).toEqual([1, 1]);
  });

  it.each([
    ["digitalization And digital", "And", "error"],
    ["platforms .", " .", "error"],
    ["innovation Talents", "Talents", "warning"],
    ["transformation The base", "The", "error"],
  ])("finds %j", (context, text, severity) => {
    const hit = lines.find((l) => l.text === text && l.severity === severity && l.article === 0);
    expect(hit).toBeDefined();
    expect(hit!.fix).toBeDefined();
    expect(hit!.message).not.toMatch(/qa\./);
  });

  it("warns about the long sentence of the second paragraph, naming its source", () => {
    const hit = lines.find((l) => l.check === "length" && l.text.startsWith("It will gather"));
    expect(hit?.severity).toBe("warning");
    expect(hit!.text.split(/\s+/).length).toBeGreaterThan(80);
    expect(hit!.message).toContain("研究院将在科学城集聚培养科技创新人才");
  });

  it.each(DEMO_CORRECT.map((c) => [c.text, c]))("raises nothing at warning or error on %j", (_, c) => {
    const article = DEMO_ARTICLES[c.article]!;
    const paragraphText = c.field === "title" ? article.title.mt : article.body.mt.split("\n\n")[c.paragraph]!;
    const from = paragraphText.indexOf(c.text);
    expect(from).toBeGreaterThanOrEqual(0);
    const to = from + c.text.length;
    const overlapping = labelled.filter(
      (l) => l.article === c.article && l.field === c.field && l.paragraph === c.paragraph && l.check !== "length" && l.start < to && l.end > from,
    );
    expect(overlapping).toEqual([]);
  });
});
