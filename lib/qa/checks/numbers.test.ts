import { describe, expect, it } from "vitest";
import { alignParagraphs, alignSentences } from "@/lib/alignment";
import { DEMO_ARTICLES } from "@/lib/seed/demo-articles";
import type { QaContext, QaFinding } from "../types";
import { datesCheck } from "./dates";
import { numbersCheck } from "./numbers";

const ZH_EN: QaContext = { sourceLang: "zh-CN", targetLang: "en", maxSentenceWords: 35, glossary: [], definedTerms: new Set() };

function run(source: string, target: string, ctx: QaContext = ZH_EN): QaFinding[] {
  return numbersCheck.run({ source, target }, ctx);
}

function keys(source: string, target: string): string[] {
  return run(source, target).map((f) => `${f.severity} ${f.message.key}`);
}

/** Right renderings: nothing at all is reported. */
const CORRECT: ReadonlyArray<readonly [string, string]> = [
  ["总投资超过200亿元。", "The total investment is over 20 billion yuan."],
  ["共有3.14万人参加。", "A total of 31,400 people took part."],
  ["投资0.6亿元。", "The investment was 60 million yuan."],
  ["GDP达1.2345万亿元。", "GDP reached 1.2345 trillion yuan."],
  ["约50分钟", "about 50 minutes"],
  ["三十余家企业", "more than 30 companies"],
  ["20余个项目", "more than 20 projects"],
  ["5万多人", "more than 50,000 people"],
  ["增长百分之三十五。", "It grew by 35 percent."],
  ["增长35%。", "It grew by 35%."],
  ["增长35%。", "It grew by 35 per cent."],
  ["第二届大会", "the second conference"],
  ["第3名", "the 3rd place"],
  ["3至5年", "3 to 5 years"],
  ["三到五年", "three to five years"],
  ["3至5万人", "30,000 to 50,000 people"],
  ["三分之一的企业", "one third of the companies"],
  ["四千五百万元", "45 million yuan"],
  ["一百零五人", "105 people"],
  ["两名记者", "two reporters"],
  ["1,234人", "1,234 people"],
  ["１２３人", "123 people"],
  ["近50人", "nearly 50 people"],
  ["不到10%", "less than 10%"],
  ["由120种增加到150种", "from 120 to 150 species"],
  ["一批国家级重点实验室", "a number of national key laboratories"],
  ["双方将共建研究院。", "The two parties will jointly build the institute."],
  ["2019年，公司成立。", "In 2019, the company was founded."],
  ["3月8日，有5人到场。", "On March 8, 5 people attended."],
  ["十八大", "the 18th National Congress"],
  ["轨道交通9号线一期", "Rail Transit Line 9 Phase I"],
  ["统一思想，一起努力。", "Unify thinking and work together."],
  ["万一出现问题", "In case of problems"],
  ["这十分重要。", "This is very important."],
];

describe("numbers check: right conversions raise nothing", () => {
  it.each(CORRECT)("%s → %s", (source, target) => {
    expect(run(source, target).filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("numbers check: wrong conversions are errors", () => {
  it("flags 200亿 rendered as 2 billion, with the fix", () => {
    const target = "The total investment is over 2 billion yuan.";
    const [f, ...rest] = run("总投资超过200亿元。", target);
    expect(rest).toEqual([]);
    expect(f?.severity).toBe("error");
    expect(f?.message.key).toBe("qaNumbers.magnitude");
    expect(f?.message.values).toMatchObject({ source: "超过200亿", target: "over 2 billion", expected: "20 billion" });
    expect(f && target.slice(f.start, f.end)).toBe("over 2 billion");
    expect(f?.fix).toEqual({ start: target.indexOf("2 billion"), end: target.indexOf("2 billion") + 9, replacement: "20 billion" });
  });

  it("flags 3.14万 rendered as 3,140 and offers 31,400 in digits", () => {
    const target = "A total of 3,140 people took part.";
    const [f] = run("共有3.14万人参加。", target);
    expect(f?.message.key).toBe("qaNumbers.magnitude");
    expect(f?.fix?.replacement).toBe("31,400");
  });

  it("flags 0.6亿 rendered as 6 million", () => {
    expect(run("投资0.6亿元。", "The investment was 6 million yuan.")[0]?.fix?.replacement).toBe("60 million");
  });

  it("flags a different value as a mismatch, not a magnitude", () => {
    const [f] = run("有35人", "53 people");
    expect(f?.message.key).toBe("qaNumbers.mismatch");
    expect(f?.fix?.replacement).toBe("35");
  });

  it("flags a missing number", () => {
    expect(keys("总投资超过200亿元。", "The total investment is large.")).toEqual(["error qaNumbers.missing"]);
  });

  it("flags a number the source lacks", () => {
    const target = "It has 25 stations.";
    const [f] = run("设有车站。", target);
    expect(f?.message.key).toBe("qaNumbers.extra");
    expect(f && target.slice(f.start, f.end)).toBe("25");
  });

  it("flags a percentage rendered as a plain number, and the other way round", () => {
    expect(keys("增长35%。", "It grew by 35.")).toEqual(["error qaNumbers.kindMismatch"]);
    expect(keys("增长35。", "It grew by 35%.")).toEqual(["error qaNumbers.kindMismatch"]);
  });

  it("flags a wrong percentage", () => {
    expect(keys("增长百分之三十五。", "It grew by 25 percent.")).toEqual(["error qaNumbers.mismatch"]);
  });

  it("flags a wrong ordinal", () => {
    expect(keys("第二届大会", "the third conference")).toEqual(["error qaNumbers.mismatch"]);
  });

  it("flags a wrong range", () => {
    expect(keys("3至5年", "3 to 6 years")).toEqual(["error qaNumbers.mismatch"]);
  });

  it("flags a wrong fraction", () => {
    expect(keys("三分之一的企业", "a quarter of the companies")).toEqual(["error qaNumbers.mismatch"]);
  });

  it("flags the English side when the MT invents a magnitude", () => {
    expect(keys("有500人", "500 million people")).toEqual(["error qaNumbers.magnitude"]);
  });

  it("does not count a year twice, but flags a wrong year as a number when it is not a date", () => {
    expect(keys("在2020重庆英才大会上", "at the 2021 Chongqing Talents Conference")).toEqual(["error qaNumbers.mismatch"]);
  });
});

describe("numbers check: approximations", () => {
  it("warns when an approximation is lost", () => {
    const [f] = run("三十余家企业", "30 companies");
    expect(f?.severity).toBe("warning");
    expect(f?.message.key).toBe("qaNumbers.approxMissing");
    expect(f?.message.values).toMatchObject({ approx: "more" });
  });

  it("warns when an approximation is added", () => {
    expect(keys("有50人", "about 50 people")).toEqual(["warning qaNumbers.approxAdded"]);
  });

  it("warns when the direction changes", () => {
    expect(keys("约50人", "more than 50 people")).toEqual(["warning qaNumbers.approxDiffers"]);
  });

  it("only informs when about and nearly trade places", () => {
    expect(keys("约50人", "nearly 50 people")).toEqual(["info qaNumbers.approxDiffers"]);
  });
});

describe("numbers check: other language pairs compare digits only", () => {
  const DE_EN: QaContext = { ...ZH_EN, sourceLang: "de", targetLang: "en" };
  it("accepts other separators and flags a missing or new digit sequence as warnings", () => {
    expect(run("Es kostet 1.234,5 Euro.", "It costs 1,234.5 euros.", DE_EN)).toEqual([]);
    expect(run("Es kostet 20 Euro.", "It costs twenty euros.", DE_EN).map((f) => `${f.severity} ${f.message.key}`)).toEqual(["warning qaNumbers.missing"]);
    expect(run("Es kostet Geld.", "It costs 20 euros.", DE_EN).map((f) => `${f.severity} ${f.message.key}`)).toEqual(["warning qaNumbers.extra"]);
  });

  it("does not parse Chinese numerals for a non-Chinese source", () => {
    expect(run("二百", "two hundred", DE_EN)).toEqual([]);
  });
});

/** Every sentence pair of the demo articles, aligned as the desk aligns them. */
function demoPairs(): Array<{ source: string; target: string }> {
  const out: Array<{ source: string; target: string }> = [];
  for (const a of DEMO_ARTICLES) {
    out.push({ source: a.title.source, target: a.title.mt });
    const sp = a.body.source.split("\n\n");
    const tp = a.body.mt.split("\n\n");
    for (const row of alignParagraphs(sp, tp, a.sourceLang, a.targetLang)) {
      const s = row.source.map((i) => sp[i]).join("");
      const t = row.target.map((i) => tp[i]).join(" ");
      for (const pr of alignSentences(s, t, a.sourceLang, a.targetLang)) {
        out.push({ source: pr.source.map((x) => x.text).join(""), target: pr.target.map((x) => x.text).join(" ") });
      }
    }
  }
  return out;
}

describe("numbers and dates checks on the demo articles", () => {
  it("raise nothing at warning or error level (the MT renders every number and date correctly)", () => {
    const pairs = demoPairs();
    expect(pairs.length).toBeGreaterThan(15);
    const found = pairs.flatMap((p) =>
      [...numbersCheck.run(p, ZH_EN), ...datesCheck.run(p, ZH_EN)]
        .filter((f) => f.severity !== "info")
        .map((f) => `${f.message.key} ${JSON.stringify(f.message.values)} in ${p.target.slice(0, 40)}`),
    );
    expect(found).toEqual([]);
  });

  it("finds a fault put into a demo sentence", () => {
    const pair = demoPairs().find((p) => p.source.includes("200亿元"));
    expect(pair).toBeDefined();
    if (!pair) return;
    const broken = { source: pair.source, target: pair.target.replace("20 billion", "2 billion") };
    expect(numbersCheck.run(broken, ZH_EN).map((f) => f.message.key)).toEqual(["qaNumbers.magnitude"]);
  });
});
