import { describe, expect, it } from "vitest";
import { mulberry32 } from "@/scripts/bench-utils";
import { foldForMatching, TermAutomaton } from "./automaton";
import { buildSourceMatcher } from "./source-matcher";
import { concept } from "./test-helpers";
import type { Concept } from "./types";

/** The matched texts with the first source term of their concept. */
function found(concepts: Concept[], text: string) {
  return buildSourceMatcher(concepts)
    .find(text)
    .map((m) => [text.slice(m.start, m.end), concepts[m.conceptIndex]!.sourceTerms[0]!.text]);
}

describe("source matcher: longest match, left to right", () => {
  const nested = [concept(["重庆"], ["Chongqing"]), concept(["重庆高新区"], ["Chongqing High-tech Zone"]), concept(["高新区"], ["high-tech zone"])];

  it("takes the longest of nested CJK terms", () => {
    expect(found(nested, "重庆高新区今年")).toEqual([["重庆高新区", "重庆高新区"]]);
  });
  it("finds the shorter terms where the longer one is absent", () => {
    expect(found(nested, "重庆的高新区")).toEqual([
      ["重庆", "重庆"],
      ["高新区", "高新区"],
    ]);
  });
  it("finds every occurrence in one pass, in text order", () => {
    expect(found(nested, "重庆、重庆高新区和西部高新区").map((m) => m[0])).toEqual(["重庆", "重庆高新区", "高新区"]);
  });
  it("resolves overlapping terms left to right without overlap", () => {
    const overlap = [concept(["长江经济"], ["x"]), concept(["经济带"], ["y"]), concept(["长江经济带"], ["Yangtze River Economic Belt"])];
    expect(found(overlap.slice(0, 2), "长江经济带")).toEqual([["长江经济", "长江经济"]]);
    expect(found(overlap, "长江经济带")).toEqual([["长江经济带", "长江经济带"]]);
    // After the leftmost match the scan resumes at its end: 经济带 overlapping it is not reported.
    expect(found(overlap.slice(0, 2), "长江经济带，经济带")).toEqual([
      ["长江经济", "长江经济"],
      ["经济带", "经济带"],
    ]);
  });
  it("matches Chinese inside running text, without word boundaries", () => {
    expect(found([concept(["两江新区"], ["Liangjiang New Area"])], "位于两江新区的企业")).toEqual([["两江新区", "两江新区"]]);
  });
  it("returns UTF-16 offsets into the original text, also after astral characters", () => {
    const m = buildSourceMatcher([concept(["科学城"], ["Science City"])]).find("𠀀𠀀科学城");
    expect(m).toEqual([{ start: 4, end: 7, conceptIndex: 0, termIndex: 0 }]);
  });
  it("reports a shared source term once per concept", () => {
    const shared = [concept(["中心"], ["centre"]), concept(["中心"], ["center"])];
    expect(buildSourceMatcher(shared).find("数据中心").map((m) => m.conceptIndex)).toEqual([0, 1]);
  });
  it("matches any of a concept's source terms and names it", () => {
    const c = [concept(["重庆高新区", "重庆高新技术产业开发区"], ["Chongqing High-tech Zone"])];
    expect(buildSourceMatcher(c).find("重庆高新技术产业开发区")).toEqual([{ start: 0, end: 11, conceptIndex: 0, termIndex: 1 }]);
  });
  it("finds nothing in an empty text or with no terms, and skips blank terms", () => {
    expect(buildSourceMatcher(nested).find("")).toEqual([]);
    expect(buildSourceMatcher([]).find("重庆")).toEqual([]);
    expect(buildSourceMatcher([concept(["  "], ["x"])]).find("  ")).toEqual([]);
  });
});

describe("source matcher: punctuation and width", () => {
  const city = [concept(["西部（重庆）科学城"], ["Western (Chongqing) Science City"]), concept(["重庆"], ["Chongqing"])];
  it("matches a term with full-width brackets as written", () => {
    expect(found(city, "建设西部（重庆）科学城。")).toEqual([["西部（重庆）科学城", "西部（重庆）科学城"]]);
  });
  it("matches it with half-width brackets in the text, offsets into the original", () => {
    const text = "建设西部(重庆)科学城。";
    const m = buildSourceMatcher(city).find(text);
    expect(m).toEqual([{ start: 2, end: 11, conceptIndex: 0, termIndex: 0 }]);
    expect(text.slice(2, 11)).toBe("西部(重庆)科学城");
  });
  it("matches a half-width term against full-width text", () => {
    expect(found([concept(["G20(杭州)峰会"], ["G20 Hangzhou Summit"])], "出席Ｇ２０（杭州）峰会")).toEqual([["Ｇ２０（杭州）峰会", "G20(杭州)峰会"]]);
  });
  it("folds the middle dots of transliterated names", () => {
    expect(found([concept(["马克·吐温"], ["Mark Twain"])], "马克・吐温的书")).toEqual([["马克・吐温", "马克·吐温"]]);
  });
  it("keeps the text's length when folding", () => {
    const text = "Ａ（Ｂ）İ";
    expect(foldForMatching(text)).toHaveLength(text.length);
    expect(foldForMatching("ＡＢＣ（）")).toBe("abc()");
  });
});

describe("source matcher: Latin terms", () => {
  it("needs word boundaries: Tan does not match in Tang", () => {
    const c = [concept(["Tan"], ["谭"])];
    expect(found(c, "Tang Dynasty")).toEqual([]);
    expect(found(c, "Mr Tan said")).toEqual([["Tan", "Tan"]]);
    expect(found(c, "Tan's book")).toEqual([["Tan", "Tan"]]);
    expect(found(c, "Sultan")).toEqual([]);
    expect(found(c, "Tan2")).toEqual([]);
  });
  it("is case-insensitive unless the term is case-sensitive", () => {
    expect(found([concept(["belt and road"], ["一带一路"])], "The Belt and Road initiative")).toEqual([["Belt and Road", "belt and road"]]);
    const cs = [concept([["US", true]], ["美国"])];
    expect(found(cs, "the US said")).toEqual([["US", "US"]]);
    expect(found(cs, "let us go")).toEqual([]);
  });
  it("falls back to a shorter term when a longer case-sensitive one does not match", () => {
    const c = [concept([["AI Lab", true]], ["人工智能实验室"]), concept(["AI"], ["人工智能"])];
    expect(found(c, "an ai lab")).toEqual([["ai", "AI"]]);
    expect(found(c, "an AI Lab")).toEqual([["AI Lab", "AI Lab"]]);
  });
  it("matches Latin terms next to Chinese text (no space needed there)", () => {
    expect(found([concept(["GDP"], ["国内生产总值"])], "全市GDP增长")).toEqual([["GDP", "GDP"]]);
  });
  it("allows punctuation inside and at the end of a term", () => {
    expect(found([concept(["Co., Ltd."], ["有限公司"])], "Huawei Co., Ltd. said")).toEqual([["Co., Ltd.", "Co., Ltd."]]);
    expect(found([concept(["R&D"], ["研发"])], "R&D spending")).toEqual([["R&D", "R&D"]]);
  });
});

describe("source matcher: many concepts", () => {
  it("finds each of 5,000 generated terms where it was placed, and nothing else", () => {
    const chars = "东南西北中新高科技城区园港湖山江河海天开发";
    const terms = new Set<string>();
    const rnd = mulberry32(7);
    while (terms.size < 5000) {
      const n = 4 + Math.floor(rnd() * 5);
      terms.add(Array.from({ length: n }, () => chars[Math.floor(rnd() * chars.length)]).join(""));
    }
    const list = [...terms];
    const concepts = list.map((t) => concept([t], ["x"]));
    const matcher = buildSourceMatcher(concepts);
    for (const i of [0, 17, 999, 2500, 4999]) {
      const text = `【${list[i]}】`;
      const m = matcher.find(text);
      expect(m.length).toBeGreaterThan(0);
      // The longest match spans the placed term exactly (another term may be equal to its prefix, never longer inside the brackets).
      expect(text.slice(m[0]!.start, m[m.length - 1]!.end)).toBe(list[i]);
      expect(m.map((x) => concepts[x.conceptIndex]!.sourceTerms[0]!.text)).toContain(list[i]);
    }
    expect(matcher.find("这是一个没有术语的句子。")).toEqual([]);
  });
});

describe("automaton with English inflections", () => {
  const a = new TermAutomaton(
    [
      { text: "science city", caseSensitive: false },
      { text: "zone", caseSensitive: false },
      { text: "manage", caseSensitive: false },
      { text: "plan", caseSensitive: false },
    ],
    { inflections: true },
  );
  const m = (text: string) => a.find(text).map((x) => [text.slice(x.start, x.end), x.inflected, x.ending]);
  it("marks plural, possessive, -ed and -ing forms as inflected", () => {
    expect(m("science cities")).toEqual([["science cities", true, null]]);
    expect(m("zones")).toEqual([["zones", true, "s"]]);
    expect(m("the zone's rules")).toEqual([["zone's", true, "'s"]]);
    expect(m("the zones’ rules")).toEqual([["zones’", true, "s’"]]);
    expect(m("managed")).toEqual([["managed", true, "d"]]);
    expect(m("managing")).toEqual([["managing", true, null]]);
    expect(m("planed planing")).toEqual([
      ["planed", true, "ed"],
      ["planing", true, "ing"],
    ]);
  });
  it("reports the term itself as not inflected and refuses other endings", () => {
    expect(m("zone")).toEqual([["zone", false, ""]]);
    expect(m("zoned")).toEqual([["zoned", true, "d"]]);
    expect(m("zonely")).toEqual([]);
    expect(m("ozone")).toEqual([]);
  });
});
