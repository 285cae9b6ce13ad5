/**
 * Paragraph alignment of an original and its translation, for showing them
 * side by side row by row.
 */
import { galeChurch, type Bead } from "./gale-church";
import { alignmentLength } from "./length";

/** Paragraph indices on each side that form one row; one side is empty for an unmatched paragraph. */
export type ParagraphPair = Bead;

/**
 * Aligns the paragraphs of a source text and its translation by length
 * (Gale–Church, with the length ratio taken from the two texts themselves,
 * so any language pair works). Every paragraph appears in exactly one pair,
 * in order: merged or split paragraphs form 2–1 / 1–2 (or 2–2) pairs, and a
 * paragraph without counterpart a 1–0 / 0–1 pair.
 *
 * The languages are accepted for symmetry with {@link alignSentences}; the
 * paragraph model itself needs nothing language-specific.
 *
 * @example
 *   alignParagraphs(zhParagraphs, enParagraphs, "zh", "en")
 *   // → [{ source: [0], target: [0] }, { source: [1, 2], target: [1] }, …]
 */
export function alignParagraphs(
  source: readonly string[],
  target: readonly string[],
  sourceLang: string,
  targetLang: string,
): ParagraphPair[] {
  return galeChurch(source.map(alignmentLength), target.map(alignmentLength));
}
