/**
 * Sentence links inside one aligned row of the editor: the row's source
 * blocks and target blocks are split into sentences, which are aligned by
 * length (Gale–Church). Pure; the editor memoizes it per row text.
 */
import { alignmentLength, galeChurch, splitSentences } from "@/lib/alignment";

export type RowSentence = { block: number; index: number; start: number; end: number; text: string };
export type RowSentenceLinks = {
  source: RowSentence[];
  target: RowSentence[];
  /** Pairs of indices into `source` and `target`. */
  beads: { source: number[]; target: number[] }[];
};

/** Sentences of each block, tagged with the block's index. */
export function blockSentences(blocks: { index: number; text: string }[], lang: string): RowSentence[] {
  return blocks.flatMap((b) =>
    splitSentences(b.text, lang).map((s, index) => ({ block: b.index, index, start: s.start, end: s.end, text: s.text })),
  );
}

export function linkRowSentences(source: RowSentence[], target: RowSentence[]): RowSentenceLinks {
  const beads = galeChurch(
    source.map((s) => alignmentLength(s.text)),
    target.map((s) => alignmentLength(s.text)),
  );
  return { source, target, beads };
}

/** The target sentence holding `offset` of block `block`, or the nearest before it. */
export function targetSentenceAt(links: RowSentenceLinks, block: number, offset: number): number {
  let found = -1;
  links.target.forEach((s, i) => {
    if (s.block === block && s.start <= offset) found = i;
  });
  if (found === -1) found = links.target.findIndex((s) => s.block === block);
  return found;
}

/** The bead that holds target sentence `t` (or source sentence `s`). */
export function beadOf(links: RowSentenceLinks, side: "source" | "target", i: number) {
  return links.beads.find((b) => b[side].includes(i));
}
