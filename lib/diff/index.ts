/**
 * Copydesk diff module: pure functions, no framework imports, safe to run in
 * the browser or on the server.
 *
 * - {@link diffDocuments}: block-level + word-level diff of two revisions, with
 *   moves and formatting-only changes, bounded by a work budget (deterministic).
 * - {@link editEffort}: post-editing effort (word edit distance and rate, TER-style).
 * - {@link tokenize}: the word tokenizer both use (Latin regex + Intl.Segmenter for CJK/Thai).
 * - {@link matchParagraphs}: the paragraph matcher both use, for callers that
 *   need the alignment itself.
 */

/**
 * Diffs two documents given as blocks.
 *
 * @example
 *   const diff = diffDocuments(mtBlocks, revisionBlocks, { lang: "zh-Hans" });
 *   if (diff.coarse) showNotice("Parts of this comparison are shown by sentence or paragraph.");
 *
 * Returns rows in reading order (see {@link BlockDiff}): for each row, `parts`
 * spell the old text (equal + delete) and the new text (equal + insert)
 * exactly. The work budget (see budget.ts) grows with the documents' size; when
 * it runs out, the remaining paragraphs are diffed by sentence, then replaced
 * whole, and `coarse` is set. No clock is read: the same inputs give the same diff.
 */
export { diffDocuments } from "./diff-documents";

/**
 * Post-editing effort of turning the MT into a revision: insertions, deletions,
 * substitutions, `editDistance` and `editRate` = editDistance / mtWords.
 * Accepts blocks or plain text (one paragraph per line). Deterministic.
 */
export { editEffort, type EditEffort } from "./effort";

/** Word, punctuation and whitespace tokens with UTF-16 offsets; `lang` is a BCP 47 tag. */
export { tokenize, countWords, type Token, type TokenKind } from "./tokenize";

/** Pairs the paragraphs of two documents: in place, moved, inserted, deleted. */
export { matchParagraphs, type ParagraphMatching, type ParagraphPair, type MatchOptions } from "./paragraph-match";

/** Word-level Levenshtein distance with operation counts. */
export { wordLevenshtein, type EditCounts } from "./levenshtein";

export type {
  Block,
  BlockDiff,
  BlockDiffKind,
  BlockFormatChange,
  DiffOptions,
  DiffPart,
  DiffSummary,
  DocumentDiff,
  FormatChange,
  Granularity,
  MarkFormatChange,
  MarkSpan,
} from "./types";
