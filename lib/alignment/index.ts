/**
 * Copydesk alignment module: pure TypeScript, no framework imports, safe in
 * the browser and on the server. Aligns an original with its translation for
 * side-by-side editing, for any pair of languages (BCP 47 tags).
 *
 * - {@link splitSentences}: sentences with UTF-16 offsets (CJK and Latin rules).
 * - {@link galeChurch}: the length-based aligner everything else is built on.
 * - {@link alignParagraphs}: paragraph rows, never dropping a paragraph.
 * - {@link alignSentences}: sentence pairs inside one paragraph pair.
 * - {@link AlignmentCache}: per-row memoised sentence alignment for the editor.
 */

/** Splits text into trimmed sentences with UTF-16 offsets into the input. */
export { splitSentences, type Sentence } from "./sentences";

/** True for zh, ja, ko (and Chinese varieties) with any subtags. */
export { isCjkLanguage } from "./chars";

/** Gale–Church alignment of two sequences of lengths into 1–1, 1–2, 2–1, 2–2, 1–0, 0–1 beads. */
export { galeChurch, type Bead, type GaleChurchOptions } from "./gale-church";

/** Paragraph rows of an original and its translation; every paragraph in exactly one row. */
export { alignParagraphs, type ParagraphPair } from "./paragraphs";

/** Sentence pairs of one paragraph pair; `alignSentenceLists` for sentences already split. */
export { alignSentences, alignSentenceLists, type SentencePair } from "./sentence-alignment";

/** Memoised per-row sentence alignment of a fixed original against a changing translation. */
export {
  AlignmentCache,
  type AlignedRow,
  type AlignmentCacheOptions,
  type AlignmentCacheStats,
  type RowSentence,
} from "./incremental";

/** The length the aligner compares: non-whitespace code points. */
export { alignmentLength } from "./length";
