/**
 * Post-editing effort: how much the editor changed the machine translation,
 * as word-level Levenshtein distance over non-whitespace tokens (punctuation
 * counts: see tokenize.ts) plus one edit per spacing fix between kept tokens
 * (see spacing.ts), normalised by MT length. This is TER without shifts,
 * except for whole paragraphs: see `editEffort`.
 */
import { wordLevenshtein, type EditCounts } from "./levenshtein";
import { matchParagraphs } from "./paragraph-match";
import { appendParagraph, spacingEdits, type SpacedTokens } from "./spacing";
import type { Block } from "./types";

export type EditEffort = {
  /** Non-whitespace tokens in the MT. */
  mtWords: number;
  /** Tokens inserted, deleted, substituted; a spacing fix counts as one of them (see spacing.ts). */
  insertions: number;
  deletions: number;
  substitutions: number;
  /** insertions + deletions + substitutions. */
  editDistance: number;
  /**
   * editDistance / mtWords: 0 when unchanged, may exceed 1 when the revision is
   * longer. With an empty MT: 0 if the revision is empty too, else 1.
   */
  editRate: number;
  /**
   * "exact": one Levenshtein computation over the whole texts.
   * "paragraphs": summed over matched paragraphs and the gaps between them, an
   *   approximation (an upper bound of the whole-text distance, except that
   *   moved paragraphs are compared where they landed, i.e. the move is free).
   * "bounded": some region was too large for the exact table and contributed
   *   an upper bound.
   */
  method: "exact" | "paragraphs" | "bounded";
};

/** Plain text: one paragraph per line. */
function toTexts(doc: readonly Block[] | string): string[] {
  return typeof doc === "string" ? doc.split(/\r?\n/) : doc.map((b) => b.text);
}

/**
 * Effort of turning `mt` into `revision`. Decomposed per matched paragraph so a
 * 10k-word article costs milliseconds: identical and edited paragraphs are
 * compared pairwise, and the unmatched paragraphs between two matched ones are
 * compared as one run (so a rewritten paragraph counts substitutions, not a
 * deletion plus an insertion). Deterministic: no time budget is involved.
 */
export function editEffort(
  mt: readonly Block[] | string,
  revision: readonly Block[] | string,
  options: { lang: string },
): EditEffort {
  const oldTexts = toTexts(mt);
  const newTexts = toTexts(revision);
  const spaced = (text: string): { words: string[]; tokens: SpacedTokens } => {
    const tokens: SpacedTokens = { keys: [], gaps: [] };
    return { words: appendParagraph(text, options.lang, tokens), tokens };
  };
  const oldParas = oldTexts.map(spaced);
  const newParas = newTexts.map(spaced);
  const oldWords = oldParas.map((p) => p.words);
  const newWords = newParas.map((p) => p.words);

  const { pairs } = matchParagraphs(oldTexts, newTexts);
  const moved = pairs.filter((p) => p.moved);
  const movedOld = new Set(moved.map((p) => p.oldIndex));
  const movedNew = new Set(moved.map((p) => p.newIndex));
  const inPlace = pairs.filter((p) => !p.moved);

  /** Words of both sides, and their tokens with spacing (paragraph ends included). */
  type Side = { words: string[]; tokens: SpacedTokens };
  const regions: [Side, Side][] = [];
  const run = (paras: readonly { words: string[]; tokens: SpacedTokens }[], from: number, to: number, skip: Set<number>): Side => {
    const side: Side = { words: [], tokens: { keys: [], gaps: [] } };
    for (let k = from; k < to; k++) {
      const para = paras[k];
      if (!para || skip.has(k)) continue;
      // No spread: a megabyte-long paragraph would overflow the argument stack.
      for (const word of para.words) side.words.push(word);
      for (const key of para.tokens.keys) side.tokens.keys.push(key);
      for (const gap of para.tokens.gaps) side.tokens.gaps.push(gap);
    }
    return side;
  };
  const empty: Side = { words: [], tokens: { keys: [], gaps: [] } };
  let oldNext = 0;
  let newNext = 0;
  for (const pair of [...inPlace, { oldIndex: oldTexts.length, newIndex: newTexts.length }]) {
    const gap: [Side, Side] = [run(oldParas, oldNext, pair.oldIndex, movedOld), run(newParas, newNext, pair.newIndex, movedNew)];
    if (gap[0].tokens.keys.length > 0 || gap[1].tokens.keys.length > 0) regions.push(gap);
    if (pair.oldIndex < oldTexts.length) regions.push([oldParas[pair.oldIndex] ?? empty, newParas[pair.newIndex] ?? empty]);
    oldNext = pair.oldIndex + 1;
    newNext = pair.newIndex + 1;
  }
  for (const pair of moved) regions.push([oldParas[pair.oldIndex] ?? empty, newParas[pair.newIndex] ?? empty]);

  const total: EditCounts = { insertions: 0, deletions: 0, substitutions: 0, distance: 0, bounded: false };
  for (const [a, b] of regions) {
    const counts = wordLevenshtein(a.words, b.words);
    const spacing = spacingEdits(a.tokens, b.tokens);
    total.insertions += counts.insertions + spacing.insertions;
    total.deletions += counts.deletions + spacing.deletions;
    total.substitutions += counts.substitutions + spacing.substitutions;
    total.distance += counts.distance + spacing.insertions + spacing.deletions + spacing.substitutions;
    total.bounded ||= counts.bounded;
  }

  const mtWords = oldWords.reduce((sum, w) => sum + w.length, 0);
  const editRate = mtWords > 0 ? total.distance / mtWords : total.distance > 0 ? 1 : 0;
  const single = regions.length <= 1 && moved.length === 0;
  return {
    mtWords,
    insertions: total.insertions,
    deletions: total.deletions,
    substitutions: total.substitutions,
    editDistance: total.distance,
    editRate,
    method: total.bounded ? "bounded" : single ? "exact" : "paragraphs",
  };
}
