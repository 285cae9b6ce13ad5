/**
 * Spacing in Latin-script text: double spaces, a space before . , ; : ! ? %
 * and ")", a space after "(", and a missing space after punctuation
 * ("was held.Delegates", "Beijing,Shanghai", "Source:Chongqing"). Decimals
 * (2.75, 1,000), URLs and domains (example.com) and abbreviations (e.g.,
 * U.S.) are left alone.
 *
 * Each rule scans for its rarer character (a punctuation mark, a bracket, a
 * double space) rather than trying a pattern at every space or letter.
 */
import type { TextCheck } from "../check-types";
import { inSpans, latinTarget, urlSpans } from "../text";
import type { QaFinding } from "../types";

export const SPACING = "spacing";

const MARK_BEFORE = /[.,;:!?%)]/g;
/** A punctuation mark directly followed by a letter: the candidates for a missing space. */
const GLUED = /[.,;:!?](?=\p{L})/gu;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const LETTER = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;

const isBlank = (code: number) => code === 0x20 || code === 0xa0;

/** The word before a dot at `dot`: "held" in "held.Delegates", "e.g" in "e.g.Smith". */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && dot - i < 40 && (LETTER.test(text[i - 1]!) || text[i - 1] === ".")) i--;
  return text.slice(i, dot);
}

/** True when a missing space after `mark` at `at` is a fault, not a decimal, abbreviation or name. */
function isGlued(text: string, at: number, mark: string): boolean {
  const before = text[at - 1] ?? "";
  const after = text[at + 1] ?? "";
  if (!LETTER.test(before)) return false;
  switch (mark) {
    case ".": {
      // "held.Delegates": a lower-case word, then a capitalized word. "U.S.Army",
      // "e.g.The", "ASP.NET", "Node.js" and "example.com" do not match.
      const word = wordBefore(text, at);
      return word.length >= 2 && !word.includes(".") && LOWER.test(before) && UPPER.test(after) && LOWER.test(text[at + 2] ?? "");
    }
    case "!":
    case "?":
      return UPPER.test(after);
    case ":":
      return !DIGIT.test(before);
    default:
      return true;
  }
}

export const spacingCheck: TextCheck = {
  id: SPACING,
  appliesTo: latinTarget,
  run(text) {
    const out: QaFinding[] = [];
    // URL spans are looked up only for a candidate finding (rare), not for every paragraph.
    let urls: [number, number][] | null = null;
    const inUrl = (pos: number) => inSpans((urls ??= urlSpans(text)), pos);
    const add = (start: number, end: number, key: string, fix: QaFinding["fix"], severity: QaFinding["severity"] = "error") =>
      out.push({ check: SPACING, severity, start, end, message: { key: `qa.spacing.${key}` }, ...(fix ? { fix } : {}) });

    for (let at = text.indexOf("  "); at !== -1; ) {
      let end = at + 2;
      while (end < text.length && isBlank(text.charCodeAt(end))) end++;
      // Leading and trailing blanks are trimmed on output; inside, one space is enough.
      if (at > 0 && end < text.length) add(at, end, "double", { start: at, end, replacement: " " }, "warning");
      at = text.indexOf("  ", end);
    }

    MARK_BEFORE.lastIndex = 0;
    for (let m = MARK_BEFORE.exec(text); m; m = MARK_BEFORE.exec(text)) {
      const markAt = m.index;
      let start = markAt;
      while (start > 0 && isBlank(text.charCodeAt(start - 1))) start--;
      if (start === markAt || start === 0) continue;
      const next = text[markAt + 1] ?? "";
      // " .5" is a number, " ..." an ellipsis.
      if (m[0] === "." && (next === "." || DIGIT.test(next))) continue;
      if (inUrl(markAt)) continue;
      add(start, markAt + 1, "spaceBefore", { start, end: markAt, replacement: "" });
    }

    for (let at = text.indexOf("("); at !== -1; at = text.indexOf("(", at + 1)) {
      let end = at + 1;
      while (end < text.length && isBlank(text.charCodeAt(end))) end++;
      if (end === at + 1 || end === text.length) continue;
      add(at, end, "spaceAfterOpen", { start: at + 1, end, replacement: "" });
    }

    GLUED.lastIndex = 0;
    for (let m = GLUED.exec(text); m; m = GLUED.exec(text)) {
      const at = m.index;
      if (!isGlued(text, at, m[0]) || inUrl(at)) continue;
      add(at, at + 1, "missingAfter", { start: at + 1, end: at + 1, replacement: " " });
    }

    return out.sort((a, b) => a.start - b.start);
  },
};
