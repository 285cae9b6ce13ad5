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
import { isCapitalized, isNumberLike, latinTarget, startsLower, startsUpper, type Token } from "../text";
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

const UPPER = /\p{Lu}/gu;
const WORD_AT = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’&-]|\.(?=[\p{L}\p{N}]))*/uy;
const WORD_CHAR = /[\p{L}\p{N}\p{M}'’&-]/u;

/** True when text[i] belongs to a word (as WORD_AT reads words). */
function isWordChar(text: string, i: number): boolean {
  const c = text[i];
  if (c === undefined) return false;
  if (c === ".") return WORD_CHAR.test(text[i - 1] ?? "") && /[\p{L}\p{N}]/u.test(text[i + 1] ?? "");
  return WORD_CHAR.test(c);
}

function wordAt(text: string, start: number): Token | undefined {
  WORD_AT.lastIndex = start;
  const m = WORD_AT.exec(text);
  return m ? { text: m[0], start, end: start + m[0].length } : undefined;
}

/** The word before `pos` (skipping the gap), or undefined at the start. */
function wordBefore(text: string, pos: number): Token | undefined {
  let end = pos;
  while (end > 0 && !isWordChar(text, end - 1)) end--;
  if (end === 0) return undefined;
  let start = end;
  while (start > 0 && isWordChar(text, start - 1)) start--;
  const word = wordAt(text, start);
  return word && word.end === end ? word : { text: text.slice(start, end), start, end };
}

/** The word after `pos` (skipping the gap), or undefined at the end. */
function wordAfter(text: string, pos: number): Token | undefined {
  let start = pos;
  while (start < text.length && !isWordChar(text, start)) start++;
  return start < text.length ? wordAt(text, start) : undefined;
}

export const capitalsCheck: GatedPairCheck = {
  id: CAPITALS,
  appliesTo: latinTarget,
  run(pair, ctx) {
    const text = pair.target;
    const defined = wordsOf(ctx.definedTerms);
    const out: QaFinding[] = [];
    // Only words that start with a capital can be flagged: find those, then look at their neighbours.
    UPPER.lastIndex = 0;
    for (let m = UPPER.exec(text); m; m = UPPER.exec(text)) {
      if (m.index > 0 && isWordChar(text, m.index - 1)) continue; // inside a word: "iPhone", "R&D"
      const word = wordAt(text, m.index)!;
      UPPER.lastIndex = word.end;
      if (word.text.length < 2 || !isCapitalized(word.text)) continue;
      const prev = wordBefore(text, word.start);
      if (!prev) continue;
      const gap = text.slice(prev.end, word.start);
      if (STARTS_AFTER.test(gap)) continue;
      if (defined.has(word.text)) continue;
      const next = wordAfter(text, word.end);
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
