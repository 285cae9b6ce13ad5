/**
 * Word-level diff of the changed middle of two texts: jsdiff's diffArrays over
 * non-whitespace tokens, chaff cleanup, then rendering back to text with the
 * original whitespace.
 */
import type { ArrayChange } from "diff";
import { countedDiffArrays, tokenizeCost, type Budget } from "./budget";
import { spacingEdit } from "./spacing";
import { tokenize, type Token } from "./tokenize";
import type { DiffPart, Granularity } from "./types";

export type WordCounts = { inserted: number; deleted: number; substituted: number };

export type TextDiff = WordCounts & { parts: DiffPart[]; granularity: Granularity };

/** The differing middles of two texts (common prefix and suffix already cut). */
export type Middle = { oldText: string; newText: string; lang: string; budget: Budget };

/** Beyond this (old + new middle), word tokens cost too much to build; go coarse. */
const WORD_MAX_CHARS = 40_000;
/** Word-level edit scripts longer than this are unreadable and slow: go coarse. */
const WORD_MAX_EDITS = 4_000;

/** A run of matched (equal) or changed word tokens: [oFrom, oTo) old, [nFrom, nTo) new. */
type Segment = { equal: boolean; oFrom: number; oTo: number; nFrom: number; nTo: number };

function toSegments(changes: readonly ArrayChange<string>[]): Segment[] {
  const segments: Segment[] = [];
  let o = 0;
  let n = 0;
  for (const change of changes) {
    const oStep = change.added ? 0 : change.count;
    const nStep = change.removed ? 0 : change.count;
    const equal = !change.added && !change.removed;
    const last = segments[segments.length - 1];
    if (!equal && last && !last.equal) {
      last.oTo += oStep;
      last.nTo += nStep;
    } else {
      segments.push({ equal, oFrom: o, oTo: o + oStep, nFrom: n, nTo: n + nStep });
    }
    o += oStep;
    n += nStep;
  }
  return segments;
}

function span(words: readonly Token[], from: number, to: number): number {
  const first = words[from];
  const last = words[to - 1];
  return first && last && to > from ? last.end - first.start : 0;
}

/**
 * Folds short equal runs caught between two much larger changes into them, so a
 * rewritten sentence reads as one replacement instead of a spray of fragments
 * around every surviving "the" or comma (cf. diff-match-patch's cleanupSemantic,
 * with a stricter factor so one-word edits between names stay separate).
 */
function cleanupChaff(segments: readonly Segment[], oldWords: readonly Token[], newWords: readonly Token[]): Segment[] {
  const size = (s: Segment): number => Math.max(span(oldWords, s.oFrom, s.oTo), span(newWords, s.nFrom, s.nTo));
  const out: Segment[] = [];
  for (const segment of segments) {
    out.push(segment);
    for (;;) {
      const next = out[out.length - 1];
      const equal = out[out.length - 2];
      const prev = out[out.length - 3];
      if (!next || !equal || !prev || next.equal || !equal.equal || prev.equal) break;
      if (2 * span(newWords, equal.nFrom, equal.nTo) > Math.min(size(prev), size(next))) break;
      out.length -= 3;
      out.push({ equal: false, oFrom: prev.oFrom, oTo: next.oTo, nFrom: prev.nFrom, nTo: next.nTo });
    }
  }
  return out;
}

/** Adds one spacing edit (see spacing.ts) to `counts`. */
function countSpacing(oldGap: string, newGap: string, counts: WordCounts): void {
  const op = spacingEdit(oldGap, newGap);
  if (op === "insert") counts.inserted++;
  else if (op === "delete") counts.deleted++;
  else if (op === "substitute") counts.substituted++;
}

/**
 * Turns word segments back into text. Each word carries the whitespace before
 * it; equal words whose preceding whitespace differs yield a whitespace-only
 * change so that both sides are reproduced exactly. Such a change after a
 * kept word (or the start of the middle, which follows the kept common prefix)
 * is a spacing fix and is counted into `counts`; next to a changed word it is
 * part of that change.
 */
function renderSegments(segments: readonly Segment[], m: Middle, oldWords: Token[], newWords: Token[], counts: WordCounts): DiffPart[] {
  const oldGapStart = (k: number): number => (k === 0 ? 0 : (oldWords[k - 1]?.end ?? 0));
  const newGapStart = (k: number): number => (k === 0 ? 0 : (newWords[k - 1]?.end ?? 0));
  const parts: DiffPart[] = [];
  for (const [index, s] of segments.entries()) {
    if (!s.equal) {
      if (s.oTo > s.oFrom) parts.push({ op: "delete", text: m.oldText.slice(oldGapStart(s.oFrom), oldWords[s.oTo - 1]?.end) });
      if (s.nTo > s.nFrom) parts.push({ op: "insert", text: m.newText.slice(newGapStart(s.nFrom), newWords[s.nTo - 1]?.end) });
      continue;
    }
    let runStart = newGapStart(s.nFrom);
    for (let k = 0; k < s.oTo - s.oFrom; k++) {
      const oldGap = m.oldText.slice(oldGapStart(s.oFrom + k), oldWords[s.oFrom + k]?.start);
      const newWord = newWords[s.nFrom + k];
      const newGap = m.newText.slice(newGapStart(s.nFrom + k), newWord?.start);
      if (oldGap === newGap) continue;
      if (k > 0 || index === 0) countSpacing(oldGap, newGap, counts);
      parts.push({ op: "equal", text: m.newText.slice(runStart, newGapStart(s.nFrom + k)) });
      parts.push({ op: "delete", text: oldGap }, { op: "insert", text: newGap });
      runStart = newWord?.start ?? runStart;
    }
    parts.push({ op: "equal", text: m.newText.slice(runStart, newWords[s.nTo - 1]?.end) });
  }
  const oldTail = m.oldText.slice(oldGapStart(oldWords.length));
  const newTail = m.newText.slice(newGapStart(newWords.length));
  if (oldTail === newTail) parts.push({ op: "equal", text: newTail });
  else {
    const last = segments[segments.length - 1];
    if (!last || last.equal) countSpacing(oldTail, newTail, counts);
    parts.push({ op: "delete", text: oldTail }, { op: "insert", text: newTail });
  }
  return parts;
}

export function pairedCounts(deleted: number, inserted: number): WordCounts {
  const substituted = Math.min(deleted, inserted);
  return { inserted: inserted - substituted, deleted: deleted - substituted, substituted };
}

export function addCounts(total: WordCounts, more: WordCounts): void {
  total.inserted += more.inserted;
  total.deleted += more.deleted;
  total.substituted += more.substituted;
}

/** Undefined when the middle is too big or the budget ran out: the caller goes coarser. */
export function wordDiff(m: Middle): TextDiff | undefined {
  if (m.oldText.length + m.newText.length > WORD_MAX_CHARS) return undefined;
  const cost = tokenizeCost(m.oldText) + tokenizeCost(m.newText);
  if (m.budget.wordAllowance() < cost) return undefined;
  m.budget.charge(cost);
  const oldWords = tokenize(m.oldText, m.lang).filter((t) => t.kind !== "space");
  const newWords = tokenize(m.newText, m.lang).filter((t) => t.kind !== "space");
  const maxWork = m.budget.wordAllowance();
  if (maxWork < 1) return undefined;
  const { changes, work } = countedDiffArrays(
    oldWords.map((t) => t.text),
    newWords.map((t) => t.text),
    { maxWork, maxEditLength: WORD_MAX_EDITS },
  );
  m.budget.charge(work);
  if (!changes) return undefined;
  const segments = cleanupChaff(toSegments(changes), oldWords, newWords);
  const counts: WordCounts = { inserted: 0, deleted: 0, substituted: 0 };
  for (const s of segments) if (!s.equal) addCounts(counts, pairedCounts(s.oTo - s.oFrom, s.nTo - s.nFrom));
  const parts = renderSegments(segments, m, oldWords, newWords, counts);
  return { parts, granularity: "word", ...counts };
}

