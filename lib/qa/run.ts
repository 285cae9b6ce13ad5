/**
 * Runs every QA check over an article: the original's and the translation's
 * paragraphs are aligned into rows exactly as the desk aligns them
 * (`alignParagraphs`, then inside each row what `blockSentences` +
 * `linkRowSentences` of lib/articles/row-sentences.ts do: `splitSentences` per
 * paragraph and `galeChurch` over the sentences' `alignmentLength`, here with each
 * paragraph split and measured once per run), each sentence bead is checked as a
 * pair, each target paragraph as a text, and findings come back with offsets into
 * their target paragraph. lib/qa/run.identity.test.ts pins the output.
 *
 * Re-checking is incremental: given the previous result, only the rows
 * holding changed paragraphs are re-aligned, and inside them only beads whose
 * (source, target) text changed are re-checked (a per-text cache). Rows are
 * kept while the number of paragraphs is unchanged, as the desk keeps them.
 */
import { alignmentLength, alignParagraphs, galeChurch, splitSentences, type ParagraphPair, type Sentence } from "@/lib/alignment";
import type { GatedPairCheck, TextCheck } from "./check-types";
import { DEFAULT_MAX_SENTENCE_WORDS } from "./checks/length";
import { unchangedFinding } from "./checks/unchanged";
import { definedTermsIn } from "./defined-terms";
import { checksFor } from "./registry";
import type { GlossaryEntry, QaContext, QaFinding, Severity } from "./types";

export interface QaArticle {
  sourceLang: string;
  targetLang: string;
  /** The original's paragraph texts. */
  source: readonly string[];
  /** The translation's paragraph texts (what is checked). */
  target: readonly string[];
  /** The machine translation's paragraph texts: a target sentence equal to one of its sentences gets an "unchanged" info. */
  mt?: readonly string[];
  glossary?: readonly GlossaryEntry[];
  /** Default 35. */
  maxSentenceWords?: number;
}

/** A finding with offsets into target paragraph `block`. */
export interface BlockFinding extends QaFinding {
  block: number;
}

export interface QaResult {
  /** Sorted by paragraph, then start. */
  findings: readonly BlockFinding[];
  /** Info findings never count against the text, but are counted here. */
  counts: Record<Severity, number>;
  rows: readonly ParagraphPair[];
  definedTerms: ReadonlySet<string>;
  /** What the next incremental run needs; opaque to callers. */
  readonly state: QaState;
}

/** The sentences of one paragraph, with their alignment lengths (one split per paragraph and run). */
interface Split {
  sentences: readonly Sentence[];
  lengths: readonly number[];
}

function split(text: string, lang: string): Split {
  const sentences = splitSentences(text, lang);
  const lengths = new Array<number>(sentences.length);
  for (let k = 0; k < sentences.length; k++) lengths[k] = alignmentLength(sentences[k]!.text);
  return { sentences, lengths };
}

/** The target paragraphs' sentences of one run, split when first asked for. */
class TargetSplits {
  private readonly splits: (Split | undefined)[];
  constructor(
    private readonly texts: readonly string[],
    private readonly lang: string,
  ) {
    this.splits = new Array<Split | undefined>(texts.length);
  }
  of(block: number): Split {
    return (this.splits[block] ??= split(this.texts[block]!, this.lang));
  }
}

/**
 * The MT's texts for "unchanged" findings. A paragraph equal to an MT paragraph is
 * unchanged as a whole; the MT's sentences are gathered only when an edited paragraph
 * needs them, once per MT (the index lives on in the runner's state). An MT paragraph
 * that is also a paragraph of the translation is not split again: its sentences are
 * that paragraph's, which the run splits anyway.
 */
class MtIndex {
  private readonly blocks: ReadonlySet<string>;
  private sentences: Set<string> | null = null;
  constructor(
    private readonly mt: readonly string[],
    private readonly lang: string,
  ) {
    this.blocks = new Set(mt);
  }
  paragraphUnchanged(paragraph: string): boolean {
    return this.blocks.has(paragraph);
  }
  sentenceUnchanged(sentence: string, target: readonly string[], splits: TargetSplits): boolean {
    if (!this.sentences) {
      const blockOf = new Map<string, number>();
      for (let b = 0; b < target.length; b++) if (this.blocks.has(target[b]!) && !blockOf.has(target[b]!)) blockOf.set(target[b]!, b);
      const set = new Set<string>();
      for (const text of this.mt) {
        const b = blockOf.get(text);
        const sentences = b === undefined ? splitSentences(text, this.lang) : splits.of(b).sentences;
        for (let k = 0; k < sentences.length; k++) set.add(sentences[k]!.text);
      }
      this.sentences = set;
    }
    return this.sentences.has(sentence);
  }
}

/** Findings of each checked bead, by source text, then target text (no long concatenated keys). */
class PairCache {
  private readonly bySource = new Map<string, Map<string, QaFinding[]>>();
  private count = 0;
  /** Bead texts cached. */
  get size(): number {
    return this.count;
  }
  get(source: string, target: string): QaFinding[] | undefined {
    return this.bySource.get(source)?.get(target);
  }
  set(source: string, target: string, findings: QaFinding[]): void {
    if (this.count >= MAX_CACHED_PAIRS) this.clear();
    let byTarget = this.bySource.get(source);
    if (!byTarget) this.bySource.set(source, (byTarget = new Map()));
    if (!byTarget.has(target)) this.count++;
    byTarget.set(target, findings);
  }
  clear(): void {
    this.bySource.clear();
    this.count = 0;
  }
}

interface QaState {
  input: QaArticle;
  sourceSplits: Split[];
  mtSentences: MtIndex | null;
  rowOfBlock: number[];
  rowFindings: BlockFinding[][];
  textFindings: QaFinding[][];
  blockTerms: string[][];
  pairCache: PairCache;
}

/** Beyond this many cached bead texts the cache starts afresh (a long session of edits). */
const MAX_CACHED_PAIRS = 20_000;

function sameSetup(a: QaArticle, b: QaArticle): boolean {
  return (
    a.sourceLang === b.sourceLang &&
    a.targetLang === b.targetLang &&
    a.glossary === b.glossary &&
    a.maxSentenceWords === b.maxSentenceWords &&
    a.mt === b.mt &&
    (a.source === b.source || (a.source.length === b.source.length && a.source.every((s, i) => s === b.source[i])))
  );
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** The sentences of one side of a row: paragraph, sentence and length, in order. */
interface RowSide {
  blocks: number[];
  sentences: Sentence[];
  lengths: number[];
}

function rowSide(blocks: readonly number[], splitOf: (block: number) => Split | undefined): RowSide {
  const side: RowSide = { blocks: [], sentences: [], lengths: [] };
  for (const b of blocks) {
    const s = splitOf(b);
    if (!s) continue;
    for (let k = 0; k < s.sentences.length; k++) {
      side.blocks.push(b);
      side.sentences.push(s.sentences[k]!);
      side.lengths.push(s.lengths[k]!);
    }
  }
  return side;
}

/**
 * The text of a bead's sentences `indices` of `side`: one slice of each paragraph
 * they lie in (so the spacing between sentences is the real one), paragraphs joined
 * by a line break. One sentence is its own text. With `segments`, where each
 * paragraph's slice lies in the text: [block, blockStart, pairStart, pairEnd] each.
 */
function beadText(side: RowSide, indices: readonly number[], texts: readonly string[], segments?: number[]): string {
  if (indices.length === 1) {
    const k = indices[0]!;
    const s = side.sentences[k]!;
    if (segments) segments.push(side.blocks[k]!, s.start, 0, s.text.length);
    return s.text;
  }
  let text = "";
  let i = 0;
  while (i < indices.length) {
    const block = side.blocks[indices[i]!]!;
    const first = side.sentences[indices[i]!]!;
    let last = first;
    while (i + 1 < indices.length && side.blocks[indices[i + 1]!] === block) last = side.sentences[indices[++i]!]!;
    i++;
    if (text) text += "\n";
    const slice = texts[block]!.slice(first.start, last.end);
    if (segments) segments.push(block, first.start, text.length, text.length + slice.length);
    text += slice;
  }
  return text;
}

/** A finding of `block` at offsets shifted by `shift`; built field by field (no spread, no delete: both are slow in V8). */
function atBlock(f: QaFinding, block: number, shift: number, end: number, keepFix: boolean): BlockFinding {
  const out: BlockFinding = { check: f.check, severity: f.severity, start: f.start + shift, end: end + shift, message: f.message, block };
  if (f.fix && keepFix) out.fix = { start: f.fix.start + shift, end: f.fix.end + shift, replacement: f.fix.replacement };
  return out;
}

/** `f` mapped from the bead's text to the paragraph of the first segment holding its start (null: none does). */
function toBlock(f: QaFinding, segments: readonly number[]): BlockFinding | null {
  for (let g = 0; g < segments.length; g += 4) {
    const block = segments[g]!;
    const blockStart = segments[g + 1]!;
    const pairStart = segments[g + 2]!;
    const pairEnd = segments[g + 3]!;
    if (f.start < pairStart || f.start > pairEnd) continue;
    const keepFix = f.fix !== undefined && f.fix.start >= pairStart && f.fix.end <= pairEnd;
    return atBlock(f, block, blockStart - pairStart, Math.min(f.end, pairEnd), keepFix);
  }
  return null;
}

interface RowRun {
  input: QaArticle;
  sourceSplits: readonly Split[];
  targetSplits: TargetSplits;
  mtSentences: MtIndex | null;
  pairCache: PairCache;
  ctx: QaContext;
  checks: readonly GatedPairCheck[];
}

function checkRow(row: ParagraphPair, run: RowRun): BlockFinding[] {
  const out: BlockFinding[] = [];
  if (row.target.length === 0) return out;
  const { input, mtSentences, pairCache, ctx, checks } = run;
  const source = rowSide(row.source, (b) => run.sourceSplits[b]);
  const target = rowSide(row.target, (b) => run.targetSplits.of(b));
  // What linkRowSentences does (Gale–Church over the sentences' alignment lengths), lengths computed once.
  const beads = galeChurch(source.lengths, target.lengths);
  const segments: number[] = [];
  for (const bead of beads) {
    if (bead.target.length === 0) continue;
    const src = beadText(source, bead.source, input.source);
    segments.length = 0;
    const tgt = beadText(target, bead.target, input.target, segments);
    let findings = pairCache.get(src, tgt);
    if (!findings) {
      const pair = { source: src, target: tgt };
      findings = [];
      for (const c of checks) {
        const found = c.run(pair, ctx);
        for (let f = 0; f < found.length; f++) findings.push(found[f]!);
      }
      pairCache.set(src, tgt, findings);
    }
    for (const f of findings) {
      const mapped = toBlock(f, segments);
      if (mapped) out.push(mapped);
    }
    if (mtSentences) {
      for (const k of bead.target) {
        const block = target.blocks[k]!;
        const s = target.sentences[k]!;
        const paragraph = input.target[block]!;
        if (mtSentences.paragraphUnchanged(paragraph) || mtSentences.sentenceUnchanged(s.text, input.target, run.targetSplits)) {
          out.push(atBlock(unchangedFinding(s.start, s.end), block, 0, s.end, false));
        }
      }
    }
  }
  return out;
}

function runTextChecks(text: string, ctx: QaContext, checks: readonly TextCheck[]): QaFinding[] {
  return checks.flatMap((c) => c.run(text, ctx));
}

/**
 * Checks `input`. With `previous` (the result of an earlier call on the same
 * article), only what changed is re-checked; `changed` may name the target
 * paragraphs that changed (otherwise they are found by comparing texts).
 */
export function runQa(input: QaArticle, previous?: QaResult, changed?: ReadonlySet<number>): QaResult {
  const prev = previous && sameSetup(previous.state.input, input) ? previous.state : null;
  const n = input.target.length;

  const sourceSplits = prev?.sourceSplits ?? input.source.map((text) => split(text, input.sourceLang));
  const mtSentences = prev?.mtSentences ?? (input.mt ? new MtIndex(input.mt, input.targetLang) : null);
  const pairCache = prev?.pairCache ?? new PairCache();

  // Rows: kept while the paragraph count is unchanged (as the desk does).
  const keepRows = prev !== null && prev.input.target.length === n && previous!.rows.length > 0;
  const rows = keepRows ? (previous!.rows as ParagraphPair[]) : alignParagraphs(input.source, input.target, input.sourceLang, input.targetLang);
  let rowOfBlock: number[];
  if (keepRows) rowOfBlock = prev!.rowOfBlock;
  else {
    rowOfBlock = new Array<number>(n).fill(-1);
    rows.forEach((row, r) => row.target.forEach((b) => (rowOfBlock[b] = r)));
  }

  const dirty = new Array<boolean>(n).fill(!keepRows);
  if (keepRows) {
    if (changed) for (const b of changed) if (b >= 0 && b < n) dirty[b] = true;
    if (!changed) for (let b = 0; b < n; b++) dirty[b] = input.target[b] !== prev!.input.target[b];
  }

  const blockTerms = input.target.map((text, b) => (dirty[b] || !prev ? definedTermsIn(text) : prev.blockTerms[b]!));
  const termsNow = new Set(blockTerms.flat());
  const termsSame = previous !== undefined && prev !== null && sameSet(termsNow, previous.definedTerms);
  const definedTerms = termsSame ? previous!.definedTerms : termsNow;
  // Capitals depend on the article's defined terms: when they change, every bead is re-checked.
  if (prev && !termsSame) pairCache.clear();
  const allRowsDirty = !keepRows || !termsSame;

  const ctx: QaContext = {
    sourceLang: input.sourceLang,
    targetLang: input.targetLang,
    maxSentenceWords: input.maxSentenceWords ?? DEFAULT_MAX_SENTENCE_WORDS,
    glossary: input.glossary ?? [],
    definedTerms,
  };
  const checks = checksFor(ctx);
  const run: RowRun = { input, sourceSplits, targetSplits: new TargetSplits(input.target, input.targetLang), mtSentences, pairCache, ctx, checks: checks.pair };

  const textFindings = input.target.map((text, b) =>
    dirty[b] || !prev || !keepRows ? runTextChecks(text, ctx, checks.text) : prev.textFindings[b]!,
  );

  const dirtyRows = new Array<boolean>(rows.length).fill(allRowsDirty);
  if (!allRowsDirty) for (let b = 0; b < n; b++) if (dirty[b] && rowOfBlock[b]! >= 0) dirtyRows[rowOfBlock[b]!] = true;
  const rowFindings = rows.map((row, r) => (dirtyRows[r] ? checkRow(row, run) : prev!.rowFindings[r]!));

  // Assemble per paragraph: text findings, then the row's pair findings for that paragraph.
  const perBlock: BlockFinding[][] = textFindings.map((fs, block) => fs.map((f) => atBlock(f, block, 0, f.end, true)));
  for (const fs of rowFindings) for (const f of fs) perBlock[f.block]!.push(f);
  const findings: BlockFinding[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const fs of perBlock) {
    fs.sort((a, b) => a.start - b.start || a.end - b.end);
    for (const f of fs) {
      findings.push(f);
      counts[f.severity]++;
    }
  }

  return {
    findings,
    counts,
    rows,
    definedTerms,
    state: { input, sourceSplits, mtSentences, rowOfBlock, rowFindings, textFindings, blockTerms, pairCache },
  };
}
