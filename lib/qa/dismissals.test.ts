import { describe, expect, it } from "vitest";
import { countOpen, createFindingLocator, dismissalKeyOf, locateFindings, matchDismissals, spanContext, type QaDismissalView } from "./dismissals";
import { runQa, type QaArticle } from "./run";

const SOURCE = ["双方签署协议。会议在北京举行。", "研究院将推动产业数字化和数字产业化。", "专家表示，成效已经显现。"];
const TARGET = [
  "The two parties signed an agreement. The meeting was held in Beijing .",
  "The Institute will promote industrial digitalization And digital industrialization.",
  "Experts said that the effect has appeared.",
];
const article = (target: string[], source = SOURCE): QaArticle => ({ sourceLang: "zh", targetLang: "en", source, target });

function located(target: string[], source = SOURCE) {
  const input = article(target, source);
  return locateFindings(input, runQa(input));
}

let ids = 0;
/** A dismissal of the finding of `check` on `spanText`, made on `target`. */
function dismiss(target: string[], check: string, spanText: string): QaDismissalView {
  const { findings, pairs } = located(target);
  const f = findings.find((x) => x.check === check && x.spanText === spanText);
  if (!f) throw new Error(`no ${check} finding on “${spanText}”`);
  return { id: `d${++ids}`, ...dismissalKeyOf(f, pairs), reason: "intended", note: null, userId: "u1", userName: "Editor", createdAt: "2026-01-01T00:00:00.000Z" };
}

function matchedSpans(target: string[], dismissals: QaDismissalView[], source = SOURCE) {
  const { findings, pairs } = located(target, source);
  const matched = matchDismissals(findings, pairs, dismissals);
  return findings.map((f, i) => [f.check, f.spanText, matched[i]?.id ?? null]);
}

describe("locateFindings", () => {
  it("places each finding in its sentence, with offsets into that sentence", () => {
    const { findings, pairs } = located(TARGET);
    expect(findings.map((f) => [f.check, f.spanText])).toEqual([
      ["spacing", " ."],
      ["capitals", "And"],
    ]);
    const [space, and] = findings;
    expect(pairs[space!.sentence]).toEqual({ source: "会议在北京举行。", target: "The meeting was held in Beijing ." });
    expect(pairs[space!.sentence]!.target.slice(space!.sentenceStart, space!.sentenceEnd)).toBe(" .");
    expect(pairs[and!.sentence]!.source).toBe("研究院将推动产业数字化和数字产业化。");
    expect(pairs[and!.sentence]!.target.slice(and!.sentenceStart, and!.sentenceEnd)).toBe("And");
  });

  it("re-uses its per-row cache across calls and gives the same answer", () => {
    const locate = createFindingLocator();
    const first = runQa(article(TARGET));
    const edited = [TARGET[0]!, TARGET[1]!.replace("promote", "push"), TARGET[2]!];
    const second = runQa(article(edited), first);
    expect(locate(article(TARGET), first)).toEqual(locateFindings(article(TARGET), first));
    expect(locate(article(edited), second)).toEqual(locateFindings(article(edited), second));
  });
});

describe("spanContext", () => {
  it("widens the span by one word on each side", () => {
    expect(spanContext("promote digitalization And digital industry", 23, 26)).toBe("digitalization And digital");
    expect(spanContext("held in Beijing .", 15, 17)).toBe("Beijing .");
    expect(spanContext("And so", 0, 3)).toBe("And so");
  });
});

describe("matchDismissals", () => {
  it("finds a dismissal again in the same place", () => {
    const d = dismiss(TARGET, "capitals", "And");
    expect(matchedSpans(TARGET, [d])).toEqual([
      ["spacing", " .", null],
      ["capitals", "And", d.id],
    ]);
  });

  it("finds it again when its paragraph moved", () => {
    const d = dismiss(TARGET, "capitals", "And");
    const moved = [TARGET[1]!, TARGET[0]!, TARGET[2]!];
    const movedSource = [SOURCE[1]!, SOURCE[0]!, SOURCE[2]!];
    expect(matchedSpans(moved, [d], movedSource)).toEqual([
      ["capitals", "And", d.id],
      ["spacing", " .", null],
    ]);
    // Moved in the translation only (the rows re-align): still its sentence's text.
    expect(matchedSpans([TARGET[0]!, "A new paragraph was inserted here.", TARGET[1]!, TARGET[2]!], [d]).find((x) => x[1] === "And")).toEqual(["capitals", "And", d.id]);
  });

  it("keeps it when the sentence was edited elsewhere", () => {
    const d = dismiss(TARGET, "capitals", "And");
    const edited = [TARGET[0]!, "The new Institute will strongly promote industrial digitalization And digital industrialization.", TARGET[2]!];
    expect(matchedSpans(edited, [d])).toEqual([
      ["spacing", " .", null],
      ["capitals", "And", d.id],
    ]);
    const s = dismiss(TARGET, "spacing", " .");
    expect(matchedSpans(["The two parties signed a deal. The meeting was held in Beijing .", TARGET[1]!, TARGET[2]!], [s])[0]).toEqual(["spacing", " .", s.id]);
  });

  it("drops it when the sentence was edited at the flagged span", () => {
    const d = dismiss(TARGET, "capitals", "And");
    const nextToIt = [TARGET[0]!, "The Institute will promote industrial digitization And digital industrialization.", TARGET[2]!];
    expect(matchedSpans(nextToIt, [d])).toEqual([
      ["spacing", " .", null],
      ["capitals", "And", null],
    ]);
    const s = dismiss(TARGET, "spacing", " .");
    expect(matchedSpans(["The two parties signed an agreement. The meeting was held in Shanghai .", TARGET[1]!, TARGET[2]!], [s])[0]).toEqual(["spacing", " .", null]);
  });

  it("needs the same check and flagged text, and covers one finding only", () => {
    const d = dismiss(TARGET, "capitals", "And");
    expect(matchDismissals(located(TARGET).findings, located(TARGET).pairs, [{ ...d, check: "spacing" }])).toEqual([null, null]);
    const twice = [TARGET[1]!, TARGET[1]!];
    const source = [SOURCE[1]!, SOURCE[1]!];
    const { findings, pairs } = located(twice, source);
    expect(findings.map((f) => f.spanText)).toEqual(["And", "And"]);
    expect(matchDismissals(findings, pairs, [d]).map((m) => m?.id ?? null)).toEqual([d.id, null]);
  });

  it("does not fall back on an empty source sentence", () => {
    const finding = { check: "spacing", spanText: " .", sentence: 0, sentenceStart: 4, sentenceEnd: 6 };
    const d = { id: "x", check: "spacing", spanText: " .", sourceText: "", targetText: "Other words .", reason: "other", note: "n", userId: "u", userName: "U", createdAt: "" } as const;
    expect(matchDismissals([finding], [{ source: "", target: "Some words ." }], [d])).toEqual([null]);
  });
});

describe("countOpen", () => {
  it("counts dismissed findings apart from the open ones", () => {
    const d = dismiss(TARGET, "capitals", "And");
    const { findings, pairs } = located(TARGET);
    expect(countOpen(findings, matchDismissals(findings, pairs, [d]))).toEqual({ error: 1, warning: 0, info: 0, dismissed: 1 });
  });
});
