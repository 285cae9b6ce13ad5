/**
 * Pairing of paragraphs that are similar but not identical (step 3 of
 * paragraph-match.ts), by token-set Dice similarity, with a cap on the number
 * of comparisons so that huge documents stay within the work budget.
 */
import { diceSimilarity, maxDice, SIMILARITY_MAX_CHARS, textFeatures } from "./similarity";

/** Minimum similarity for an in-place pairing inside a gap. */
const SIMILAR_THRESHOLD = 0.4;
/** A gap with exactly one paragraph on each side is almost surely an edit of it. */
const LONE_PAIR_THRESHOLD = 0.2;
/** "Near-identical": minimum similarity for a move. */
export const MOVE_THRESHOLD = 0.8;
/** Without a work allowance, caps similarity comparisons so pairing stays bounded on huge documents. */
const MAX_COMPARISONS = 50_000;
/** Work rates (see budget.ts): per character featurized, per feature compared. */
const UNITS_PER_FEATURE_CHAR = 6;
const UNITS_PER_FEATURE = 8;
/** Units one comparison is assumed to cost when deciding whether a full scan is affordable. */
const UNITS_PER_COMPARISON = 1_000;
/** Positional band (in paragraphs) compared around a paragraph's expected place. */
const BAND = 8;
/** A pair this similar at the expected place is taken as is, without scanning the band. */
const DECISIVE = 0.9;

export type Candidate = { oldIndex: number; newIndex: number; similarity: number; identical: boolean };

/** Gap index of every old and every new paragraph (see paragraph-match.ts). */
export type Gaps = { old: Int32Array; new: Int32Array };

function groupByGap(indices: readonly number[], gaps: Int32Array): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  for (const index of indices) {
    const gap = gaps[index] ?? 0;
    const group = groups.get(gap);
    if (group) group.push(index);
    else groups.set(gap, [index]);
  }
  return groups;
}

/** Dice similarity of paragraph pairs, with feature caching and a cap on the work. */
export class Scorer {
  private readonly oldFeatures = new Map<number, Int32Array>();
  private readonly newFeatures = new Map<number, Int32Array>();
  private comparisons = 0;
  /** Units spent (see budget.ts): characters featurized plus features compared. */
  work = 0;
  /** Set when the comparison cap or the work allowance stopped scoring. */
  exhausted = false;

  constructor(
    private readonly oldTexts: readonly string[],
    private readonly newTexts: readonly string[],
    private readonly maxWork: number,
  ) {}

  /** Comparisons still affordable (estimated from the work left when there is an allowance). */
  get remaining(): number {
    if (this.maxWork === Infinity) return MAX_COMPARISONS - this.comparisons;
    return Math.floor((this.maxWork - this.work) / UNITS_PER_COMPARISON);
  }

  /** The pair's similarity if it reaches `threshold`, else undefined. */
  score(i: number, j: number, threshold: number): number | undefined {
    if (this.exhausted) return undefined;
    if (this.work >= this.maxWork || (this.maxWork === Infinity && this.comparisons >= MAX_COMPARISONS)) {
      this.exhausted = true;
      return undefined;
    }
    this.comparisons++;
    const a = this.features(this.oldFeatures, this.oldTexts, i);
    const b = this.features(this.newFeatures, this.newTexts, j);
    if (maxDice(a.length, b.length) < threshold) return undefined;
    this.work += UNITS_PER_FEATURE * (a.length + b.length);
    const similarity = diceSimilarity(a, b);
    return similarity >= threshold ? similarity : undefined;
  }

  private features(cache: Map<number, Int32Array>, texts: readonly string[], index: number): Int32Array {
    let f = cache.get(index);
    if (!f) {
      const text = texts[index] ?? "";
      this.work += UNITS_PER_FEATURE_CHAR * Math.min(text.length, SIMILARITY_MAX_CHARS);
      f = textFeatures(text);
      cache.set(index, f);
    }
    return f;
  }
}

/**
 * Pairs similar leftover paragraphs, cheapest evidence first, so that an
 * article where every paragraph was edited (no identical anchors at all) is
 * settled by comparing each paragraph with its positional neighbours instead
 * of with everything. Each pass takes its best pairs greedily; later passes
 * only see what is left.
 */
export function pairSimilar(oldRest: number[], newRest: number[], gaps: Gaps, scorer: Scorer): { chosen: Candidate[]; complete: boolean } {
  const chosen: Candidate[] = [];
  const oldTaken = new Set<number>();
  const newTaken = new Set<number>();
  let complete = true;
  const take = (candidates: Candidate[]): void => {
    candidates.sort((x, y) => y.similarity - x.similarity || Math.abs(x.oldIndex - x.newIndex) - Math.abs(y.oldIndex - y.newIndex));
    for (const c of candidates) {
      if (oldTaken.has(c.oldIndex) || newTaken.has(c.newIndex)) continue;
      chosen.push(c);
      oldTaken.add(c.oldIndex);
      newTaken.add(c.newIndex);
    }
  };
  const collect = (olds: number[], news: number[], threshold: number, band: boolean, out: Candidate[]): void => {
    const consider = (oldIndex: number, newIndex: number): number | undefined => {
      const similarity = scorer.score(oldIndex, newIndex, threshold);
      if (similarity !== undefined) out.push({ oldIndex, newIndex, similarity, identical: false });
      return similarity;
    };
    for (let a = 0; a < olds.length && !scorer.exhausted; a++) {
      const oldIndex = olds[a] ?? 0;
      const center = Math.round((a * news.length) / olds.length);
      // Lightly edited articles keep paragraphs where they were: one comparison settles those.
      if (band && center < news.length && (consider(oldIndex, news[center] ?? 0) ?? 0) >= DECISIVE) continue;
      const from = band ? Math.max(0, center - BAND) : 0;
      const to = band ? Math.min(news.length, center + BAND + 1) : news.length;
      for (let b = from; b < to; b++) if (!band || b !== center) consider(oldIndex, news[b] ?? 0);
    }
  };

  const oldByGap = groupByGap(oldRest, gaps.old);
  const newByGap = groupByGap(newRest, gaps.new);
  // Pass 1: near-identical, near the expected position.
  const near: Candidate[] = [];
  for (const [gap, olds] of oldByGap) collect(olds, newByGap.get(gap) ?? [], MOVE_THRESHOLD, true, near);
  take(near);

  // Pass 2: in place within each gap, first near the expected position, then anywhere.
  for (const band of [true, false]) {
    const loose: Candidate[] = [];
    for (const [gap, allOlds] of oldByGap) {
      const olds = allOlds.filter((i) => !oldTaken.has(i));
      const news = (newByGap.get(gap) ?? []).filter((j) => !newTaken.has(j));
      if (olds.length === 0 || news.length === 0) continue;
      const threshold = olds.length === 1 && news.length === 1 ? LONE_PAIR_THRESHOLD : SIMILAR_THRESHOLD;
      const affordable = band || olds.length * news.length <= scorer.remaining;
      if (!affordable) complete = false;
      collect(olds, news, threshold, band || !affordable, loose);
    }
    take(loose);
  }

  // Pass 3: near-identical paragraphs in different gaps, i.e. moved and edited.
  const olds = oldRest.filter((i) => !oldTaken.has(i));
  const news = newRest.filter((j) => !newTaken.has(j));
  const newPerGap = new Map<number, number>();
  for (const j of news) newPerGap.set(gaps.new[j] ?? 0, (newPerGap.get(gaps.new[j] ?? 0) ?? 0) + 1);
  const crossPairs = olds.reduce((sum, i) => sum + news.length - (newPerGap.get(gaps.old[i] ?? 0) ?? 0), 0);
  const moved: Candidate[] = [];
  if (crossPairs <= scorer.remaining) {
    for (const i of olds) {
      for (const j of news) {
        if (gaps.old[i] === gaps.new[j]) continue;
        const similarity = scorer.score(i, j, MOVE_THRESHOLD);
        if (similarity !== undefined) moved.push({ oldIndex: i, newIndex: j, similarity, identical: false });
      }
    }
  } else {
    complete = false;
  }
  take(moved);
  return { chosen, complete: complete && !scorer.exhausted };
}

