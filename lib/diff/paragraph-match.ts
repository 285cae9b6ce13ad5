/**
 * Paragraph matching: decides which old block became which new block before
 * any word is compared, so word diffs stay small (one paragraph at a time) and
 * moved paragraphs show up as moves instead of a deletion plus an insertion.
 *
 * 1. Identical texts in order: LCS (jsdiff's Myers) over interned paragraph
 *    texts. These anchors split both documents into aligned gaps.
 *    (If the documents are too different for Myers' cap, the anchors are the
 *    longest in-order run of identical texts instead, as in patience diff.)
 * 2. Identical texts out of order: the same text left over on both sides is a
 *    move.
 * 3. Similar texts (token-set Dice similarity): inside the same gap a pair is
 *    an in-place edit; across gaps only near-identical pairs count, as moves.
 * 4. In-place pairs of a gap that cross each other: the longest increasing run
 *    stays in place, the rest are moves if near-identical, else unpaired.
 *
 * Formatting is ignored here (texts only); format changes are found later.
 */
import { diffArrays } from "diff";
import { countedDiffArrays } from "./budget";
import { MOVE_THRESHOLD, pairSimilar, Scorer, type Candidate, type Gaps } from "./similar-pairing";

export type ParagraphPair = {
  oldIndex: number;
  newIndex: number;
  /** Same text (formatting may still differ). */
  identical: boolean;
  /** Out of order relative to the paragraphs around it. */
  moved: boolean;
  /** Dice similarity of the texts, 1 when identical. */
  similarity: number;
};

export type ParagraphMatching = {
  /** Sorted by newIndex. */
  pairs: ParagraphPair[];
  /** Old indices with no partner, ascending. */
  deleted: number[];
  /** New indices with no partner, ascending. */
  inserted: number[];
  /** False when a work cap cut matching short; the result is still consistent. */
  complete: boolean;
  /** Units of work spent (see budget.ts); 0 when no maxWork was given. */
  work: number;
};

export type MatchOptions = {
  /**
   * Units of work (see budget.ts) matching may spend before it stops refining.
   * Without it only the fixed caps apply.
   */
  maxWork?: number;
};

/**
 * Without a work allowance, caps Myers on paragraph ids (~1M steps); beyond
 * it, anchors come from patience matching.
 */
const PARAGRAPH_MAX_EDITS = 1000;

function isBlank(text: string): boolean {
  return !/\S/.test(text);
}

function internTexts(oldTexts: readonly string[], newTexts: readonly string[]): [number[], number[]] {
  const ids = new Map<string, number>();
  const intern = (text: string): number => {
    let id = ids.get(text);
    if (id === undefined) {
      id = ids.size;
      ids.set(text, id);
    }
    return id;
  };
  return [oldTexts.map(intern), newTexts.map(intern)];
}

/**
 * Identical paragraphs in order (LCS), or undefined when Myers hit its cap.
 * Paragraphs whose text does not occur on the other side cannot be in the LCS,
 * so Myers only sees the others: an article where most paragraphs were edited
 * costs what its few unchanged paragraphs cost, not the square of its length.
 */
function lcsAnchors(oldIds: number[], newIds: number[], maxWork: number | undefined): { anchors: Candidate[] | undefined; work: number } {
  const inOld = new Set(oldIds);
  const inNew = new Set(newIds);
  const oldAt = oldIds.flatMap((id, i) => (inNew.has(id) ? [i] : []));
  const newAt = newIds.flatMap((id, j) => (inOld.has(id) ? [j] : []));
  const oldShared = oldAt.map((i) => oldIds[i] ?? -1);
  const newShared = newAt.map((j) => newIds[j] ?? -1);
  let changes;
  let work = 0;
  if (maxWork === undefined) {
    changes = diffArrays(oldShared, newShared, { maxEditLength: PARAGRAPH_MAX_EDITS });
  } else {
    // The work allowance bounds Myers here, so the edit cap need not.
    ({ changes, work } = countedDiffArrays(oldShared, newShared, { maxWork, maxEditLength: oldShared.length + newShared.length }));
  }
  if (!changes) return { anchors: undefined, work };
  const anchors: Candidate[] = [];
  let oldPos = 0;
  let newPos = 0;
  for (const change of changes) {
    if (change.added) {
      newPos += change.count;
    } else if (change.removed) {
      oldPos += change.count;
    } else {
      for (let k = 0; k < change.count; k++) {
        anchors.push({ oldIndex: oldAt[oldPos + k] ?? 0, newIndex: newAt[newPos + k] ?? 0, similarity: 1, identical: true });
      }
      oldPos += change.count;
      newPos += change.count;
    }
  }
  return { anchors, work };
}

/** Pairs equal ids first come first served, skipping blank texts and already anchored indices. */
function pairIdentical(
  oldIds: readonly number[],
  newIds: readonly number[],
  oldTexts: readonly string[],
  newTexts: readonly string[],
  oldSkip: ReadonlySet<number>,
  newSkip: ReadonlySet<number>,
): Candidate[] {
  // Queues with a read head: Array#shift would make 10k repeated lines quadratic.
  const queues = new Map<number, { indices: number[]; head: number }>();
  oldIds.forEach((id, i) => {
    if (oldSkip.has(i) || isBlank(oldTexts[i] ?? "")) return;
    const queue = queues.get(id);
    if (queue) queue.indices.push(i);
    else queues.set(id, { indices: [i], head: 0 });
  });
  const pairs: Candidate[] = [];
  newIds.forEach((id, j) => {
    if (newSkip.has(j) || isBlank(newTexts[j] ?? "")) return;
    const queue = queues.get(id);
    const i = queue?.indices[queue.head];
    if (queue === undefined || i === undefined) return;
    queue.head++;
    pairs.push({ oldIndex: i, newIndex: j, similarity: 1, identical: true });
  });
  return pairs;
}

/**
 * Fallback anchors when Myers gives up (huge, heavily reordered documents):
 * the longest in-order subset of identical pairs, as in patience diff.
 */
function patienceAnchors(
  oldIds: readonly number[],
  newIds: readonly number[],
  oldTexts: readonly string[],
  newTexts: readonly string[],
): Candidate[] {
  const none = new Set<number>();
  const pairs = pairIdentical(oldIds, newIds, oldTexts, newTexts, none, none);
  const kept = longestIncreasing(pairs);
  return pairs.filter((_, k) => kept.has(k));
}

/** gap[i] = number of anchors before index i on that side. */
function gapIndices(length: number, anchored: ReadonlySet<number>): Int32Array {
  const gaps = new Int32Array(length);
  let gap = 0;
  for (let i = 0; i < length; i++) {
    gaps[i] = gap;
    if (anchored.has(i)) gap++;
  }
  return gaps;
}

/** Indices (into `pairs`, sorted by newIndex) of a longest run increasing in oldIndex. */
function longestIncreasing(pairs: readonly Candidate[]): Set<number> {
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  pairs.forEach((pair, k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const tail = pairs[tails[mid] ?? 0];
      if (tail && tail.oldIndex < pair.oldIndex) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = tails[lo - 1] ?? -1;
    tails[lo] = k;
  });
  const kept = new Set<number>();
  for (let k = tails[tails.length - 1] ?? -1; k >= 0; k = previous[k] ?? -1) kept.add(k);
  return kept;
}

/** Matches the paragraphs of two documents given as their texts. */
export function matchParagraphs(
  oldTexts: readonly string[],
  newTexts: readonly string[],
  options: MatchOptions = {},
): ParagraphMatching {
  const maxWork = options.maxWork;

  // Step 1: anchors. Leave part of the work to similarity pairing.
  const [oldIds, newIds] = internTexts(oldTexts, newTexts);
  const lcs = lcsAnchors(oldIds, newIds, maxWork === undefined ? undefined : Math.floor(0.6 * maxWork));
  const anchors = lcs.anchors ?? patienceAnchors(oldIds, newIds, oldTexts, newTexts);
  const oldAnchored = new Set(anchors.map((a) => a.oldIndex));
  const newAnchored = new Set(anchors.map((a) => a.newIndex));
  const gaps: Gaps = { old: gapIndices(oldTexts.length, oldAnchored), new: gapIndices(newTexts.length, newAnchored) };
  const sameGap = (c: Candidate): boolean => gaps.old[c.oldIndex] === gaps.new[c.newIndex];

  // Step 2: identical leftovers.
  const identical = pairIdentical(oldIds, newIds, oldTexts, newTexts, oldAnchored, newAnchored);
  const oldTaken = new Set(identical.map((c) => c.oldIndex));
  const newTaken = new Set(identical.map((c) => c.newIndex));

  // Step 3: similar leftovers.
  const oldRest = oldTexts.flatMap((text, i) => (oldAnchored.has(i) || oldTaken.has(i) || isBlank(text) ? [] : [i]));
  const newRest = newTexts.flatMap((text, j) => (newAnchored.has(j) || newTaken.has(j) || isBlank(text) ? [] : [j]));
  const scorer = new Scorer(oldTexts, newTexts, maxWork === undefined ? Infinity : maxWork - lcs.work);
  const similar = pairSimilar(oldRest, newRest, gaps, scorer);
  const chosen = [...identical, ...similar.chosen];

  // Step 4: within each gap, keep the longest non-crossing set in place.
  const pairs: ParagraphPair[] = anchors.map((a) => ({ ...a, moved: false }));
  const inGap = chosen.filter(sameGap).sort((x, y) => x.newIndex - y.newIndex);
  const kept = longestIncreasing(inGap);
  inGap.forEach((c, k) => {
    if (kept.has(k)) pairs.push({ ...c, moved: false });
    else if (c.similarity >= MOVE_THRESHOLD) pairs.push({ ...c, moved: true });
  });
  for (const c of chosen) {
    if (!sameGap(c)) pairs.push({ ...c, moved: true });
  }
  pairs.sort((x, y) => x.newIndex - y.newIndex);

  const oldPaired = new Set(pairs.map((p) => p.oldIndex));
  const newPaired = new Set(pairs.map((p) => p.newIndex));
  return {
    pairs,
    deleted: oldTexts.flatMap((_, i) => (oldPaired.has(i) ? [] : [i])),
    inserted: newTexts.flatMap((_, j) => (newPaired.has(j) ? [] : [j])),
    complete: lcs.anchors !== undefined && similar.complete,
    work: maxWork === undefined ? 0 : lcs.work + scorer.work,
  };
}
