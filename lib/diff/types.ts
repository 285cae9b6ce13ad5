/**
 * Shapes shared by the diff module. Documents arrive here already flattened to
 * blocks by the editor adapter, so nothing in lib/diff knows about ProseMirror.
 */

/** A formatting span over a block's text. Offsets are UTF-16 code units, `to` exclusive. */
export type MarkSpan = {
  from: number;
  to: number;
  /** e.g. "bold", "italic", "link". */
  type: string;
  /** e.g. { href } for links. */
  attrs?: Record<string, unknown>;
};

/** One top-level block of a document: a paragraph, heading, list item, quote... */
export type Block = {
  /** e.g. "paragraph", "heading", "listItem", "blockquote". */
  type: string;
  /** e.g. { level: 2 } for headings. */
  attrs?: Record<string, unknown>;
  text: string;
  marks?: MarkSpan[];
};

/**
 * A run of text in a diff. Within one entry, the equal + delete parts spell the
 * old text and the equal + insert parts spell the new text, exactly.
 */
export type DiffPart = {
  op: "equal" | "insert" | "delete";
  text: string;
};

/** How finely an entry was diffed: words, whole sentences, or the whole block. */
export type Granularity = "word" | "sentence" | "block";

/** Block type or attributes changed, e.g. heading level 2 → 3, paragraph → heading. */
export type BlockFormatChange = {
  kind: "block";
  before: { type: string; attrs: Record<string, unknown> };
  after: { type: string; attrs: Record<string, unknown> };
};

/**
 * A mark added, removed or re-targeted on text that is the same on both sides
 * (formatting of inserted text is part of the insertion, not reported here).
 */
export type MarkFormatChange = {
  kind: "mark";
  change: "added" | "removed" | "changed";
  markType: string;
  /** The affected text (same on both sides). */
  text: string;
  oldFrom: number;
  oldTo: number;
  newFrom: number;
  newTo: number;
  /** Attributes before the change; absent when the mark was added. */
  beforeAttrs?: Record<string, unknown>;
  /** Attributes after the change; absent when the mark was removed. */
  afterAttrs?: Record<string, unknown>;
};

export type FormatChange = BlockFormatChange | MarkFormatChange;

export type BlockDiffKind = "equal" | "changed" | "inserted" | "deleted" | "moved";

/**
 * One row of a document diff. Rows come in reading order of the new document,
 * with deleted blocks (and the origins of moved blocks) at their old place.
 *
 * A moved block yields two rows, like Word's "moved from / moved to":
 * - at its new place: kind "moved", `movedFrom` = old index, parts = word diff
 *   old → new (all "equal" if it moved untouched);
 * - at its old place: kind "moved", `movedTo` = new index, no `newIndex`, and
 *   the old text as one "delete" part. Its words are not counted as deleted.
 */
export type BlockDiff = {
  kind: BlockDiffKind;
  oldIndex?: number;
  newIndex?: number;
  movedFrom?: number;
  movedTo?: number;
  parts: DiffPart[];
  formatChanges: FormatChange[];
  granularity: Granularity;
};

/**
 * Counts over the whole diff. A "word" is any non-whitespace token, so
 * punctuation marks count (see tokenize.ts). A deletion run facing an insertion
 * run pairs up as substitutions: "And" → "and" is 1 substituted, 0 inserted,
 * 0 deleted. A spacing fix between kept words counts as one word inserted,
 * deleted or substituted (see spacing.ts), as in editEffort.
 */
export type DiffSummary = {
  wordsInserted: number;
  wordsDeleted: number;
  wordsSubstituted: number;
  paragraphsInserted: number;
  paragraphsDeleted: number;
  /** Counted once per moved block (at its destination). */
  paragraphsMoved: number;
  /** Matched in place with a text or formatting change. */
  paragraphsChanged: number;
  formatChanges: number;
};

export type DocumentDiff = {
  blocks: BlockDiff[];
  summary: DiffSummary;
  /**
   * True when the work budget or a size cap forced some blocks to sentence or
   * whole-block granularity, or cut paragraph matching short. The diff is
   * still complete and exact at that granularity; word counts then count whole
   * replaced sentences/blocks (estimated for very long texts).
   */
  coarse: boolean;
};

export type DiffOptions = {
  /** BCP 47 tag of the text, e.g. "en", "zh-Hans"; drives word segmentation. */
  lang: string;
  /**
   * Units of work the call may spend (about one token comparison each, see
   * lib/diff/budget.ts). Default: a function of the documents' sizes. No clock
   * is read, so the result depends on the inputs alone.
   */
  workBudget?: number;
};
