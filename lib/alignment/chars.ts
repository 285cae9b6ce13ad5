/**
 * Character classes shared by the sentence splitter and the length model.
 * Code-unit switches instead of regexes on the hot path: the splitter looks
 * at every character of the input and must stay linear and cheap.
 */

/** Primary subtags of languages written without spaces in Han/Kana/Hangul. */
const CJK_LANGUAGES = new Set(["zh", "ja", "ko", "yue", "cmn", "wuu", "hak", "nan", "gan", "hsn", "lzh"]);

/** True for zh, ja, ko (and Chinese varieties) with any subtags: "zh-Hant-TW", "ja_JP", "ZH". */
export function isCjkLanguage(lang: string): boolean {
  const primary = lang.trim().toLowerCase().split(/[-_]/, 1)[0] ?? "";
  return CJK_LANGUAGES.has(primary);
}

/** The same set as JavaScript's `\s`, so trimming agrees with String#trim. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/** 。！？； and their full-width/half-width-form variants: unambiguous sentence ends. */
export function isFullWidthTerminator(code: number): boolean {
  return (
    code === 0x3002 || // 。
    code === 0xff61 || // ｡ halfwidth ideographic full stop
    code === 0xff0e || // ． fullwidth full stop (Japanese)
    code === 0xff01 || // ！
    code === 0xff1f || // ？
    code === 0xff1b //    ；
  );
}

/** … and ⋯ (Chinese ellipsis is written as two of either). */
export function isEllipsis(code: number): boolean {
  return code === 0x2026 || code === 0x22ef;
}

/**
 * Closing quotes and brackets that stay with the sentence they follow. Straight
 * quotes are ambiguous, but directly after a terminator they can only close.
 */
export function isCloser(code: number): boolean {
  switch (code) {
    case 0x22: // "
    case 0x27: // '
    case 0x29: // )
    case 0x5d: // ]
    case 0x7d: // }
    case 0xbb: // »
    case 0x2019: // ’
    case 0x201d: // ”
    case 0x203a: // ›
    case 0x3009: // 〉
    case 0x300b: // 》
    case 0x300d: // 」
    case 0x300f: // 』
    case 0x3011: // 】
    case 0x3015: // 〕
    case 0x3017: // 〗
    case 0x3019: // 〙
    case 0x301b: // 〛
    case 0xff02: // ＂
    case 0xff07: // ＇
    case 0xff09: // ）
    case 0xff3d: // ］
    case 0xff5d: // ｝
      return true;
    default:
      return false;
  }
}

/** French typesetting puts a (no-break) space before » and ›. */
export function isSpacedCloser(code: number): boolean {
  return code === 0xbb || code === 0x203a;
}

/** Characters before which a word cannot continue: the left edge of a token. */
export function isOpener(code: number): boolean {
  switch (code) {
    case 0x22: // "
    case 0x27: // '
    case 0x28: // (
    case 0x5b: // [
    case 0x7b: // {
    case 0xab: // «
    case 0x2018: // ‘
    case 0x201c: // “
    case 0x201e: // „
    case 0x2039: // ‹
    case 0x300c: // 「
    case 0x300e: // 『
    case 0x3010: // 【
    case 0xff08: // （
      return true;
    default:
      return false;
  }
}

// Sticky so they test one position of the input without slicing it.
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/uy;
/** What a new sentence may begin with: a capital, an uncased letter (CJK, Arabic…), a digit, an opening quote/bracket, ¿ ¡. */
const SENTENCE_START = /[\p{Lu}\p{Lt}\p{Lo}\p{Nd}\p{Ps}\p{Pi}"'¿¡]/uy;

export function isCjkCharAt(text: string, index: number): boolean {
  CJK_CHAR.lastIndex = index;
  return CJK_CHAR.test(text);
}

export function canStartSentenceAt(text: string, index: number): boolean {
  SENTENCE_START.lastIndex = index;
  return SENTENCE_START.test(text);
}
