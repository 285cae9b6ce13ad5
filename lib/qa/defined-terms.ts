/**
 * Terms an article defines for itself: "(hereinafter referred to as the
 * Research Institute)", "(hereinafter “the Institute”)", "“BDRI” for short".
 * Their words are names in that article, so the capitals check accepts them.
 * (No "i" flag: with it, \p{Lu} would match lower case too.)
 */

/** A run of capitalized words, allowing "of"/"and"/"for"/"the" between them. */
const NAME = String.raw`\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+(?:(?:of|and|for|the)\s+)?\p{Lu}[\p{L}\p{N}&'’-]*)*`;
const PATTERNS = [
  new RegExp(String.raw`[Hh]ereinafter(?:\s+(?:referred\s+to\s+as|called|known\s+as))?\s*[,:]?\s*(?:the\s+)?["“‘']?(${NAME})`, "gu"),
  new RegExp(String.raw`["“‘'](?:the\s+)?(${NAME})["”’']\s*(?:\)\s*)?for\s+short`, "gu"),
  new RegExp(String.raw`\((?:the\s+)?["“](${NAME})["”]\)`, "gu"),
];

/** The terms `text` defines, e.g. "Research Institute". */
export function definedTermsIn(text: string): string[] {
  if (!/hereinafter|for short|\((?:the\s+)?["“]/i.test(text)) return [];
  const out: string[] = [];
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[1]!);
  }
  return out;
}

/** Every word of every defined term ("Research", "Institute"), for word-level lookups. */
export function definedWords(terms: ReadonlySet<string>): Set<string> {
  const words = new Set<string>();
  for (const term of terms) for (const w of term.split(/\s+/)) if (w) words.add(w);
  return words;
}
