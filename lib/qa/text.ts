/**
 * Small text helpers shared by the checks. Regexes are compiled once here;
 * every helper is one linear pass.
 */
import { isCjkLanguage } from "@/lib/alignment";
import type { QaContext } from "./types";

/** True when the target is written with spaces and letter case (English and the like). */
export const latinTarget = (ctx: QaContext): boolean => !isCjkLanguage(ctx.targetLang);

/** A word of a text with its offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const URLISH =
  /(?:https?:\/\/|ftp:\/\/|mailto:|www\.)[^\s<>"“”]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\p{L}\p{N}.])[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|cn|io|uk|de|jp|fr|info|int|co)(?![\p{L}\p{N}])(?:\/[^\s]*)?/giu;

const MAYBE_URL = /:\/\/|www\.|@|\.[\p{L}\p{N}]/u;
/**
 * What each alternative of URLISH needs somewhere in the text ("://", "mailto:", "www.", "@",
 * or a dot before one of its top-level domains): without any, URLISH cannot match, and the
 * dot of "held.Delegates" no longer sends the paragraph through it.
 */
const URL_NEEDS = /:\/\/|mailto:|www\.|@|\.(?:com|org|net|gov|edu|cn|io|uk|de|jp|fr|info|int|co)(?![\p{L}\p{N}])/iu;

/** [start, end) spans of URLs, e-mail addresses and domain names, in order. */
export function urlSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  // Most paragraphs hold no URL; the full pattern tries at every word, so ask a cheap question first.
  if (!MAYBE_URL.test(text) || !URL_NEEDS.test(text)) return spans;
  URLISH.lastIndex = 0;
  for (let m = URLISH.exec(text); m; m = URLISH.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

export function inSpans(spans: readonly [number, number][], pos: number): boolean {
  for (const [s, e] of spans) {
    if (pos < s) return false;
    if (pos < e) return true;
  }
  return false;
}

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
/** First letter upper case, the rest lower case: "Talents", "And" (not "R&D", "USA", "iPhone"). */
const CAPITALIZED = /^\p{Lu}[\p{Ll}\p{M}'’-]*$/u;
const ROMAN = /^(?:[IVX]+)$/;
const DIGIT = /^\p{N}/u;

export const startsUpper = (s: string): boolean => UPPER.test(s);
export const startsLower = (s: string): boolean => LOWER.test(s);
export const isCapitalized = (s: string): boolean => CAPITALIZED.test(s);
/** Digits or a Roman numeral: what follows a name like "Line 9", "Phase II". */
export const isNumberLike = (s: string): boolean => DIGIT.test(s) || ROMAN.test(s);

/** Escapes `s` for use inside a RegExp. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** At most `max` characters of `s`, with an ellipsis when cut. */
export function excerpt(s: string, max = 80): string {
  const t = s.trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}
