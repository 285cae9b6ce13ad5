import { describe, expect, it } from "vitest";
import { exactKey, matchTokens, normalizeText, units } from "./normalize";

describe("matchTokens", () => {
  it("cuts Chinese into characters and drops punctuation", () => {
    expect(matchTokens("据了解，中国经济增长。")).toEqual(["据", "了", "解", "中", "国", "经", "济", "增", "长"]);
  });
  it("cuts Latin-script text into lower-case words", () => {
    expect(matchTokens("The Minister said: “It's state-of-the-art.”")).toEqual(["the", "minister", "said", "it's", "state-of-the-art"]);
  });
  it("keeps Latin words and numbers inside Chinese whole", () => {
    expect(matchTokens("G20峰会于2024年举行，增长3.5%")).toEqual(["g20", "峰", "会", "于", "2024", "年", "举", "行", "增", "长", "3.5"]);
  });
  it("folds full-width to half-width (NFKC) and case", () => {
    expect(matchTokens("ＧＤＰ增长１０％")).toEqual(matchTokens("gdp增长10%"));
    expect(matchTokens("ｶﾀｶﾅ")).toEqual(["カ", "タ", "カ", "ナ"]);
  });
  it("folds apostrophe and hyphen variants", () => {
    expect(matchTokens("don’t co‑operate")).toEqual(["don't", "co-operate"]);
  });
  it("gives no token for punctuation only", () => {
    expect(matchTokens("——！？")).toEqual([]);
  });
});

describe("exactKey and normalizeText", () => {
  it("collapses whitespace and trims, nothing else", () => {
    expect(exactKey("  a \t b\n")).toBe("a b");
    expect(exactKey("A")).not.toBe(exactKey("a"));
    expect(exactKey("e\u0301")).toBe(exactKey("é"));
  });
  it("normalizes width and case", () => {
    expect(normalizeText("ＡＢｃ，")).toBe("abc,");
  });
});

describe("units", () => {
  it("cover the text exactly with normalized keys", () => {
    const text = "据悉， ＧＤＰ grew 5%.";
    const u = units(text);
    expect(u.map((x) => x.text).join("")).toBe(text);
    expect(u.find((x) => x.text === "ＧＤＰ")).toMatchObject({ kind: "token", key: "gdp" });
    expect(u.find((x) => x.text === "，")).toMatchObject({ kind: "punct", key: "," });
    expect(u.filter((x) => x.kind === "space").length).toBe(3);
  });
});
