/** Moved to lib/editor/block-text.ts (comment anchors use it on the server too). */
export { blockPositions, blockText, topBlocks, type TopBlock } from "@/lib/editor/block-text";
