import { describe, expect, it } from "vitest";
import { cjkCheck } from "./cjk";
import { applyFixes, ctxOf, runText, spans } from "./test-helpers";

describe("CJK left in English", () => {
  it.each([
    ["The 研究院 will open.", ["研究院"]],
    ["He said 你好，世界 twice.", ["你好，世界"]],
    ["Chongqing 高新区 and 科学城", ["高新区", "科学城"]],
    ["It is 北京 大学 now", ["北京 大学"]],
    ["在重庆", ["在重庆"]],
  ])("finds untranslated Han in %j", (text, found) => {
    const findings = runText(cjkCheck, text);
    expect(spans(text, findings)).toEqual(found);
    expect(findings.every((f) => f.severity === "warning" && f.message.key === "qa.cjk.han")).toBe(true);
  });

  it.each([
    ["Beijing，Shanghai", "Beijing, Shanghai"],
    ["It ended。Then it rained。", "It ended. Then it rained."],
    ["Western（Chongqing）Science City", "Western (Chongqing) Science City"],
    ["Source：Chongqing Daily", "Source: Chongqing Daily"],
    ["Really？Yes！", "Really? Yes!"],
    ["apples、pears and plums；done", "apples, pears and plums; done"],
    ["He said 「hello」 to me", "He said “hello” to me"],
  ])("fixes full-width punctuation in %j", (text, fixed) => {
    const findings = runText(cjkCheck, text);
    expect(findings.every((f) => f.severity === "error" && f.message.key === "qa.cjk.fullWidth")).toBe(true);
    expect(applyFixes(text, findings)).toBe(fixed);
  });

  it("flags title marks without a fix: italics or quotes is a house-style choice", () => {
    const findings = runText(cjkCheck, "the film 《Hero》 opened");
    expect(findings.map((f) => [f.start, Boolean(f.fix)])).toEqual([[9, false], [14, false]]);
  });

  it.each([
    "Peking University signed a protocol.",
    "He said “hello” (twice), then left: fine; really! why?",
    "Coreius guichenoti and Chinese sucker",
    "Prices fell 5% — the lowest since 2019…",
    "Café, naïve, Zürich and Kraków are fine.",
  ])("leaves %j alone", (text) => {
    expect(runText(cjkCheck, text)).toEqual([]);
  });

  it("does not run on a Chinese target", () => {
    expect(cjkCheck.appliesTo!(ctxOf({ sourceLang: "en", targetLang: "zh" }))).toBe(false);
    expect(cjkCheck.appliesTo!(ctxOf())).toBe(true);
  });
});
