/**
 * Comment anchors: where a thread sits in a translation.
 *
 * An anchor is a top-level block index plus character offsets in that block's
 * text (the editor's block-text notion, lib/editor/block-text.ts), so it is
 * independent of ProseMirror positions and survives storage. Inside a live
 * editor anchors are positions mapped through every transaction
 * (components/comments/anchors-extension.ts); between stored revisions, where
 * no mapping exists, `reanchor` finds the text again: the quote in the same or
 * a nearby block, else the sentence at the same place, else the block start.
 * Pure: no framework, safe in the browser and on the server.
 */
import type { Node as PMNode } from "@tiptap/pm/model";
import { splitSentences } from "@/lib/alignment";
import { blockPositions, blockText, topBlocks } from "@/lib/editor/block-text";

/** Offsets are UTF-16 code units of the block's text, `end` exclusive. */
export type BlockAnchor = { block: number; start: number; end: number };
export type QuotedAnchor = BlockAnchor & { quote: string };

/**
 * How a re-anchored thread relates to its quote: found unchanged ("exact"),
 * found elsewhere ("moved"), put on the sentence at the old place
 * ("sentence"), or on the start of the block ("block").
 */
export type AnchorFit = "exact" | "moved" | "sentence" | "block";
export type ReanchoredAnchor = QuotedAnchor & { fit: AnchorFit };

/** How many blocks before and after the old one are searched for the quote. */
export const QUOTE_SEARCH_BLOCKS = 3;

/** Texts of the top-level blocks of a document, as anchors count them. */
export function docBlockTexts(doc: PMNode): string[] {
  const texts: string[] = [];
  doc.forEach((node) => texts.push(blockText(node)));
  return texts;
}

/** Clamps an anchor into `texts`; null when the document has no blocks. */
export function clampAnchor(texts: readonly string[], anchor: BlockAnchor): QuotedAnchor | null {
  if (texts.length === 0) return null;
  const block = Math.min(Math.max(0, Math.trunc(anchor.block)), texts.length - 1);
  const text = texts[block]!;
  const start = Math.min(Math.max(0, Math.trunc(anchor.start)), text.length);
  const end = Math.min(Math.max(start, Math.trunc(anchor.end)), text.length);
  return { block, start, end, quote: text.slice(start, end) };
}

/** The sentence of `text` holding `offset` (or the nearest before it), as offsets. */
export function sentenceAt(text: string, offset: number, lang: string): { start: number; end: number } | null {
  const sentences = splitSentences(text, lang);
  if (sentences.length === 0) return null;
  let found = sentences[0]!;
  for (const s of sentences) if (s.start <= offset) found = s;
  return { start: found.start, end: found.end };
}

/** Index of the sentence of `text` holding `offset`, or -1 for a text without sentences. */
function sentenceIndexAt(text: string, offset: number, lang: string): number {
  const sentences = splitSentences(text, lang);
  let index = sentences.length ? 0 : -1;
  sentences.forEach((s, i) => {
    if (s.start <= offset) index = i;
  });
  return index;
}

/** The occurrence of `quote` in `text` closest to `near`, or -1. */
function closestOccurrence(text: string, quote: string, near: number): number {
  let best = -1;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (best === -1 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}

/**
 * Re-anchors `anchor`, made on a document whose block texts are `from`, onto
 * the document with block texts `to`, for text in language `lang`.
 *
 * 1. The quote where it was, or its occurrence nearest the old place in the
 *    same block, then in the blocks 1, 2, 3 before or after.
 * 2. Else the sentence with the same index in the same block (the quote was
 *    edited or deleted: the thread stays on "its" sentence).
 * 3. Else the start of the block (an empty block), as an empty range.
 * Returns null only for a document without blocks.
 */
export function reanchor(anchor: QuotedAnchor, from: readonly string[], to: readonly string[], lang: string): ReanchoredAnchor | null {
  if (to.length === 0) return null;
  const { quote } = anchor;
  const block = Math.min(Math.max(0, anchor.block), to.length - 1);
  if (quote.length > 0) {
    if (to[anchor.block]?.slice(anchor.start, anchor.start + quote.length) === quote) {
      return { block: anchor.block, start: anchor.start, end: anchor.start + quote.length, quote, fit: "exact" };
    }
    for (let distance = 0; distance <= QUOTE_SEARCH_BLOCKS; distance++) {
      for (const candidate of distance === 0 ? [block] : [block - distance, block + distance]) {
        const text = to[candidate];
        if (text === undefined) continue;
        // In the old block the old offset is the best guess; elsewhere the closest to the same place.
        const at = closestOccurrence(text, quote, anchor.start);
        if (at !== -1) return { block: candidate, start: at, end: at + quote.length, quote, fit: "moved" };
      }
    }
  }
  const text = to[block]!;
  const oldText = from[anchor.block];
  const oldIndex = oldText === undefined ? -1 : sentenceIndexAt(oldText, anchor.start, lang);
  const sentences = splitSentences(text, lang);
  if (sentences.length > 0) {
    const sentence =
      oldIndex >= 0
        ? sentences[Math.min(oldIndex, sentences.length - 1)]!
        : (sentences.filter((s) => s.start <= anchor.start).pop() ?? sentences[0]!);
    return { block, start: sentence.start, end: sentence.end, quote: sentence.text, fit: "sentence" };
  }
  return { block, start: 0, end: 0, quote: "", fit: "block" };
}

/**
 * An anchor after a save: offsets the editor mapped through its edits. A
 * range that the edits collapsed (its text was deleted) moves to the sentence
 * at that place, so the thread is "kept on the sentence".
 */
export function settleAnchor(texts: readonly string[], anchor: BlockAnchor, lang: string): QuotedAnchor | null {
  const clamped = clampAnchor(texts, anchor);
  if (!clamped || clamped.start < clamped.end) return clamped;
  const sentence = sentenceAt(texts[clamped.block]!, clamped.start, lang);
  if (!sentence) return clamped;
  return { block: clamped.block, ...sentence, quote: texts[clamped.block]!.slice(sentence.start, sentence.end) };
}

/** The ProseMirror range of an anchor in `doc`, clamped to the document; null without blocks. */
export function anchorToRange(doc: PMNode, anchor: BlockAnchor): { from: number; to: number } | null {
  const blocks = topBlocks(doc);
  if (blocks.length === 0) return null;
  const top = blocks[Math.min(Math.max(0, anchor.block), blocks.length - 1)]!;
  const positions = blockPositions(top);
  const length = positions.length - 1;
  const start = Math.min(Math.max(0, anchor.start), length);
  const end = Math.min(Math.max(start, anchor.end), length);
  const from = positions[start]!;
  // The position just after the last character, not the start of what follows it
  // (which, after an inner break, is inside the next paragraph).
  const to = end > start ? positions[end - 1]! + 1 : from;
  return { from, to: Math.max(from, to) };
}

/**
 * The anchor of the ProseMirror range `from`–`to` of `doc`. A range running
 * over several top-level blocks is cut at the end of the first one.
 */
export function rangeToAnchor(doc: PMNode, from: number, to: number): QuotedAnchor | null {
  const blocks = topBlocks(doc);
  const top = blocks.find((b) => from < b.pos + b.node.nodeSize) ?? blocks.at(-1);
  if (!top) return null;
  const positions = blockPositions(top);
  const length = positions.length - 1;
  let start = 0;
  while (start < length && positions[start]! < from) start++;
  let end = start;
  while (end < length && positions[end]! < to) end++;
  const text = blockText(top.node);
  return { block: top.index, start, end, quote: text.slice(start, end) };
}

/** The anchor of the sentence holding position `pos` of `doc`, in language `lang`. */
export function sentenceAnchorAt(doc: PMNode, pos: number, lang: string): QuotedAnchor | null {
  const at = rangeToAnchor(doc, pos, pos);
  if (!at) return null;
  const text = docBlockTexts(doc)[at.block]!;
  const sentence = sentenceAt(text, at.start, lang);
  if (!sentence) return null;
  return { block: at.block, ...sentence, quote: text.slice(sentence.start, sentence.end) };
}
