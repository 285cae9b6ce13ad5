import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import { qaMessageFormatter } from "@/lib/qa/format-message";
import { applyFixes, ctxOf } from "@/lib/qa/checks/test-helpers";
import { glossaryCheck } from "@/lib/qa/checks/glossary";
import type { QaFinding } from "@/lib/qa/types";
import { buildTermbaseMatcher, checkPair, conceptsFromGlossary, makeTermbaseCheck, termbaseCheck, type TermbaseContext } from "./target-check";
import { concept } from "./test-helpers";
import type { Concept } from "./types";

const ZONE = concept(["重庆高新区"], ["Chongqing High-tech Zone", ["Chongqing Hi-tech Zone", "forbidden"]]);
const CITY = concept(["西部（重庆）科学城"], ["Western (Chongqing) Science City", ["Science City of the West", "forbidden"]]);
const CHONGQING = concept(["重庆"], ["Chongqing"]);
const BASE = [ZONE, CITY, CHONGQING];

const check = (concepts: Concept[], source: string, target: string) => checkPair({ source, target }, buildTermbaseMatcher(concepts, "zh", "en"));
const brief = (target: string, fs: QaFinding[]) => fs.map((f) => [f.severity, f.message.key, target.slice(f.start, f.end)]);

describe("target check: required terms", () => {
  it("is satisfied by the preferred term, case-insensitively", () => {
    expect(check(BASE, "重庆高新区发展迅速。", "The Chongqing High-tech Zone grew fast.")).toEqual([]);
    expect(check(BASE, "重庆高新区发展迅速。", "the chongqing high-tech zone grew fast.")).toEqual([]);
  });
  it("is satisfied by an admitted term", () => {
    const c = [concept(["一带一路"], ["Belt and Road", ["BRI", "admitted"]])];
    expect(check(c, "一带一路倡议", "The BRI initiative")).toEqual([]);
  });
  it("warns when the preferred term is missing, naming it and the source term", () => {
    const target = "The zone grew fast.";
    const fs = check(BASE, "重庆高新区发展迅速。", target);
    expect(brief(target, fs)).toEqual([["warning", "terms.missing", target]]);
    expect(fs[0]!.message.values).toEqual({ source: "重庆高新区", target: "Chongqing High-tech Zone" });
  });
  it("names the source as written in the sentence (half-width brackets)", () => {
    const fs = check(BASE, "西部(重庆)科学城", "The city.");
    expect(fs[0]!.message.values).toEqual({ source: "西部(重庆)科学城", target: "Western (Chongqing) Science City" });
  });
  it("checks only concepts found in the source; nested source terms count once", () => {
    // 重庆高新区 is one term: "Chongqing" alone is not asked for.
    expect(check(BASE, "重庆高新区", "Chongqing High-tech Zone")).toEqual([]);
    expect(check(BASE, "北京", "Beijing")).toEqual([]);
  });
  it("finds a term nested inside a longer target term of another concept", () => {
    // The source names 重庆 separately; its rendering sits inside "Chongqing High-tech Zone".
    expect(check(BASE, "重庆的重庆高新区", "Chongqing High-tech Zone")).toEqual([]);
  });
  it("honours a case-sensitive target term", () => {
    const c = [concept(["世卫组织"], [["WHO", "preferred", true]])];
    expect(check(c, "世卫组织表示", "WHO said")).toEqual([]);
    expect(brief("who said", check(c, "世卫组织表示", "who said"))).toEqual([["warning", "terms.missing", "who said"]]);
  });
  it("needs whole words in the target", () => {
    const c = [concept(["谭"], ["Tan"])];
    expect(brief("Tang said", check(c, "谭说", "Tang said"))).toEqual([["warning", "terms.missing", "Tang said"]]);
  });
  it("accepts English inflections as advice (info)", () => {
    const c = [concept(["科学城"], ["science city"]), concept(["高新区"], ["high-tech zone"]), concept(["孵化"], ["incubate"])];
    let t = "Two science cities were built.";
    expect(brief(t, check(c, "两个科学城", t))).toEqual([["info", "terms.inflected", "science cities"]]);
    t = "Both high-tech zones grew.";
    expect(brief(t, check(c, "两个高新区", t))).toEqual([["info", "terms.inflected", "high-tech zones"]]);
    t = "The high-tech zone's rules.";
    expect(brief(t, check(c, "高新区的规定", t))).toEqual([["info", "terms.inflected", "high-tech zone's"]]);
    t = "They incubated firms.";
    expect(brief(t, check(c, "孵化企业", t))[0]).toEqual(["info", "terms.inflected", "incubated"]);
    t = "They are incubating firms.";
    expect(brief(t, check(c, "孵化企业", t))[0]).toEqual(["info", "terms.inflected", "incubating"]);
  });
  it("says nothing about an inflection when the exact term is also there", () => {
    const c = [concept(["科学城"], ["science city"])];
    expect(check(c, "科学城", "The science city and other science cities.")).toEqual([]);
  });
  it("asks for nothing of a concept with only forbidden terms, and skips an empty target", () => {
    expect(check([concept(["某区"], [["Bad Zone", "forbidden"]])], "某区", "A zone.")).toEqual([]);
    expect(check(BASE, "重庆高新区", "  ")).toEqual([]);
  });
});

describe("target check: forbidden terms", () => {
  it("is an error wherever it appears, with a fix to the preferred term", () => {
    const target = "The Chongqing Hi-tech Zone grew.";
    const fs = check(BASE, "它发展了。", target);
    expect(brief(target, fs)).toEqual([["error", "terms.forbidden", "Chongqing Hi-tech Zone"]]);
    expect(fs[0]!.message.values).toEqual({ term: "Chongqing Hi-tech Zone", target: "Chongqing High-tech Zone" });
    expect(applyFixes(target, fs)).toBe("The Chongqing High-tech Zone grew.");
  });
  it("flags the forbidden variant and the missing term together", () => {
    const target = "The Chongqing Hi-tech Zone grew.";
    const fs = check(BASE, "重庆高新区发展了。", target);
    expect(fs.map((f) => f.severity).sort()).toEqual(["error", "warning"]);
    expect(applyFixes(target, fs)).toBe("The Chongqing High-tech Zone grew.");
  });
  it("finds it case-insensitively and fixes every occurrence", () => {
    const target = "science city of the west, and Science City of the West.";
    const fs = check(BASE, "", target);
    expect(fs).toHaveLength(2);
    expect(applyFixes(target, fs)).toBe("Western (Chongqing) Science City, and Western (Chongqing) Science City.");
  });
  it("keeps the capital of a sentence start", () => {
    const c = [concept(["高新区"], ["high-tech zone", ["hi-tech zone", "forbidden"]])];
    const target = "Hi-tech zone firms grew. The hi-tech zone grew. “Hi-tech zone” is wrong.";
    const fixed = applyFixes(target, check(c, "", target));
    expect(fixed).toBe("High-tech zone firms grew. The high-tech zone grew. “High-tech zone” is wrong.");
  });
  it("does not capitalize inside a sentence", () => {
    const c = [concept(["高新区"], ["high-tech zone", ["hi-tech zone", "forbidden"]])];
    const target = "The Hi-tech zone grew.";
    expect(applyFixes(target, check(c, "", target))).toBe("The high-tech zone grew.");
  });
  it("carries a plain inflection over to the fix; offers none for a rewritten ending", () => {
    const c = [concept(["高新区"], ["high-tech zone", ["hi-tech zone", "forbidden"]]), concept(["城"], ["city", ["burgh", "forbidden"]])];
    const target = "Two hi-tech zones and a burgh's walls.";
    const fs = check(c, "", target);
    expect(applyFixes(target, fs)).toBe("Two high-tech zones and a city's walls.");
    const t2 = "Many hi-tech zone's plans.";
    expect(applyFixes(t2, check(c, "", t2))).toBe("Many high-tech zone's plans.");
    const c2 = [concept(["城"], ["town", ["city", "forbidden"]])];
    const t3 = "Two cities.";
    const f3 = check(c2, "", t3);
    expect(brief(t3, f3)).toEqual([["error", "terms.forbidden", "cities"]]);
    expect(f3[0]!.fix).toBeUndefined();
  });
  it("is not flagged inside a longer preferred term", () => {
    const c = [concept(["科学城"], ["Western (Chongqing) Science City"]), concept(["某城"], ["Science Park", ["Science City", "forbidden"]])];
    expect(check(c, "科学城", "Western (Chongqing) Science City")).toEqual([]);
    expect(brief("The Science City", check(c, "", "The Science City"))).toEqual([["error", "terms.forbidden", "Science City"]]);
  });
  it("is not flagged where another concept of the sentence allows the same text", () => {
    const c = [concept(["甲"], ["Center", ["Centre", "forbidden"]]), concept(["乙"], ["Centre"])];
    expect(check(c, "乙", "The Centre")).toEqual([]);
    expect(check(c, "甲", "The Centre").map((f) => f.severity).sort()).toEqual(["error", "warning"]);
  });
  it("honours a case-sensitive forbidden term", () => {
    const c = [concept(["新冠"], ["COVID-19", ["Covid", "forbidden", true]])];
    expect(check(c, "", "Covid cases")).toHaveLength(1);
    expect(check(c, "", "COVID cases")).toEqual([]);
  });
  it("reports a forbidden term of a concept without an alternative, with no fix", () => {
    const c = [concept(["某区"], [["Bad Zone", "forbidden"]])];
    const fs = check(c, "", "The Bad Zone.");
    expect(brief("The Bad Zone.", fs)).toEqual([["error", "terms.forbiddenNoAlternative", "Bad Zone"]]);
    expect(fs[0]!.fix).toBeUndefined();
  });
});

describe("the QA check", () => {
  it("applies to the matcher's pair only", () => {
    const check = makeTermbaseCheck(buildTermbaseMatcher(BASE, "zh", "en"));
    expect(check.appliesTo!(ctxOf({ sourceLang: "zh-Hans-CN", targetLang: "en-US" }))).toBe(true);
    expect(check.appliesTo!(ctxOf({ sourceLang: "en", targetLang: "zh" }))).toBe(false);
    expect(makeTermbaseCheck(buildTermbaseMatcher([], "zh", "en")).appliesTo!(ctxOf())).toBe(false);
    expect(check.run({ source: "重庆高新区", target: "The zone." }, ctxOf())).toHaveLength(1);
  });
  it("leaves out concepts of other pairs when building", () => {
    const other = concept(["Chongqing"], ["重庆"], { sourceLang: "en", targetLang: "zh" });
    expect(buildTermbaseMatcher([...BASE, other], "zh", "en").concepts).toHaveLength(3);
  });
  it("reads the termbase and the glossary from the context", () => {
    const termbase = buildTermbaseMatcher(BASE, "zh", "en");
    const ctx: TermbaseContext = { ...ctxOf({ glossary: [{ source: "两江新区", target: "Liangjiang New Area", forbidden: ["Liangjiang New District"] }] }), termbase };
    const target = "The Liangjiang New District and the zone.";
    const fs = termbaseCheck.run({ source: "两江新区和重庆高新区", target }, ctx);
    expect(brief(target, fs).sort()).toEqual([
      ["error", "terms.forbidden", "Liangjiang New District"],
      ["warning", "terms.missing", target],
      ["warning", "terms.missing", target],
    ]);
    expect(termbaseCheck.appliesTo!(ctxOf())).toBe(false);
    expect(termbaseCheck.run({ source: "重庆高新区", target: "x" }, ctxOf())).toEqual([]);
  });
  it("finds what the glossary check finds on glossary entries (one code path for both)", () => {
    const glossary = [
      { source: "数字化", target: "digitalization", forbidden: ["digitization"] },
      { source: "WHO", target: "World Health Organization", caseSensitive: true },
    ];
    const ctx = ctxOf({ glossary });
    const pairs = [
      { source: "推进数字化", target: "Promote digitization." },
      { source: "推进数字化", target: "Promote digitalization." },
      { source: "WHO said", target: "The organization said." },
      { source: "who said", target: "The organization said." },
    ];
    for (const pair of pairs) {
      const ours = termbaseCheck.run(pair, ctx).map((f) => [f.severity, f.start, f.end, f.fix?.replacement]);
      const theirs = glossaryCheck.run(pair, ctx).map((f) => [f.severity, f.start, f.end, f.fix?.replacement]);
      expect(ours, pair.target).toEqual(theirs);
    }
    expect(conceptsFromGlossary([{ source: " ", target: "x" }], "zh", "en")).toEqual([]);
  });
  it("has its messages in both languages", () => {
    const target = "The Chongqing Hi-tech Zone and science cities.";
    const fs = [
      ...check([...BASE, concept(["科学城"], ["science city"])], "重庆高新区和科学城", target),
      ...check([concept(["某区"], [["Bad Zone", "forbidden"]])], "", "Bad Zone"),
    ];
    expect(new Set(fs.map((f) => f.message.key))).toEqual(new Set(["terms.forbidden", "terms.missing", "terms.inflected", "terms.forbiddenNoAlternative"]));
    const fmtEn = qaMessageFormatter("en", en);
    const fmtZh = qaMessageFormatter("zh", zh);
    for (const f of fs) {
      expect(fmtEn(f.message)).not.toContain("terms.");
      expect(fmtZh(f.message)).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(fmtEn(fs.find((f) => f.message.key === "terms.missing")!.message)).toBe("The source has “重庆高新区”; the termbase asks for “Chongqing High-tech Zone”.");
  });
});
