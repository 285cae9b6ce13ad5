/**
 * Spacing in Latin-script text: double spaces, a space before . , ; : ! ? %
 * and ")", a space after "(", and a missing space after punctuation
 * ("was held.Delegates", "Beijing,Shanghai", "Source:Chongqing"). Decimals
 * (2.75, 1,000), URLs and domains (example.com) and abbreviations (e.g.,
 * U.S.) are left alone.
 */
import type { TextCheck } from "../check-types";
import { inSpans, latinTarget, urlSpans } from "../text";
import type { QaFinding } from "../types";

export const SPACING = "spacing";

const DOUBLE = /[ \u00a0]{2,}/g;
const BEFORE = /[ \u00a0]+([.,;:!?%)])/g;
const AFTER_OPEN = /\([ \u00a0]+/g;
/** A letter or digit, a punctuation mark, then a letter: the candidates for a missing space. */
const GLUED = /([\p{L}\p{N}])([.,;:!?])(?=(\p{L}))/gu;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const LETTER = /[\p{L}\p{N}]/u;

/** The word before a dot at `dot`: "held" in "held.Delegates", "e.g" in "e.g.Smith". */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && (LETTER.test(text[i - 1]!) || text[i - 1] === ".")) i--;
  return text.slice(i, dot);
}

/** True when a missing space after `mark` at `at` is a fault, not a decimal, abbreviation or name. */
function isGlued(text: string, at: number, mark: string, before: string, after: string): boolean {
  const next2 = text[at + 2] ?? "";
  switch (mark) {
    case ".": {
      // "held.Delegates": a lower-case word, then a capitalized word. "U.S.Army",
      // "e.g.The", "ASP.NET", "Node.js" and "example.com" do not match.
      const word = wordBefore(text, at);
      return word.length >= 2 && !word.includes(".") && LOWER.test(before) && UPPER.test(after) && LOWER.test(next2);
    }
    case "!":
    case "?":
      return UPPER.test(after);
    case ":":
      return !/\p{N}/u.test(before);
    default:
      return true;
  }
}

export const spacingCheck: TextCheck = {
  id: SPACING,
  appliesTo: latinTarget,
  run(text) {
    const out: QaFinding[] = [];
    const urls = urlSpans(text);
    const add = (start: number, end: number, key: string, fix: QaFinding["fix"], severity: QaFinding["severity"] = "error") =>
      out.push({ check: SPACING, severity, start, end, message: { key: `qa.spacing.${key}` }, ...(fix ? { fix } : {}) });

    DOUBLE.lastIndex = 0;
    for (let m = DOUBLE.exec(text); m; m = DOUBLE.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (start === 0 || end === text.length) continue; // leading/trailing blanks are trimmed on output
      add(start, end, "double", { start, end, replacement: " " }, "warning");
    }

    BEFORE.lastIndex = 0;
    for (let m = BEFORE.exec(text); m; m = BEFORE.exec(text)) {
      const start = m.index;
      const mark = m[1]!;
      const markAt = start + m[0].length - 1;
      const next = text[markAt + 1] ?? "";
      if (start === 0) continue;
      // " .5" is a number, " ..." an ellipsis, " (a)" or " :)" not a fault of this check.
      if (mark === "." && (next === "." || /\p{N}/u.test(next))) continue;
      if (inSpans(urls, markAt)) continue;
      add(start, markAt + 1, "spaceBefore", { start, end: markAt, replacement: "" });
    }

    AFTER_OPEN.lastIndex = 0;
    for (let m = AFTER_OPEN.exec(text); m; m = AFTER_OPEN.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === text.length) continue;
      add(start, end, "spaceAfterOpen", { start: start + 1, end, replacement: "" });
    }

    GLUED.lastIndex = 0;
    for (let m = GLUED.exec(text); m; m = GLUED.exec(text)) {
      const at = m.index + 1;
      const mark = m[2]!;
      if (inSpans(urls, at)) continue;
      if (!isGlued(text, at, mark, m[1]!, m[3]!)) continue;
      add(at, at + 1, "missingAfter", { start: at + 1, end: at + 1, replacement: " " });
    }

    return out.sort((a, b) => a.start - b.start);
  },
};
