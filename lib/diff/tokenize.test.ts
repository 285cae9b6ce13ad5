import { describe, expect, it } from "vitest";
import { countWords, estimateWordCount, tokenize, type Token } from "./tokenize";

const texts = (tokens: Token[]): string[] => tokens.map((t) => t.text);
const joined = (tokens: Token[]): string => tokens.map((t) => t.text).join("");

describe("tokenize", () => {
  it("splits English into words, punctuation and whitespace with offsets", () => {
    const text = "It's 3.5% of state-of-the-art, dogs' U.S. 1,000";
    const tokens = tokenize(text, "en");
    expect(texts(tokens)).toEqual([
      "It's", " ", "3.5", "%", " ", "of", " ", "state-of-the-art", ",", " ", "dogs", "'", " ", "U", ".", "S", ".", " ", "1,000",
    ]);
    expect(tokens.map((t) => t.kind).slice(0, 4)).toEqual(["word", "space", "word", "punct"]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("keeps runs of whitespace as one token", () => {
    expect(texts(tokenize("a  \n b", "en"))).toEqual(["a", "  \n ", "b"]);
  });

  it("segments Chinese into dictionary words, one punctuation token per mark", () => {
    const tokens = tokenize("经济增长速度加快。", "zh-Hans");
    expect(texts(tokens)).toEqual(["经济", "增长", "速度", "加快", "。"]);
    expect(tokens.map((t) => t.kind)).toEqual(["word", "word", "word", "word", "punct"]);
  });

  it("handles mixed Chinese and English", () => {
    const tokens = tokenize("我们使用GPT-4模型进行翻译, 3.5 倍。", "zh-Hans");
    expect(texts(tokens)).toEqual(["我们", "使用", "GPT-4", "模型", "进行", "翻译", ",", " ", "3.5", " ", "倍", "。"]);
  });

  it("segments Thai and Japanese by their own dictionaries", () => {
    expect(texts(tokenize("สวัสดีครับ ผม", "th"))).toEqual(["สวัสดี", "ครับ", " ", "ผม"]);
    expect(texts(tokenize("コーヒーを", "ja"))[0]).toBe("コーヒー");
  });

  it("covers long unpunctuated CJK runs exactly, across chunk cuts and surrogate pairs", () => {
    const text = "数字产业化𠀀".repeat(400); // 2,800 UTF-16 units, no punctuation
    const tokens = tokenize(text, "zh-Hans");
    expect(joined(tokens)).toBe(text);
    expect(Math.max(...tokens.map((t) => t.end - t.start))).toBeLessThan(10);
  });

  it("does not throw on a malformed language tag", () => {
    expect(joined(tokenize("中文 text", "not a tag!"))).toBe("中文 text");
  });
});

describe("countWords / estimateWordCount", () => {
  it("counts non-whitespace tokens", () => {
    expect(countWords("Hello, world!", "en")).toBe(4);
    expect(countWords("经济增长速度加快。", "zh-Hans")).toBe(5);
    expect(countWords("", "en")).toBe(0);
  });

  it("estimates plain English exactly and Chinese roughly", () => {
    expect(estimateWordCount("It's a state-of-the-art, well-known test.")).toBe(countWords("It's a state-of-the-art, well-known test.", "en"));
    const zh = "经济增长速度加快".repeat(10);
    expect(estimateWordCount(zh)).toBeGreaterThan(30);
    expect(estimateWordCount(zh)).toBeLessThan(60);
  });
});
