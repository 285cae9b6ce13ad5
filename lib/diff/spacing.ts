/**
 * Spacing edits: a changed run of whitespace between two tokens that both
 * texts keep ("two␣␣spaces" → "two␣spaces", "word␣," → "word,", "经济␣增长" →
 * "经济增长"). Each counts as one edit, like a changed token: an editor who
 * fixes spacing did work, and TER's tokenized scoring would otherwise see none.
 * Whitespace next to an inserted or deleted token belongs to that edit and is
 * not counted again.
 */
import { diffArrays } from "diff";
import { tokenize } from "./tokenize";

export type SpacingOp = "insert" | "delete" | "substitute";

/** The kind of edit a changed gap is (longer: inserted, shorter: deleted), or undefined when equal. */
export function spacingEdit(oldGap: string, newGap: string): SpacingOp | undefined {
  if (oldGap === newGap) return undefined;
  return newGap.length > oldGap.length ? "insert" : newGap.length < oldGap.length ? "delete" : "substitute";
}

/**
 * A text as its non-whitespace tokens, each with the whitespace before it.
 * Paragraphs end with PARAGRAPH_END, whose gap is the paragraph's trailing
 * whitespace, so spacing at the ends of a paragraph counts too.
 */
export type SpacedTokens = { keys: string[]; gaps: string[] };

/** Key of the end of a paragraph (a character no token contains: tokens never span paragraphs). */
export const PARAGRAPH_END = "\u2029";

/** Appends one paragraph's tokens to `out`; returns its words (non-whitespace tokens). */
export function appendParagraph(text: string, lang: string, out: SpacedTokens): string[] {
  const words: string[] = [];
  let gap = "";
  for (const token of tokenize(text, lang)) {
    if (token.kind === "space") {
      gap += token.text;
      continue;
    }
    words.push(token.text);
    out.keys.push(token.text);
    out.gaps.push(gap);
    gap = "";
  }
  out.keys.push(PARAGRAPH_END);
  out.gaps.push(gap);
  return words;
}

export type SpacingCounts = { insertions: number; deletions: number; substitutions: number };

/** Past this many token edits the middle is not searched for kept tokens: spacing there goes uncounted. */
const MAX_EDITS = 1_000;

/**
 * Spacing edits between two token sequences: gaps that differ before a token
 * kept on both sides whose predecessor is kept too (the start of the sequence
 * counts as kept). Common ends are exact; the changed middle is aligned by
 * jsdiff's LCS, capped at MAX_EDITS (deterministic: no clock is read).
 */
export function spacingEdits(a: SpacedTokens, b: SpacedTokens): SpacingCounts {
  const counts: SpacingCounts = { insertions: 0, deletions: 0, substitutions: 0 };
  const count = (i: number, j: number): void => {
    const op = spacingEdit(a.gaps[i] ?? "", b.gaps[j] ?? "");
    if (op === "insert") counts.insertions++;
    else if (op === "delete") counts.deletions++;
    else if (op === "substitute") counts.substitutions++;
  };
  const n = a.keys.length;
  const m = b.keys.length;
  let start = 0;
  while (start < n && start < m && a.keys[start] === b.keys[start]) count(start, start++);
  let endA = n;
  let endB = m;
  while (endA > start && endB > start && a.keys[endA - 1] === b.keys[endB - 1]) {
    endA--;
    endB--;
  }
  // The first token of the common suffix follows a changed one.
  for (let k = 1; k < n - endA; k++) count(endA + k, endB + k);
  if (endA === start || endB === start) return counts;

  const changes = diffArrays(a.keys.slice(start, endA), b.keys.slice(start, endB), { maxEditLength: MAX_EDITS });
  if (!changes) return counts;
  let i = start;
  let j = start;
  for (const change of changes) {
    if (change.added) j += change.count;
    else if (change.removed) i += change.count;
    else {
      // The first kept token of a run follows a changed one.
      for (let k = 1; k < change.count; k++) count(i + k, j + k);
      i += change.count;
      j += change.count;
    }
  }
  return counts;
}
