/**
 * Deciding whether "word. Next" ends a sentence when "word" may be an
 * abbreviation. Matching is case-sensitive on purpose: "No. 5" is an
 * abbreviation, "said no. Then" is not.
 */

/** Abbreviations that practically never end a sentence: titles, "e.g.", months before a day. */
const NEVER_FINAL = new Set([
  "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "St", "Mt", "Gen", "Gov", "Sen", "Rep", "Pres",
  "Lt", "Col", "Capt", "Sgt", "Rev", "Hon", "Atty", "Supt", "Mme", "Mlle", "Mgr",
  "vs", "v", "e.g", "i.e", "cf", "viz", "approx", "No", "Nos", "Vol", "vol",
  "Fig", "fig", "p", "pp", "Art", "Ave", "Blvd", "Rd",
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
]);

/**
 * Abbreviations that often close a sentence as well ("…talks with the U.S.
 * The two sides…"). They end one only before a word that typically opens a
 * sentence, which "Inc. The" does and "U.S. President" does not.
 */
const MAYBE_FINAL = new Set(["Inc", "Ltd", "Co", "Corp", "Bros", "Jr", "Sr", "etc", "al"]);

/** Dotted acronyms as seen before their final dot: "U.S", "a.m", "Ph.D". */
const DOTTED = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u;
const INITIAL = /^\p{Lu}$/u;
const ENUMERATOR = /^\d{1,3}$/;

const SENTENCE_OPENERS = new Set([
  "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "We", "They", "I",
  "His", "Her", "Our", "Their", "There", "But", "And", "However", "Meanwhile", "In", "On", "At",
  "As", "For", "According", "After", "Before", "Since", "While", "If", "When",
]);

export type AbbreviationContext = {
  /** The token right before the dot, e.g. "Mr", "U.S", "J". */
  token: string;
  /** The word after the whitespace that follows the dot. */
  nextWord: string;
  /** Whether the token is the first thing in the sentence ("1. The first point"). */
  startsSentence: boolean;
};

/** True when the dot after `token` is part of an abbreviation, initial or list number rather than a full stop. */
export function isNonFinalDot({ token, nextWord, startsSentence }: AbbreviationContext): boolean {
  if (NEVER_FINAL.has(token)) return true;
  // "I" is far more often the pronoun (or World War I) than an initial, unless another initial follows: "I. M. Pei".
  if (INITIAL.test(token)) return token !== "I" || INITIAL.test(nextWord);
  if (startsSentence && ENUMERATOR.test(token)) return true;
  if (MAYBE_FINAL.has(token) || DOTTED.test(token)) return !SENTENCE_OPENERS.has(nextWord);
  return false;
}
