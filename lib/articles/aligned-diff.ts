/**
 * A comparison of two versions of a translation laid out as the desk lays out
 * the text: the headline row first, then one row per aligned group of
 * paragraphs, the original's paragraph(s) beside the diff of the translation
 * paragraph(s) they align with (pure: the caller loads the documents).
 *
 * The diff (lib/diff) is by paragraph of the newer version; the alignment
 * (lib/alignment) maps the original's paragraphs to that version's
 * paragraphs. A diff entry with a place in the newer version joins the row of
 * its paragraph; one without (a deleted paragraph, the old place of a moved
 * one) joins the row of the entry that follows it, as the diff reads, or the
 * last row at the end.
 */
import { alignParagraphs } from "@/lib/alignment";
import type { BlockDiff, DocumentDiff } from "@/lib/diff/types";
import { docToBlocks } from "@/lib/editor/to-text";
import type { EditorDoc } from "@/lib/editor/validate";
import { compareVersions } from "./compare";

export type SourceBlock = { type: string; text: string };

/** One row: the original's paragraph(s) and the diff entries of the aligned translation paragraph(s). */
export type AlignedDiffRow = {
  source: SourceBlock[];
  blocks: BlockDiff[];
  /** False when every diff entry of the row is equal (or it has none): "only changed" hides it. */
  changed: boolean;
};

const isChanged = (blocks: readonly BlockDiff[]) => blocks.some((b) => b.kind !== "equal");

/**
 * Rows of (original paragraph(s), diff of the aligned target paragraph(s)).
 * `targetTexts` are the newer version's block texts, in the order the diff's
 * `newIndex` counts them. Every source block and every diff entry appears in
 * exactly one row, in order.
 */
export function alignDiffRows(options: {
  source: readonly SourceBlock[];
  targetTexts: readonly string[];
  diff: DocumentDiff;
  sourceLang: string;
  targetLang: string;
}): AlignedDiffRow[] {
  const { source, targetTexts, diff } = options;
  const pairs = alignParagraphs(source.map((b) => b.text), targetTexts, options.sourceLang, options.targetLang);
  const rows = pairs.map((pair) => ({ source: pair.source.map((i) => source[i]!), blocks: [] as BlockDiff[] }));
  const rowOfTarget = new Map<number, number>();
  pairs.forEach((pair, row) => pair.target.forEach((t) => rowOfTarget.set(t, row)));

  let pending: BlockDiff[] = [];
  let lastRow = -1;
  for (const block of diff.blocks) {
    const row = block.newIndex !== undefined ? rowOfTarget.get(block.newIndex) : undefined;
    if (row === undefined) {
      pending.push(block);
      continue;
    }
    rows[row]!.blocks.push(...pending, block);
    pending = [];
    lastRow = row;
  }
  if (pending.length > 0) {
    // Entries after the last paragraph of the newer version: beside the last row that holds translation text.
    const at = lastRow >= 0 ? lastRow : rows.length - 1;
    if (at >= 0) rows[at]!.blocks.push(...pending);
    else rows.push({ source: [], blocks: pending });
  }
  return rows.map((r) => ({ ...r, changed: isChanged(r.blocks) }));
}

/**
 * Two versions compared (as {@link compareVersions}) and laid out in aligned
 * rows against the original, with the headline row first.
 */
export function compareAligned(
  from: { title: string; content: EditorDoc },
  to: { title: string; content: EditorDoc },
  original: { title: string; content: EditorDoc },
  langs: { sourceLang: string; targetLang: string },
) {
  const diff = compareVersions(from, to, langs.targetLang);
  const source = docToBlocks(original.content).map((b) => ({ type: b.type, text: b.text }));
  const rows = alignDiffRows({
    source,
    targetTexts: docToBlocks(to.content).map((b) => b.text),
    diff: diff.body,
    sourceLang: langs.sourceLang,
    targetLang: langs.targetLang,
  });
  return {
    ...diff,
    headline: { source: original.title, blocks: diff.title.blocks, changed: isChanged(diff.title.blocks) },
    rows,
  };
}

export type AlignedComparison = ReturnType<typeof compareAligned>;
