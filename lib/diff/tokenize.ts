/**
 * Word tokenizer for diffing and edit-effort counting.
 *
 * Text splits into runs of scripts written with spaces between words (Latin,
 * Cyrillic, Greek, Arabic, Hangul...) and runs of scripts written without them
 * (Han, kana, Thai, Lao, Khmer, Myanmar). Spaced runs go through a regex, which
 * is fast and predictable; unspaced runs go through Intl.Segmenter, which knows
 * the dictionaries. Mixed Chinese/English text therefore works per run.
 *
 * Token kinds: "word" (letters/digits, with apostrophes, hyphens and decimal
 * separators inside: don't, state-of-the-art, 3.5, 1,000), "punct" (one
 * character each) and "space" (kept so diffs render with the original spacing).
 * Everything that is not "space" counts as a word for diff summaries and edit
 * effort: fixing punctuation is editing work, as in TER's tokenized scoring.
 */

export type TokenKind = "word" | "punct" | "space";

/** A token with UTF-16 offsets into the tokenized string, `end` exclusive. */
export type Token = {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
};

type Sink = (start: number, end: number, kind: TokenKind) => void;

const UNSPACED_CLASS =
  "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}" +
  // Prolonged sound mark and iteration marks live in Script=Common but sit inside words.
  "\\u3005\\u303B\\u309D\\u309E\\u30FC\\u30FD\\u30FE";

/** Runs of characters from scripts that do not put spaces between words. */
export const UNSPACED_RUN = new RegExp(`[${UNSPACED_CLASS}]+`, "gu");

// Joiners only count inside a word, so "dogs'" ends before the apostrophe and
// "3.5" stays one token while "end. Next" does not.
const SPACED_TOKEN =
  /(\s+)|([\p{L}\p{M}\p{N}]+(?:(?:['\u2019\u2010\u2011-]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*)|[\s\S]/gu;

/**
 * Intl.Segmenter is quadratic in input length on Node 20 (16k chars take ~35 ms,
 * 500 chars ~1 ms), so unspaced runs are fed to it in chunks of this size.
 */
const SEGMENT_CHUNK = 500;

const segmenters = new Map<string, Intl.Segmenter>();

function wordSegmenter(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: "word" });
    } catch {
      // A malformed tag from stored data must not break the diff; ICU's root
      // rules still segment Chinese, Japanese and Thai by dictionary.
      segmenter = new Intl.Segmenter(undefined, { granularity: "word" });
    }
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** Calls `spaced`/`unspaced` for consecutive script runs covering the whole text. */
export function forEachScriptRun(
  text: string,
  spaced: (from: number, to: number) => void,
  unspaced: (from: number, to: number) => void,
): void {
  let pos = 0;
  for (const match of text.matchAll(UNSPACED_RUN)) {
    const start = match.index;
    if (start > pos) spaced(pos, start);
    pos = start + match[0].length;
    unspaced(start, pos);
  }
  if (pos < text.length) spaced(pos, text.length);
}

function scanSpaced(text: string, from: number, to: number, sink: Sink): void {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  for (const match of slice.matchAll(SPACED_TOKEN)) {
    const start = from + match.index;
    const kind: TokenKind = match[1] !== undefined ? "space" : match[2] !== undefined ? "word" : "punct";
    sink(start, start + match[0].length, kind);
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function scanUnspaced(text: string, from: number, to: number, segmenter: Intl.Segmenter, sink: Sink): void {
  let pos = from;
  while (pos < to) {
    let end = Math.min(to, pos + SEGMENT_CHUNK);
    if (end < to && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
    const chunk = text.slice(pos, end);
    const segments = Array.from(segmenter.segment(chunk));
    // The chunk cut may fall inside a word: drop the last segment and start the
    // next chunk there, unless this chunk reaches the end of the run.
    const keep = end === to || segments.length < 2 ? segments.length : segments.length - 1;
    for (let k = 0; k < keep; k++) {
      const segment = segments[k];
      if (!segment) continue;
      const start = pos + segment.index;
      sink(start, start + segment.segment.length, segment.isWordLike ? "word" : "punct");
    }
    const next = segments[keep];
    pos = next ? pos + next.index : end;
  }
}

function scan(text: string, lang: string, sink: Sink): void {
  let segmenter: Intl.Segmenter | undefined;
  forEachScriptRun(
    text,
    (from, to) => scanSpaced(text, from, to, sink),
    (from, to) => {
      segmenter ??= wordSegmenter(lang);
      scanUnspaced(text, from, to, segmenter, sink);
    },
  );
}

/**
 * Splits `text` into word, punctuation and whitespace tokens that cover it
 * exactly (concatenating `text` of all tokens gives back the input).
 * `lang` is a BCP 47 tag used for dictionary segmentation of unspaced scripts.
 */
export function tokenize(text: string, lang: string): Token[] {
  const tokens: Token[] = [];
  scan(text, lang, (start, end, kind) => {
    tokens.push({ text: text.slice(start, end), start, end, kind });
  });
  return tokens;
}

/** Exact count of non-whitespace tokens, without allocating tokens. */
export function countWords(text: string, lang: string): number {
  let count = 0;
  scan(text, lang, (_start, _end, kind) => {
    if (kind !== "space") count++;
  });
  return count;
}

/** Average characters per word in segmented Chinese news; used only for estimates. */
const UNSPACED_CHARS_PER_WORD = 1.7;

function isUnspacedCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x0e00 && c <= 0x0eff) ||
    (c >= 0x1000 && c <= 0x109f) ||
    (c >= 0x1780 && c <= 0x17ff) ||
    c === 0x3005
  );
}

function isSpaceCode(c: number): boolean {
  return c <= 0x20 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029;
}

function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  // Outside ASCII, treat everything but the common punctuation blocks as letters.
  return !(
    (c >= 0x2000 && c <= 0x206f) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff00 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xa0 && c <= 0xbf)
  );
}

/** Characters of `text` from scripts that go through Intl.Segmenter (the costly path). */
export function countUnspacedChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isUnspacedCode(text.charCodeAt(i))) n++;
  return n;
}

/**
 * Linear-time approximation of countWords for texts too long to tokenize within
 * a time budget: one pass over char codes, no regex, no Intl.Segmenter.
 */
export function estimateWordCount(text: string): number {
  let words = 0;
  let unspaced = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isUnspacedCode(c)) {
      unspaced++;
      inWord = false;
    } else if (isSpaceCode(c)) {
      inWord = false;
    } else if (isWordCode(c)) {
      if (!inWord) words++;
      inWord = true;
    } else if (!(inWord && (c === 0x27 || c === 0x2d || c === 0x2019) && i + 1 < text.length && isWordCode(text.charCodeAt(i + 1)))) {
      words++;
      inWord = false;
    }
  }
  return words + Math.ceil(unspaced / UNSPACED_CHARS_PER_WORD);
}
