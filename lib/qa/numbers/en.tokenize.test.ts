/**
 * The hand-written English tokenizer gives the tokens of the regular expression
 * it replaced, on the demo articles, a generated article and random strings
 * built from the characters where the two could part (digits, commas, dots,
 * letters, every kind of space, surrogates, CJK).
 */
import { describe, expect, it } from "vitest";
import { importArticleSchema } from "@/lib/articles/import-schema";
import { DEMO_ARTICLES } from "@/lib/seed/demo-articles";
import { article } from "@/scripts/bench-qa-data";
import { mulberry32 } from "@/scripts/bench-utils";
import { tokenizeEnglish } from "./en";

const TOKEN = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|([A-Za-z]+)|(\S)/g;

function regexTokens(text: string) {
  const out: { s: number; e: number; w: string; type: string }[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    out.push({ s: m.index, e: m.index + m[0].length, w: m[0].toLowerCase(), type: m[1] !== undefined ? "n" : m[2] !== undefined ? "w" : "p" });
  }
  return out;
}

// Pieces rather than single characters, so digit runs of every length meet commas and dots.
const ALPHABET = [
  "1", "23", "456", "7890", "12345", ",", ",", ".", ",123", ",45", ".5", "a", "Zb", "Ya", "É", "é", "ß", " ", "\t", "\n", "\u00a0", "\u2009", "\u202f", "\u3000", "\ufeff", "\u200b", "\u180e",
  "%", "-", "/", "“", "。", "二", "😀", "\ud83d", "İ", "Σ",
];

describe("tokenizeEnglish", () => {
  it("gives the regex's tokens on the demo articles and a generated article", () => {
    const texts = DEMO_ARTICLES.flatMap((input) => {
      const a = importArticleSchema.parse(input);
      return [a.title.mt, a.body.mt, a.body.source];
    });
    texts.push(...article(mulberry32(7)).target);
    for (const text of texts) expect(tokenizeEnglish(text)).toEqual(regexTokens(text));
  });

  it("gives the regex's tokens on random strings", () => {
    const rng = mulberry32(99);
    let numbers = 0;
    for (let k = 0; k < 3000; k++) {
      const length = Math.floor(rng() * 24);
      let text = "";
      for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(rng() * ALPHABET.length)];
      const expected = regexTokens(text);
      numbers += expected.filter((t) => t.type === "n" && /[,.]/.test(t.w)).length;
      expect(tokenizeEnglish(text)).toEqual(expected);
    }
    // Grouped and decimal numbers came up, not only plain digits.
    expect(numbers).toBeGreaterThan(200);
  });
});
