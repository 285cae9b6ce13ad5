/**
 * QA dismissals: an editor's "this finding is not a fault" attached to a
 * sentence, and the pure matching that finds it again after edits.
 *
 * A dismissal stores what it was about as text, never as a position:
 * the check, the flagged text (`spanText`), the target sentence it sat in
 * (`targetText`) and the source sentence(s) that sentence renders
 * (`sourceText`). Sentences are the alignment beads of lib/qa/run.ts (the
 * same ones the desk links), so "sentence" means the bead's joined text.
 *
 * A finding and a dismissal match when the check and the flagged text are
 * the same and either
 *   1. the target sentence text is the same (the sentence stayed, or moved
 *      with its paragraph: positions play no part), or
 *   2. the source sentence text is the same (and not empty) and the flagged
 *      text still stands between the same neighbouring words: the sentence
 *      was edited elsewhere. The neighbourhood is the span widened by one
 *      word on each side inside its sentence (`spanContext`), so an edit at
 *      the span or next to it ("digitalization And" → "digitization And")
 *      drops the dismissal, and the finding shows again.
 * Each dismissal covers at most one finding and each finding at most one
 * dismissal; exact matches (rule 1) are taken first, then rule 2, both in
 * document order.
 */
import { blockSentences, linkRowSentences, type RowSentence } from "@/lib/articles/row-sentences";
import type { BlockFinding, QaArticle, QaResult } from "./run";
import type { QaFinding, SentencePair } from "./types";

export const QA_DISMISSAL_REASONS = ["false_positive", "intended", "other"] as const;
export type QaDismissalReason = (typeof QA_DISMISSAL_REASONS)[number];

/** A dismissal as the API returns it (GET/POST /api/articles/:id/qa-dismissals). */
export interface QaDismissalView {
  id: string;
  check: string;
  sourceText: string;
  targetText: string;
  spanText: string;
  reason: QaDismissalReason;
  note: string | null;
  userId: string;
  userName: string;
  /** ISO 8601. */
  createdAt: string;
}

/** What a dismissal is created from (the POST body, without the reason and note). */
export type QaDismissalKey = Pick<QaDismissalView, "check" | "sourceText" | "targetText" | "spanText">;

/**
 * A finding placed in its sentence: `sentence` indexes the sentence pairs
 * passed beside it; `sentenceStart`/`sentenceEnd` are the span's offsets in
 * that pair's target text.
 */
export interface SentenceFinding {
  check: string;
  spanText: string;
  sentence: number;
  sentenceStart: number;
  sentenceEnd: number;
}

const SPACE = /\s/u;

/** The span widened by one word on each side (whitespace between included), within `text`. */
export function spanContext(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && SPACE.test(text[from - 1]!)) from--;
  while (from > 0 && !SPACE.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && SPACE.test(text[to]!)) to++;
  while (to < text.length && !SPACE.test(text[to]!)) to++;
  return text.slice(from, to);
}

/** Every context `spanText` has in `text` (one per occurrence). */
function contextsOf(text: string, spanText: string): Set<string> {
  const out = new Set<string>();
  if (!spanText) return out;
  for (let at = text.indexOf(spanText); at !== -1; at = text.indexOf(spanText, at + 1)) out.add(spanContext(text, at, at + spanText.length));
  return out;
}

/**
 * For each finding, the dismissal that covers it, or null (see the module
 * comment for the rules). `findings` in document order.
 */
export function matchDismissals<F extends SentenceFinding>(
  findings: readonly F[],
  sentencePairs: readonly SentencePair[],
  dismissals: readonly QaDismissalView[],
): (QaDismissalView | null)[] {
  const out: (QaDismissalView | null)[] = findings.map(() => null);
  const used = new Set<string>();
  // Rule 1: same check, flagged text and target sentence.
  findings.forEach((f, i) => {
    const pair = sentencePairs[f.sentence];
    if (!pair) return;
    const d = dismissals.find((x) => !used.has(x.id) && x.check === f.check && x.spanText === f.spanText && x.targetText === pair.target);
    if (d) {
      used.add(d.id);
      out[i] = d;
    }
  });
  // Rule 2: same check, flagged text, source sentence and neighbouring words.
  const contexts = new Map<string, Set<string>>();
  findings.forEach((f, i) => {
    const pair = sentencePairs[f.sentence];
    if (out[i] || !pair || !pair.source) return;
    const context = spanContext(pair.target, f.sentenceStart, f.sentenceEnd);
    const d = dismissals.find((x) => {
      if (used.has(x.id) || x.check !== f.check || x.spanText !== f.spanText || x.sourceText !== pair.source) return false;
      let known = contexts.get(x.id);
      if (!known) contexts.set(x.id, (known = contextsOf(x.targetText, x.spanText)));
      return known.has(context);
    });
    if (d) {
      used.add(d.id);
      out[i] = d;
    }
  });
  return out;
}

/** A runQa finding with its sentence, as matchDismissals and the panels need it. */
export interface LocatedFinding extends BlockFinding, SentenceFinding {}

export interface LocatedFindings {
  findings: LocatedFinding[];
  /** The sentence pairs the findings' `sentence` indexes. */
  pairs: SentencePair[];
}

type Bead = { source: string; target: string; sentences: RowSentence[]; segments: { block: number; blockStart: number; blockEnd: number; pairStart: number }[] };

/** The text of sentences, one slice per paragraph they lie in, paragraphs joined by a line break (as runQa joins them). */
function joined(sentences: readonly RowSentence[], texts: readonly string[]) {
  let text = "";
  const segments: Bead["segments"] = [];
  let i = 0;
  while (i < sentences.length) {
    const first = sentences[i]!;
    let last = first;
    while (i + 1 < sentences.length && sentences[i + 1]!.block === first.block) last = sentences[++i]!;
    i++;
    if (text) text += "\n";
    segments.push({ block: first.block, blockStart: first.start, blockEnd: last.end, pairStart: text.length });
    text += texts[first.block]!.slice(first.start, last.end);
  }
  return { text, segments };
}

/**
 * Places runQa's findings in their sentences: the bead of the row (aligned
 * exactly as runQa aligns it) whose target sentence holds the finding's
 * start, or the last one starting before it. Beads are cached by row text
 * across calls of one locator, so re-locating after an edit re-splits only
 * the edited rows.
 */
export function createFindingLocator() {
  const cache = new Map<string, Bead[]>();
  return function locate(input: QaArticle, result: QaResult): LocatedFindings {
    const pairs: SentencePair[] = [];
    const beadsOfBlock = new Map<number, { beads: Bead[]; first: number }>();
    const live = new Set<string>();
    const wanted = new Set(result.findings.map((f) => f.block));
    for (const row of result.rows) {
      if (!row.target.some((b) => wanted.has(b))) continue;
      const key = `${row.source.join(",")}|${row.target.join(",")}|${row.source.map((b) => input.source[b]).join("\u0001")}\u0002${row.target.map((b) => input.target[b]).join("\u0001")}`;
      live.add(key);
      let beads = cache.get(key);
      if (!beads) {
        const source = row.source.flatMap((index) => blockSentences([{ index, text: input.source[index]! }], input.sourceLang));
        const target = blockSentences(row.target.map((index) => ({ index, text: input.target[index]! })), input.targetLang);
        beads = linkRowSentences(source, target).beads.flatMap((b) => {
          if (b.target.length === 0) return [];
          const sentences = b.target.map((k) => target[k]!);
          const t = joined(sentences, input.target);
          return [{ source: joined(b.source.map((k) => source[k]!), input.source).text, target: t.text, sentences, segments: t.segments }];
        });
        cache.set(key, beads);
      }
      const first = pairs.length;
      for (const b of beads) pairs.push({ source: b.source, target: b.target });
      for (const block of row.target) beadsOfBlock.set(block, { beads, first });
    }
    for (const key of cache.keys()) if (!live.has(key)) cache.delete(key);

    const findings = result.findings.map((f): LocatedFinding => {
      const text = input.target[f.block] ?? "";
      const spanText = text.slice(f.start, f.end);
      const found = beadsOfBlock.get(f.block);
      let at = -1;
      if (found) {
        found.beads.forEach((b, k) => {
          if (b.sentences.some((s) => s.block === f.block && s.start <= f.start)) at = k;
        });
        if (at === -1) at = found.beads.findIndex((b) => b.sentences.some((s) => s.block === f.block));
      }
      const bead = found && at !== -1 ? found.beads[at]! : null;
      const seg = bead?.segments.find((s) => s.block === f.block && f.start >= s.blockStart && f.start <= s.blockEnd);
      if (!bead || !seg) {
        // No sentence (an empty row): the paragraph stands for it.
        pairs.push({ source: "", target: text });
        return { ...f, spanText, sentence: pairs.length - 1, sentenceStart: f.start, sentenceEnd: f.end };
      }
      const sentenceStart = f.start - seg.blockStart + seg.pairStart;
      return { ...f, spanText, sentence: found!.first + at, sentenceStart, sentenceEnd: Math.min(sentenceStart + (f.end - f.start), bead.target.length) };
    });
    return { findings, pairs };
  };
}

/** Places one check's findings in their sentences; see createFindingLocator. */
export function locateFindings(input: QaArticle, result: QaResult): LocatedFindings {
  return createFindingLocator()(input, result);
}

/** The key a dismissal of `finding` is stored under. */
export function dismissalKeyOf(finding: SentenceFinding, pairs: readonly SentencePair[]): QaDismissalKey {
  const pair = pairs[finding.sentence] ?? { source: "", target: "" };
  return { check: finding.check, spanText: finding.spanText, targetText: pair.target, sourceText: pair.source };
}

/** Open counts: findings without a dismissal, by severity, and the number dismissed. */
export function countOpen(findings: readonly Pick<QaFinding, "severity">[], matched: readonly (QaDismissalView | null)[]) {
  const counts = { error: 0, warning: 0, info: 0, dismissed: 0 };
  findings.forEach((f, i) => {
    if (matched[i]) counts.dismissed++;
    else counts[f.severity]++;
  });
  return counts;
}
