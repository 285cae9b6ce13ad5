/**
 * Sentence alignment inside one aligned paragraph pair: which sentences of
 * the translation render which sentences of the original.
 */
import { galeChurch, type Bead } from "./gale-church";
import { alignmentLength } from "./length";
import { splitSentences, type Sentence } from "./sentences";

/** Sentences on each side that translate each other; one side is empty for an unmatched sentence. */
export type SentencePair<S extends Sentence = Sentence> = { source: S[]; target: S[] };

/**
 * Splits both paragraphs into sentences (each in its own language) and aligns
 * them by length. Sentence offsets are UTF-16 offsets into the paragraph they
 * come from. Every sentence appears in exactly one pair, in order.
 *
 * @example
 *   alignSentences("他来了。他走了。", "He came and went.", "zh", "en")
 *   // → [{ source: [他来了。, 他走了。], target: [He came and went.] }]
 */
export function alignSentences(
  sourceParagraph: string,
  targetParagraph: string,
  sourceLang: string,
  targetLang: string,
): SentencePair[] {
  return alignSentenceLists(splitSentences(sourceParagraph, sourceLang), splitSentences(targetParagraph, targetLang));
}

/** Aligns already split sentences (of one or more paragraphs per side) by length. */
export function alignSentenceLists<S extends Sentence>(source: readonly S[], target: readonly S[]): SentencePair<S>[] {
  const beads = galeChurch(
    source.map((s) => alignmentLength(s.text)),
    target.map((s) => alignmentLength(s.text)),
  );
  return beads.map((bead: Bead) => ({ source: pick(source, bead.source), target: pick(target, bead.target) }));
}

function pick<T>(items: readonly T[], indices: readonly number[]): T[] {
  return indices.flatMap((i) => {
    const item = items[i];
    return item === undefined ? [] : [item];
  });
}
