/**
 * Effort split by where the words of a revision came from (issue 15, point 5):
 * accepted from the memory, post-edited MT, or written fresh.
 *
 * Each sentence of the final text is classified on its own, given what the
 * desk knows about it: the MT sentence it is aligned with (if any) and the
 * memory match the editor inserted for it (if any). Similarity is the memory's
 * own score (score.ts: normalized tokens, 100 × (1 − d / max(n, m)); here over
 * the target language, so words for English):
 *
 *   memory  when a match was inserted and the final sentence scores
 *           ≥ MEMORY_KEPT (70) against the inserted target — the editor kept
 *           at least ~70 % of it — and at least as high as against the MT
 *           (an inserted match that equals the MT counts as memory: the
 *           insertion is the recorded provenance);
 *   mt      otherwise, when the final sentence scores ≥ MT_KEPT (50) against
 *           its MT sentence: more than half of the MT's words survived;
 *   fresh   otherwise: written (or rewritten) by the editor.
 *
 * Words are match tokens of the final sentence (normalize.ts: words of
 * Latin-script text, characters of Chinese; punctuation not counted).
 */
import { matchTokens } from "./normalize";
import { fuzzyScore } from "./score";

export const MEMORY_KEPT = 70;
export const MT_KEPT = 50;

export type SentenceOrigin = "memory" | "mt" | "fresh";

export type SentenceProvenance = {
  /** The sentence as published (or saved). */
  final: string;
  /** The MT sentence aligned with it, if any. */
  mt?: string;
  /** The memory match the editor inserted for it: its target text and the score it was offered with. */
  inserted?: { target: string; score: number };
};

export type ClassifiedSentence = { origin: SentenceOrigin; words: number; memoryScore?: number; mtScore?: number };

export type EffortSplit = {
  words: Record<SentenceOrigin, number>;
  sentences: Record<SentenceOrigin, number>;
  totalWords: number;
  /** Share of the words per origin, 0–1 (0 for an empty text). */
  share: Record<SentenceOrigin, number>;
};

/** Where one sentence's words came from, by the rules of the module comment. */
export function classifySentence(s: SentenceProvenance): ClassifiedSentence {
  const words = matchTokens(s.final).length;
  const mtScore = s.mt !== undefined ? fuzzyScore(s.mt, s.final).score : undefined;
  const memoryScore = s.inserted ? fuzzyScore(s.inserted.target, s.final).score : undefined;
  let origin: SentenceOrigin = "fresh";
  if (memoryScore !== undefined && memoryScore >= MEMORY_KEPT && memoryScore >= (mtScore ?? 0)) origin = "memory";
  else if (mtScore !== undefined && mtScore >= MT_KEPT) origin = "mt";
  return { origin, words, ...(memoryScore !== undefined && { memoryScore }), ...(mtScore !== undefined && { mtScore }) };
}

/** Words and sentences per origin over a revision's (or an article's) sentences. */
export function effortSplit(sentences: readonly SentenceProvenance[]): EffortSplit & { classified: ClassifiedSentence[] } {
  const words = { memory: 0, mt: 0, fresh: 0 };
  const counts = { memory: 0, mt: 0, fresh: 0 };
  const classified = sentences.map(classifySentence);
  for (const c of classified) {
    words[c.origin] += c.words;
    counts[c.origin]++;
  }
  const totalWords = words.memory + words.mt + words.fresh;
  const share = (n: number) => (totalWords ? n / totalWords : 0);
  return { words, sentences: counts, totalWords, share: { memory: share(words.memory), mt: share(words.mt), fresh: share(words.fresh) }, classified };
}
