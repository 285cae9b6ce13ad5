/**
 * Normalization and tokenization for the translation memory: what two
 * sentences are compared on when the desk looks for a match.
 *
 * A sentence is normalized by
 *   1. NFKC: full-width Latin letters, digits and punctuation become half-width
 *      ("ＧＤＰ" → "GDP", "，" → ","), half-width katakana full-width, the
 *      ideographic space a space, compatibility ideographs and ligatures their
 *      canonical letters;
 *   2. lower case (String#toLowerCase, locale-independent, so the same on every
 *      server);
 *   3. apostrophe and hyphen variants (’ ʼ ‐ ‑) folded to ' and -;
 * and then cut into tokens, punctuation and spaces dropped:
 *   - every character of a script written without spaces (Han, Hiragana,
 *     Katakana, and the iteration/prolonged-sound marks) is one token: Chinese
 *     and Japanese sources are compared character by character;
 *   - every other run of letters, marks and digits is one token (a word), with
 *     ' and - inside a word and . or , between digits kept ("don't",
 *     "state-of-the-art", "3.5", "1,000"): Latin-script sources (and Latin
 *     words or numbers inside a Chinese sentence, "G20", "2024") are compared
 *     word by word.
 * The choice of unit follows the script, not the language tag, so mixed text
 * works and a mislabelled sentence is still compared sensibly.
 */

/** Characters that are one token each (scripts written without spaces between words). */
const UNSPACED = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3005\\u303B\\u309D\\u309E\\u30FC\\u30FD\\u30FE";
const WORD_CHAR = `(?:(?![${UNSPACED}])[\\p{L}\\p{M}\\p{N}])`;
const WORD = `${WORD_CHAR}+(?:(?:['-]|(?<=\\p{N})[.,](?=\\p{N}))${WORD_CHAR}+)*`;

/** One token: an unspaced character (with its combining marks) or a word. */
const TOKEN = new RegExp(`[${UNSPACED}]\\p{M}*|${WORD}`, "gu");
/** Display units over the original text: tokens as above, whitespace runs, single other characters. */
const UNIT = new RegExp(`([${UNSPACED}]\\p{M}*|${WORD})|(\\s+)|[\\s\\S]`, "gu");

const FOLD = /[\u2019\u02BC\u2018\u2010\u2011]/g;
const FOLDED: Record<string, string> = { "\u2019": "'", "\u02BC": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-" };

/** NFKC, lower case, apostrophes and hyphens folded: the text tokens are cut from. */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(FOLD, (c) => FOLDED[c] ?? c);
}

/** Tokens of an already normalized text. */
function tokensOf(normalized: string): string[] {
  return normalized.match(TOKEN) ?? [];
}

/**
 * The match tokens of a sentence: normalized, punctuation and spaces dropped.
 * Two sentences with equal tokens differ at most in punctuation, case, width or spacing.
 */
export function matchTokens(text: string): string[] {
  return tokensOf(normalizeText(text));
}

/**
 * The identity key: NFC, whitespace runs collapsed to one space, trimmed.
 * Two sentences with the same key are the same text (a 100 % match).
 */
export function exactKey(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** A piece of the original text for display: a token, a punctuation character or a whitespace run. */
export type Unit = {
  /** The original characters, text.slice(start, end). */
  text: string;
  start: number;
  end: number;
  kind: "token" | "punct" | "space";
  /**
   * What the unit is compared on: its normalized form (NFKC, lower case,
   * folded); for a token that normalizes into several ("㍻" → "平成") they are
   * joined by a space.
   */
  key: string;
};

/** Units covering `text` exactly (concatenating their `text` gives it back). */
export function units(text: string): Unit[] {
  const out: Unit[] = [];
  for (const match of text.matchAll(UNIT)) {
    const start = match.index;
    const raw = match[0];
    const kind: Unit["kind"] = match[1] !== undefined ? "token" : match[2] !== undefined ? "space" : "punct";
    const normalized = normalizeText(raw);
    const key = kind === "token" ? tokensOf(normalized).join(" ") : kind === "space" ? " " : normalized;
    out.push({ text: raw, start, end: start + raw.length, kind, key });
  }
  return out;
}
