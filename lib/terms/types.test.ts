import { describe, expect, it } from "vitest";
import { canonicalLang, conceptInPair, conceptsForPair, langMatches, langParts, parsePair, preferredTerm } from "./types";
import { concept } from "./test-helpers";

describe("canonicalLang", () => {
  it("canonicalizes well-formed tags", () => {
    expect(canonicalLang("zh")).toBe("zh");
    expect(canonicalLang("zh-hans-cn")).toBe("zh-Hans-CN");
    expect(canonicalLang(" EN-gb ")).toBe("en-GB");
    expect(canonicalLang("yue-Hant-HK")).toBe("yue-Hant-HK");
  });
  it("refuses what is not a language tag", () => {
    for (const bad of ["", "z", "zh_CN", "english language", "zh--CN", "123", "en-", "x-private", "zh-Hans-CN-toolongsubtag"]) expect(canonicalLang(bad), bad).toBeNull();
  });
});

describe("language matching", () => {
  it("splits the primary language and the script", () => {
    expect(langParts("zh-Hans-CN")).toEqual({ language: "zh", script: "Hans" });
    expect(langParts("zh-CN")).toEqual({ language: "zh", script: null });
    expect(langParts("EN")).toEqual({ language: "en", script: null });
  });
  it("matches on the primary language, and on the script when both name one", () => {
    expect(langMatches("zh", "zh-Hans-CN")).toBe(true);
    expect(langMatches("zh", "zh-Hant-TW")).toBe(true);
    expect(langMatches("zh-Hans", "zh-CN")).toBe(true);
    expect(langMatches("zh-Hans", "zh-Hans-CN")).toBe(true);
    expect(langMatches("zh-Hans", "zh-Hant-TW")).toBe(false);
    expect(langMatches("en-GB", "en-US")).toBe(true);
    expect(langMatches("en", "de")).toBe(false);
    expect(langMatches("zh", "yue")).toBe(false);
    expect(langMatches("", "en")).toBe(false);
  });
  it("filters concepts by pair", () => {
    const zhEn = concept(["重庆"], ["Chongqing"]);
    const enZh = concept(["Chongqing"], ["重庆"], { sourceLang: "en", targetLang: "zh" });
    const hant = concept(["重慶"], ["Chongqing"], { sourceLang: "zh-Hant" });
    expect(conceptInPair(zhEn, "zh-Hans-CN", "en-US")).toBe(true);
    expect(conceptInPair(enZh, "zh", "en")).toBe(false);
    expect(conceptsForPair([zhEn, enZh, hant], "zh-Hans", "en")).toEqual([zhEn]);
    expect(conceptsForPair([zhEn, enZh, hant], "zh", "en")).toEqual([zhEn, hant]);
  });
  it("parses a CLI pair", () => {
    expect(parsePair("zh-en")).toEqual({ sourceLang: "zh", targetLang: "en" });
    expect(parsePair("zh-Hans:en-GB")).toEqual({ sourceLang: "zh-Hans", targetLang: "en-GB" });
    expect(parsePair("zh-Hans-en")).toBeNull();
    expect(parsePair("zh")).toBeNull();
    expect(parsePair("1-2")).toBeNull();
  });
});

describe("preferredTerm", () => {
  it("takes the first preferred, else the first admitted, never a forbidden one", () => {
    expect(preferredTerm(concept(["a"], [["x", "forbidden"], ["y", "admitted"], ["z", "preferred"]]))?.text).toBe("z");
    expect(preferredTerm(concept(["a"], [["x", "forbidden"], ["y", "admitted"]]))?.text).toBe("y");
    expect(preferredTerm(concept(["a"], [["x", "forbidden"]]))).toBeUndefined();
  });
});
