/**
 * Awkward length: a translated sentence longer than ctx.maxSentenceWords
 * (default 35, as newsroom style guides ask) is a warning that names the
 * source sentence it renders, so the editor knows what to split.
 */
import { splitSentences } from "@/lib/alignment";
import { countWords } from "@/lib/editor/to-text";
import type { GatedPairCheck } from "../check-types";
import { excerpt } from "../text";
import type { QaFinding } from "../types";

export const LENGTH = "length";
export const DEFAULT_MAX_SENTENCE_WORDS = 35;

const HAS_CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

function spacesAtMost(text: string, max: number): boolean {
  let spaces = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 0x20 || c === 0x0a || c === 0x09 || c === 0xa0) && ++spaces > max) return false;
  }
  return true;
}

export const lengthCheck: GatedPairCheck = {
  id: LENGTH,
  run(pair, ctx) {
    const out: QaFinding[] = [];
    const limit = ctx.maxSentenceWords;
    // Cheap exits: a text with fewer than `limit` spaces has at most `limit` words outside
    // Han/kana (each of which counts as one), and a pair within the limit has no sentence over it.
    if (!HAS_CJK.test(pair.target) && spacesAtMost(pair.target, limit - 1)) return out;
    if (countWords(pair.target, ctx.targetLang) <= limit) return out;
    for (const s of splitSentences(pair.target, ctx.targetLang)) {
      const words = countWords(s.text, ctx.targetLang);
      if (words <= limit) continue;
      out.push({
        check: LENGTH,
        severity: "warning",
        start: s.start,
        end: s.end,
        message: { key: "qa.length.long", values: { words, limit, source: excerpt(pair.source) } },
      });
    }
    return out;
  },
};
