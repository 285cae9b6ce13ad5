/**
 * Sentence splitting for alignment. One left-to-right pass; every lookahead
 * or lookbehind is bounded by a constant or by a stretch of text that no other
 * terminator looks at, so the whole split is linear in the input.
 */
import { isNonFinalDot } from "./abbreviations";
import {
  canStartSentenceAt,
  isCjkCharAt,
  isCjkLanguage,
  isCloser,
  isEllipsis,
  isFullWidthTerminator,
  isLineBreak,
  isOpener,
  isSpace,
  isSpacedCloser,
} from "./chars";

export type Sentence = {
  /** The sentence, trimmed: always equal to `input.slice(start, end)`. */
  text: string;
  /** UTF-16 offset of the first character in the input. */
  start: number;
  /** UTF-16 offset just past the last character (closing quotes included). */
  end: number;
};

/** Longer tokens are never abbreviations; the cap keeps lookbehind constant. */
const MAX_TOKEN = 12;
const NEXT_WORD = /\p{L}{1,24}/uy;

const FULL_STOP = 0x2e;

type Run = {
  start: number;
  end: number;
  /** Contains 。！？； or a full-width form. */
  fullWidth: boolean;
  ellipses: number;
  /** Contains a half-width ! ? or (in CJK text) ; */
  marks: boolean;
};

/**
 * Splits `text` into sentences. `lang` is the BCP 47 tag of the text: in CJK
 * languages 。！？； and "……" end a sentence wherever they occur; elsewhere
 * . ! ? … end one only before whitespace and something that can begin a
 * sentence, with abbreviations, initials and decimals kept whole. Either mode
 * copes with the other script embedded in the text. A line break always ends
 * a sentence (in an editor block it is a deliberate hard break).
 *
 * @example
 *   splitSentences("他说：“好。”然后离开。", "zh")
 *   // → [{ text: "他说：“好。”", start: 0, end: 7 }, { text: "然后离开。", start: 7, end: 12 }]
 */
export function splitSentences(text: string, lang: string): Sentence[] {
  const cjk = isCjkLanguage(lang);
  const sentences: Sentence[] = [];
  const n = text.length;
  // `start` always sits on the sentence's first non-blank character (or n),
  // which is what makes "1. The first point" detectable in constant time.
  let start = skipBlank(text, 0);
  let i = start;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isLineBreak(code)) {
      emit(text, start, i, sentences);
      start = i = skipBlank(text, i);
      continue;
    }
    if (!isTerminator(code, cjk)) {
      i++;
      continue;
    }
    const run = readRun(text, i, cjk);
    const next = skipClosers(text, run.end);
    i = next;
    if (endsSentence(text, start, run, next, cjk)) {
      emit(text, start, next, sentences);
      start = i = skipBlank(text, next);
    }
  }
  emit(text, start, n, sentences);
  return sentences;
}

function skipBlank(text: string, index: number): number {
  let i = index;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function isTerminator(code: number, cjk: boolean): boolean {
  return (
    code === FULL_STOP ||
    code === 0x21 || // !
    code === 0x3f || // ?
    (cjk && code === 0x3b) || // ; separates sentences in CJK text, not in English
    isEllipsis(code) ||
    isFullWidthTerminator(code)
  );
}

function readRun(text: string, start: number, cjk: boolean): Run {
  const run: Run = { start, end: start, fullWidth: false, ellipses: 0, marks: false };
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isTerminator(code, cjk)) break;
    if (isFullWidthTerminator(code)) run.fullWidth = true;
    else if (isEllipsis(code)) run.ellipses++;
    else if (code !== FULL_STOP) run.marks = true;
    run.end = i + 1;
  }
  return run;
}

function skipClosers(text: string, index: number): number {
  const n = text.length;
  let i = index;
  for (;;) {
    while (i < n && isCloser(text.charCodeAt(i))) i++;
    // "« Bonjour. »": look past at most two spaces for a French closing guillemet.
    let j = i;
    while (j < n && j - i < 2 && isSpace(text.charCodeAt(j)) && !isLineBreak(text.charCodeAt(j))) j++;
    if (j === i || j >= n || !isSpacedCloser(text.charCodeAt(j))) return i;
    i = j + 1;
  }
}

function endsSentence(text: string, sentenceStart: number, run: Run, next: number, cjk: boolean): boolean {
  const after = skipBlank(text, next);
  if (after >= text.length) return true;

  const strong = run.fullWidth || (cjk && run.ellipses >= 2);
  if (after === next) {
    if (strong) return true;
    // "好!我们" splits, "U.S.总统" and "3.5亿" do not.
    return run.marks && isCjkCharAt(text, next);
  }
  if (strong && cjk) return true;
  if (!canStartSentenceAt(text, after)) return false;

  const singleDot = run.end - run.start === 1 && text.charCodeAt(run.start) === FULL_STOP && next === run.end;
  return !singleDot || !dotIsNonFinal(text, sentenceStart, run.start, after);
}

function dotIsNonFinal(text: string, sentenceStart: number, dot: number, nextWordStart: number): boolean {
  let tokenStart = dot;
  while (tokenStart > sentenceStart && dot - tokenStart <= MAX_TOKEN) {
    const code = text.charCodeAt(tokenStart - 1);
    // Chinese has no spaces: in "总统和Dr. Smith" the token is "Dr".
    if (isSpace(code) || isOpener(code) || isCjkCharAt(text, tokenStart - 1)) break;
    tokenStart--;
  }
  if (tokenStart === dot || dot - tokenStart > MAX_TOKEN) return false;

  NEXT_WORD.lastIndex = nextWordStart;
  const nextWord = NEXT_WORD.exec(text)?.[0] ?? "";
  return isNonFinalDot({
    token: text.slice(tokenStart, dot),
    nextWord,
    startsSentence: tokenStart === sentenceStart,
  });
}

/** `from` is already past leading blanks; trailing ones are trimmed here. */
function emit(text: string, from: number, to: number, out: Sentence[]): void {
  let end = to;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > from) out.push({ text: text.slice(from, end), start: from, end });
}
