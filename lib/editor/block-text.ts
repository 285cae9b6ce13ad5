/**
 * Text of the document's top-level blocks, with a map from text offsets back
 * to ProseMirror positions so sentence offsets can become decorations.
 */
import type { Node as PMNode } from "@tiptap/pm/model";

export type TopBlock = { index: number; pos: number; node: PMNode };

/** Block-level separator inside one top-level block (list items, quote paragraphs). */
const INNER_BREAK = "\n";

/** The top-level blocks with their positions; cheap enough to run per keystroke. */
export function topBlocks(doc: PMNode): TopBlock[] {
  const blocks: TopBlock[] = [];
  doc.forEach((node, offset, index) => blocks.push({ index, pos: offset, node }));
  return blocks;
}

/** A top-level block's text; inner blocks separated by a line break, hard breaks as spaces. */
export function blockText(node: PMNode): string {
  return node.textBetween(0, node.content.size, INNER_BREAK, " ");
}

/**
 * positions[i] is the document position of text offset i of the block's
 * text (as produced by topBlocks); positions[text.length] is the end.
 */
export function blockPositions(block: TopBlock): number[] {
  const positions: number[] = [];
  let first = true;
  block.node.descendants((child, childPos) => {
    const abs = block.pos + 1 + childPos;
    if (child.isTextblock) {
      if (!first) positions.push(abs); // the INNER_BREAK before this textblock
      first = false;
      return true;
    }
    if (child.isText) {
      for (let i = 0; i < child.text!.length; i++) positions.push(abs + i);
    } else if (child.isLeaf) {
      positions.push(abs); // hard break rendered as one space
    }
    return true;
  });
  positions.push(block.pos + block.node.nodeSize - 1);
  return positions;
}
