/**
 * A word written twice in a row ("The the", "of of"). Not flagged: a repeat
 * the source has too (a name such as "yqqlm yqqlm" kept in Latin letters),
 * and capitalized repeats that are names ("Bora Bora"). "had had" and
 * "that that" can be grammatical, so they are warnings.
 */
import type { GatedPairCheck } from "../check-types";
import { latinTarget, startsUpper } from "../text";
import type { QaFinding } from "../types";

export const REPEATED = "repeated-word";

const NON_ASCII_LETTER = /\p{L}/u;
const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}’]/u;
const GRAMMATICAL = new Set(["had", "that"]);
const NAME_SAFE = new Set(["the", "a", "an", "and", "of", "to", "in", "on", "for", "is", "was"]);

// Char-code tests with a regex only for non-ASCII characters: this check reads every word
// of the article, and a regex match per word costs an allocation each.
function isLetter(code: number, text: string, i: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return NON_ASCII_LETTER.test(text[i]!);
}
/** Letters, digits, apostrophes and hyphens join letters into one word. */
function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 0x80) return isLetter(code, text, i) || (code >= 0x30 && code <= 0x39) || code === 0x27 || code === 0x2d;
  return NON_ASCII_WORD_CHAR.test(text[i]!);
}
const isBlank = (code: number) => code === 0x20 || code === 0xa0;

/** Case-insensitive equality of text[a, a+n) and text[b, b+n). */
function sameWord(text: string, a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++) {
    const x = text.charCodeAt(a + k);
    const y = text.charCodeAt(b + k);
    if (x === y) continue;
    if (x < 0x80 && y < 0x80 && (x | 0x20) === (y | 0x20) && (x | 0x20) >= 0x61 && (x | 0x20) <= 0x7a) continue;
    if (x >= 0x80 || y >= 0x80) return text.slice(a, a + n).toLowerCase() === text.slice(b, b + n).toLowerCase();
    return false;
  }
  return true;
}

export const repeatedWordsCheck: GatedPairCheck = {
  id: REPEATED,
  appliesTo: latinTarget,
  run(pair) {
    const out: QaFinding[] = [];
    const text = pair.target;
    let source: string | null = null; // lower-cased only when a repeat is found
    const n = text.length;
    // [start, end) of the previous whole word of letters, or -1.
    let prevStart = -1;
    let prevEnd = -1;
    let i = 0;
    while (i < n) {
      if (!isLetter(text.charCodeAt(i), text, i)) {
        i++;
        continue;
      }
      const start = i;
      while (i < n && isLetter(text.charCodeAt(i), text, i)) i++;
      const end = i;
      // Whole words only: in "it's s" or "re-re" the letters are parts of one word.
      const whole = !isWordChar(text, start - 1) && !isWordChar(text, end);
      const firstStart = prevStart;
      const firstEnd = prevEnd;
      prevStart = whole ? start : -1;
      prevEnd = whole ? end : -1;
      if (!whole || firstStart < 0 || firstEnd - firstStart !== end - start) continue;
      let blank = firstEnd < start;
      for (let k = firstEnd; blank && k < start; k++) blank = isBlank(text.charCodeAt(k));
      if (!blank || !sameWord(text, firstStart, start, end - start)) continue;
      const first = text.slice(firstStart, firstEnd);
      const second = text.slice(start, end);
      const gap = text.slice(firstEnd, start);
      const lower = first.toLowerCase();
      source ??= pair.source.toLowerCase();
      if (source.includes(`${lower}${gap}${lower}`) || source.includes(`${lower} ${lower}`)) continue;
      if (startsUpper(first) && startsUpper(second) && !NAME_SAFE.has(lower)) continue;
      out.push({
        check: REPEATED,
        severity: GRAMMATICAL.has(lower) ? "warning" : "error",
        start: firstStart,
        end,
        message: { key: "qa.repeated.word", values: { word: second } },
        fix: { start: firstEnd, end, replacement: "" },
      });
    }
    return out;
  },
};
