/**
 * Runs every QA check over an article: the original's and the translation's
 * paragraphs are aligned into rows exactly as the desk aligns them
 * (`alignParagraphs`, then `blockSentences` + `linkRowSentences` inside each
 * row), each sentence bead is checked as a pair, each target paragraph as a
 * text, and findings come back with offsets into their target paragraph.
 *
 * Re-checking is incremental: given the previous result, only the rows
 * holding changed paragraphs are re-aligned, and inside them only beads whose
 * (source, target) text changed are re-checked (a per-text cache). Rows are
 * kept while the number of paragraphs is unchanged, as the desk keeps them.
 */
import { alignParagraphs, splitSentences, type ParagraphPair } from "@/lib/alignment";
import { blockSentences, linkRowSentences, type RowSentence } from "@/lib/articles/row-sentences";
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

/**
 * The MT's texts for "unchanged" findings. A paragraph equal to an MT paragraph is
 * unchanged as a whole; the MT's sentences are split only when an edited paragraph needs them.
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
  unchanged(paragraph: string, sentence: string): boolean {
    if (this.blocks.has(paragraph)) return true;
    this.sentences ??= new Set(this.mt.flatMap((text) => splitSentences(text, this.lang).map((s) => s.text)));
    return this.sentences.has(sentence);
  }
}

interface QaState {
  input: QaArticle;
  sourceSentences: RowSentence[][];
  mtSentences: MtIndex | null;
  rowOfBlock: number[];
  rowFindings: BlockFinding[][];
  textFindings: QaFinding[][];
  blockTerms: string[][];
  pairCache: Map<string, QaFinding[]>;
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

type Segment = { block: number; blockStart: number; pairStart: number; pairEnd: number };

/**
 * The text of a bead's sentences: one slice of each paragraph they lie in
 * (so the spacing between sentences is the real one), paragraphs joined by
 * a line break.
 */
function joinSentences(sentences: readonly RowSentence[], texts: readonly string[]): { text: string; segments: Segment[] } {
  let text = "";
  const segments: Segment[] = [];
  let i = 0;
  while (i < sentences.length) {
    const first = sentences[i]!;
    let last = first;
    while (i + 1 < sentences.length && sentences[i + 1]!.block === first.block) last = sentences[++i]!;
    i++;
    if (text) text += "\n";
    const slice = texts[first.block]!.slice(first.start, last.end);
    segments.push({ block: first.block, blockStart: first.start, pairStart: text.length, pairEnd: text.length + slice.length });
    text += slice;
  }
  return { text, segments };
}

/** A finding of `block` at offsets shifted by `shift`; built field by field (no spread, no delete: both are slow in V8). */
function atBlock(f: QaFinding, block: number, shift: number, end: number, keepFix: boolean): BlockFinding {
  const out: BlockFinding = { check: f.check, severity: f.severity, start: f.start + shift, end: end + shift, message: f.message, block };
  if (f.fix && keepFix) out.fix = { start: f.fix.start + shift, end: f.fix.end + shift, replacement: f.fix.replacement };
  return out;
}

function toBlock(f: QaFinding, segments: readonly Segment[]): BlockFinding | null {
  for (const seg of segments) {
    if (f.start < seg.pairStart || f.start > seg.pairEnd) continue;
    const keepFix = f.fix !== undefined && f.fix.start >= seg.pairStart && f.fix.end <= seg.pairEnd;
    return atBlock(f, seg.block, seg.blockStart - seg.pairStart, Math.min(f.end, seg.pairEnd), keepFix);
  }
  return null;
}

function checkRow(
  row: ParagraphPair,
  input: QaArticle,
  state: Pick<QaState, "sourceSentences" | "mtSentences" | "pairCache">,
  ctx: QaContext,
  checks: readonly GatedPairCheck[],
): BlockFinding[] {
  const out: BlockFinding[] = [];
  if (row.target.length === 0) return out;
  const source = row.source.flatMap((b) => state.sourceSentences[b] ?? []);
  const target = blockSentences(row.target.map((index) => ({ index, text: input.target[index]! })), input.targetLang);
  const links = linkRowSentences(source, target);
  for (const bead of links.beads) {
    if (bead.target.length === 0) continue;
    const targetSentences = bead.target.map((k) => target[k]!);
    const src = joinSentences(bead.source.map((k) => source[k]!), input.source).text;
    const tgt = joinSentences(targetSentences, input.target);
    const key = `${src}\u0000${tgt.text}`;
    let findings = state.pairCache.get(key);
    if (!findings) {
      const pair = { source: src, target: tgt.text };
      findings = checks.flatMap((c) => c.run(pair, ctx));
      if (state.pairCache.size >= MAX_CACHED_PAIRS) state.pairCache.clear();
      state.pairCache.set(key, findings);
    }
    for (const f of findings) {
      const mapped = toBlock(f, tgt.segments);
      if (mapped) out.push(mapped);
    }
    if (state.mtSentences) {
      for (const s of targetSentences) {
        if (state.mtSentences.unchanged(input.target[s.block]!, s.text)) out.push(atBlock(unchangedFinding(s.start, s.end), s.block, 0, s.end, false));
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

  const sourceSentences = prev?.sourceSentences ?? input.source.map((text, index) => blockSentences([{ index, text }], input.sourceLang));
  const mtSentences = prev?.mtSentences ?? (input.mt ? new MtIndex(input.mt, input.targetLang) : null);
  const pairCache = prev?.pairCache ?? new Map<string, QaFinding[]>();

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
  const state = { sourceSentences, mtSentences, pairCache };

  const textFindings = input.target.map((text, b) =>
    dirty[b] || !prev || !keepRows ? runTextChecks(text, ctx, checks.text) : prev.textFindings[b]!,
  );

  const dirtyRows = new Array<boolean>(rows.length).fill(allRowsDirty);
  if (!allRowsDirty) for (let b = 0; b < n; b++) if (dirty[b] && rowOfBlock[b]! >= 0) dirtyRows[rowOfBlock[b]!] = true;
  const rowFindings = rows.map((row, r) => (dirtyRows[r] ? checkRow(row, input, state, ctx, checks.pair) : prev!.rowFindings[r]!));

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
    state: { input, sourceSentences, mtSentences, rowOfBlock, rowFindings, textFindings, blockTerms, pairCache },
  };
}
