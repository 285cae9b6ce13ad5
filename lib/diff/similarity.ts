/**
 * Token-set similarity for pairing paragraphs that are not identical.
 *
 * Features are lowercased words for spaced scripts and single characters for
 * unspaced scripts (Han, kana, Thai...). Single characters are a good enough
 * signal for "is this the same paragraph?" and avoid Intl.Segmenter, the most
 * expensive step of tokenizing. Punctuation is ignored: every paragraph shares
 * commas and full stops.
 */
import { forEachScriptRun } from "./tokenize";

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Beyond this many characters a paragraph is judged by its beginning only, so
 * that pairing stays linear in the budget even for megabyte-long paragraphs.
 */
export const SIMILARITY_MAX_CHARS = 20_000;

/** 32-bit FNV-1a of text[from, to): collisions are rare enough for a similarity score. */
function hash(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Sorted multiset of feature hashes of `text` (its first SIMILARITY_MAX_CHARS chars). */
export function textFeatures(text: string): Int32Array {
  const sample = (text.length > SIMILARITY_MAX_CHARS ? text.slice(0, SIMILARITY_MAX_CHARS) : text).toLowerCase();
  const features: number[] = [];
  forEachScriptRun(
    sample,
    (from, to) => {
      WORD.lastIndex = from;
      for (let match = WORD.exec(sample); match && match.index < to; match = WORD.exec(sample)) {
        features.push(hash(sample, match.index, Math.min(to, match.index + match[0].length)));
      }
    },
    (from, to) => {
      for (let i = from; i < to; i++) features.push(hash(sample, i, i + 1));
    },
  );
  return Int32Array.from(features).sort();
}

/** Dice coefficient of two sorted multisets: 2·|A∩B| / (|A|+|B|), 1 for two empty sets. */
export function diceSimilarity(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) {
      i++;
    } else {
      j++;
    }
  }
  return (2 * common) / (a.length + b.length);
}

/** Upper bound of diceSimilarity from sizes alone, to skip hopeless comparisons. */
export function maxDice(sizeA: number, sizeB: number): number {
  if (sizeA + sizeB === 0) return 1;
  return (2 * Math.min(sizeA, sizeB)) / (sizeA + sizeB);
}
