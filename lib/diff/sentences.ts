/**
 * Sentence splitting for the coarse fallback. It only has to be cheap and
 * lossless (the pieces concatenate back to the input); a wrong split merely
 * makes a coarse diff a little coarser.
 */

// Latin-style terminators need following whitespace so "3.5" and "U.S.A"
// stay whole; CJK full-width terminators end a sentence on their own.
const SENTENCE_END = /[.!?;…]+["'”’)\]]*(?:\s+|$)|[。！？；]+[”’」』）)]*\s*|\n+/gu;

/** Splits text into sentences, each keeping its terminator and trailing spaces. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (end > start) {
      sentences.push(text.slice(start, end));
      start = end;
    }
  }
  if (start < text.length) sentences.push(text.slice(start));
  return sentences;
}
