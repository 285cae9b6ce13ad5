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

export const lengthCheck: GatedPairCheck = {
  id: LENGTH,
  run(pair, ctx) {
    const out: QaFinding[] = [];
    const limit = ctx.maxSentenceWords;
    // Cheap exit: when the whole pair is within the limit, so is each of its sentences.
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
