import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import type { QaContext } from "../types";
import { datesCheck } from "./dates";

const ZH_EN: QaContext = { sourceLang: "zh", targetLang: "en-US", maxSentenceWords: 35, glossary: [], definedTerms: new Set() };

function run(source: string, target: string, ctx: QaContext = ZH_EN) {
  return datesCheck.run({ source, target }, ctx);
}

const CORRECT: ReadonlyArray<readonly [string, string]> = [
  ["3月8日开幕", "It opened on March 8."],
  ["3月8日开幕", "It opened on 8 March."],
  ["2019年成立", "It was founded in 2019."],
  ["2019年3月成立", "It was founded in March 2019."],
  ["2019年3月8日成立", "It was founded on March 8, 2019."],
  ["下午3时15分开始", "It began at 3:15 p.m."],
  ["下午3时15分开始", "It began at 3:15 pm."],
  ["15时15分开始", "It began at 15:15."],
  ["15时开始", "It began at 3 p.m."],
  ["11月21日，在2020重庆英才大会上", "On November 21, at the 2020 Chongqing Talents Conference"],
  ["今年8月", "in August this year"],
  ["截至10月底", "At the end of October"],
  ["21日", "on the 21st"],
  ["于1月25日正式开通运营", "officially opened for operation On January 25."],
];

describe("dates check: right renderings raise nothing", () => {
  it.each(CORRECT)("%s → %s", (source, target) => expect(run(source, target)).toEqual([]));
});

describe("dates check: faults", () => {
  it("flags a wrong day with a fix in the writer's order", () => {
    const target = "It opened on 9 March.";
    const [f, ...rest] = run("3月8日开幕", target);
    expect(rest).toEqual([]);
    expect(f?.severity).toBe("error");
    expect(f?.message.key).toBe("qaNumbers.dateMismatch");
    expect(f && target.slice(f.start, f.end)).toBe("9 March");
    expect(f?.fix?.replacement).toBe("8 March");
  });

  it("flags a wrong month", () => {
    expect(run("3月8日开幕", "It opened on April 8.")[0]?.fix?.replacement).toBe("March 8");
  });

  it("flags a wrong year", () => {
    const [f] = run("2019年3月成立", "It was founded in March 2018.");
    expect(f?.message.key).toBe("qaNumbers.dateMismatch");
    expect(f?.fix?.replacement).toBe("March 2019");
  });

  it("flags a wrong time (p.m. for a morning hour)", () => {
    expect(run("上午10时开始", "It began at 10 p.m.").map((f) => f.message.key)).toEqual(["qaNumbers.dateMismatch"]);
    expect(run("下午3时15分开始", "It began at 3:30 p.m.").map((f) => f.message.key)).toEqual(["qaNumbers.dateMismatch"]);
  });

  it("flags a missing date", () => {
    const [f] = run("3月8日开幕", "It opened.");
    expect(f?.message.key).toBe("qaNumbers.dateMissing");
    expect(f?.message.values).toMatchObject({ expected: "March 8" });
  });

  it("flags a missing year written as a number", () => {
    expect(run("2019年成立", "It was founded in 2018.").map((f) => f.message.key)).toEqual(["qaNumbers.dateMissing"]);
  });

  it("flags a date the source lacks", () => {
    const target = "It opened on March 8.";
    const [f] = run("开幕了", target);
    expect(f?.message.key).toBe("qaNumbers.dateExtra");
    expect(f && target.slice(f.start, f.end)).toBe("March 8");
  });

  it("warns when the rendering leaves out the year", () => {
    const [f] = run("2019年3月8日成立", "It was founded on March 8.");
    expect(f?.severity).toBe("warning");
    expect(f?.message.key).toBe("qaNumbers.dateIncomplete");
  });

  it("checks only Chinese sources into English", () => {
    expect(run("am 8. März", "on April 8", { ...ZH_EN, sourceLang: "de" })).toEqual([]);
  });
});

describe("message keys", () => {
  it("every key the numbers and dates checks emit is in both message files", async () => {
    const enKeys: Record<string, string> = en.qaNumbers;
    const zhKeys: Record<string, string> = zh.qaNumbers;
    const emitted = [
      "missing", "extra", "mismatch", "magnitude", "kindMismatch", "ordinalDiffers", "approxMissing", "approxAdded",
      "approxDiffers", "dateMissing", "dateExtra", "dateMismatch", "dateIncomplete",
    ];
    const { readFile } = await import("node:fs/promises");
    const sources = await Promise.all(["./numbers.ts", "./dates.ts"].map((f) => readFile(new URL(f, import.meta.url), "utf8")));
    const used = [...sources.join("\n").matchAll(/"qaNumbers\.(\w+)"/g)].map((m) => m[1] ?? "");
    expect(new Set(used)).toEqual(new Set(emitted));
    for (const k of emitted) {
      expect(enKeys[k], k).toBeTruthy();
      expect(zhKeys[k], k).toBeTruthy();
    }
  });
});
