/**
 * Capitals inside a sentence, the commonest fault of Chinese → English MT:
 * - a capitalized function word after a word ("digitalization And digital",
 *   "transformation The base", "operation On January 25") is an error, fixed
 *   to lower case;
 * - an isolated capitalized common word after a lower-case word ("innovation
 *   Talents") is a warning, fixed to lower case.
 * Not flagged: sentence starts (also after quotes, colons and brackets),
 * names and acronyms, multi-word proper nouns ("the Yangtze River Delta",
 * "Peking University"), title-case names ("Bank Of China" stays as written:
 * both neighbours capitalized), "The" opening a name ("by The Economist"),
 * a name with a number ("Line 9", "Phase II"), and words of terms the
 * article defines ("the Research Institute", then "the Institute").
 */
import { isCommonWord } from "../common-words";
import { definedWords } from "../defined-terms";
import type { GatedPairCheck } from "../check-types";
import { isCapitalized, isNumberLike, latinTarget, startsLower, startsUpper, tokenize, type Token } from "../text";
import type { QaFinding } from "../types";

export const CAPITALS = "capitals";

const FUNCTION_WORDS = new Set(
  `the an and or but nor of in on at to for with by from as into onto upon than via per about after before over under
  between through during since until within without against among is are was were be been being has have had its their
  his her our this that these those which who whom whose also it they we he she not so yet if because while both either
  neither will would shall should could can must`.split(/\s+/),
);
const CONJUNCTIONS = new Set(["and", "or", "but", "nor"]);
const ARTICLES = new Set(["the", "an"]);
const MONTHS_DAYS = new Set(
  "january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday".split(" "),
);
/** Punctuation after which a capital starts a sentence or a quotation. */
const STARTS_AFTER = /[.!?:…"“‘(\[\n—]/;
const BLANK = /^\s+$/;
const BLANK_OR_OPEN = /^[\s(]+$/;

const wordCache = new WeakMap<ReadonlySet<string>, Set<string>>();
function wordsOf(terms: ReadonlySet<string>): Set<string> {
  let words = wordCache.get(terms);
  if (!words) wordCache.set(terms, (words = definedWords(terms)));
  return words;
}

const lowerFix = (t: Token) => ({ start: t.start, end: t.end, replacement: t.text[0]!.toLowerCase() + t.text.slice(1) });

export const capitalsCheck: GatedPairCheck = {
  id: CAPITALS,
  appliesTo: latinTarget,
  run(pair, ctx) {
    const text = pair.target;
    const tokens = tokenize(text);
    const defined = wordsOf(ctx.definedTerms);
    const out: QaFinding[] = [];
    for (let i = 1; i < tokens.length; i++) {
      const word = tokens[i]!;
      if (!isCapitalized(word.text) || word.text.length < 2) continue;
      const prev = tokens[i - 1]!;
      const gap = text.slice(prev.end, word.start);
      if (STARTS_AFTER.test(gap)) continue;
      if (defined.has(word.text)) continue;
      const next = tokens[i + 1];
      const nextGap = next ? text.slice(word.end, next.start) : "";
      const nextJoined = next !== undefined && BLANK_OR_OPEN.test(nextGap);
      const nextCapital = nextJoined && startsUpper(next.text);
      const nextNumber = nextJoined && isNumberLike(next.text);
      const lower = word.text.toLowerCase();

      if (FUNCTION_WORDS.has(lower)) {
        if (startsUpper(prev.text) && nextCapital) continue; // "Bank Of China", "Gone With The Wind"
        const flagged =
          CONJUNCTIONS.has(lower) ||
          !nextCapital ||
          (!ARTICLES.has(lower) && (MONTHS_DAYS.has(next!.text.toLowerCase()) || nextNumber));
        if (!flagged) continue;
        out.push({
          check: CAPITALS,
          severity: "error",
          start: word.start,
          end: word.end,
          message: { key: "qa.capitals.functionWord", values: { word: word.text } },
          fix: lowerFix(word),
        });
        continue;
      }

      // An isolated capitalized common word after a lower-case word.
      if (!BLANK.test(gap) || !startsLower(prev.text)) continue;
      if (nextCapital || nextNumber) continue;
      if (!isCommonWord(word.text)) continue;
      out.push({
        check: CAPITALS,
        severity: "warning",
        start: word.start,
        end: word.end,
        message: { key: "qa.capitals.commonWord", values: { word: word.text } },
        fix: lowerFix(word),
      });
    }
    return out;
  },
};
