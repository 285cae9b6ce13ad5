/**
 * Formatting-only changes between two matched blocks: the block's own type and
 * attributes, and marks (bold, italic, links...) on text both sides share.
 * Marks are compared character by character over the equal parts of the text
 * diff, so "bold added to 'Reuters'" is found even when words around it changed.
 */
import type { Block, BlockFormatChange, DiffPart, MarkFormatChange, MarkSpan } from "./types";

/** JSON-like value → canonical string (object keys sorted), for equality tests. */
export function stableKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableKey).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableKey(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}

function isEmpty(attrs: Record<string, unknown> | undefined): boolean {
  if (attrs === undefined) return true;
  for (const key in attrs) if (attrs[key] !== undefined) return false;
  return true;
}

export function blockFormatChange(oldBlock: Block, newBlock: Block): BlockFormatChange | undefined {
  // Most blocks are attribute-less paragraphs: skip serializing them.
  if (oldBlock.type === newBlock.type && isEmpty(oldBlock.attrs) && isEmpty(newBlock.attrs)) return undefined;
  const before = { type: oldBlock.type, attrs: oldBlock.attrs ?? {} };
  const after = { type: newBlock.type, attrs: newBlock.attrs ?? {} };
  if (before.type === after.type && stableKey(before.attrs) === stableKey(after.attrs)) return undefined;
  return { kind: "block", before, after };
}

/** A stretch where one mark type is present with one set of attributes. */
type Coverage = { from: number; to: number; key: string; attrs: Record<string, unknown> };

/** Same-type spans flattened to sorted, non-overlapping coverage (first span wins overlaps). */
function coverageByType(marks: readonly MarkSpan[] | undefined): Map<string, Coverage[]> {
  const byType = new Map<string, MarkSpan[]>();
  for (const mark of marks ?? []) {
    if (mark.to <= mark.from) continue;
    const list = byType.get(mark.type);
    if (list) list.push(mark);
    else byType.set(mark.type, [mark]);
  }
  const result = new Map<string, Coverage[]>();
  for (const [type, spans] of byType) {
    spans.sort((a, b) => a.from - b.from);
    const coverage: Coverage[] = [];
    let covered = -Infinity;
    for (const span of spans) {
      const from = Math.max(span.from, covered);
      if (span.to <= from) continue;
      const attrs = span.attrs ?? {};
      const key = stableKey(attrs);
      const last = coverage[coverage.length - 1];
      if (last && last.to === from && last.key === key) last.to = span.to;
      else coverage.push({ from, to: span.to, key, attrs });
      covered = Math.max(covered, span.to);
    }
    result.set(type, coverage);
  }
  return result;
}

/** Stretches of text equal on both sides: old [oldFrom, +length) = new [newFrom, +length). */
type Aligned = { oldFrom: number; newFrom: number; length: number };

function alignedRanges(parts: readonly DiffPart[]): Aligned[] {
  const ranges: Aligned[] = [];
  let oldPos = 0;
  let newPos = 0;
  for (const part of parts) {
    const length = part.text.length;
    if (part.op === "equal") ranges.push({ oldFrom: oldPos, newFrom: newPos, length });
    if (part.op !== "insert") oldPos += length;
    if (part.op !== "delete") newPos += length;
  }
  return ranges;
}

/** Coverage pieces overlapping [from, from + length), shifted to range-local offsets. */
function clip(coverage: readonly Coverage[], cursor: { at: number }, from: number, length: number): Coverage[] {
  while (cursor.at < coverage.length && (coverage[cursor.at]?.to ?? 0) <= from) cursor.at++;
  const pieces: Coverage[] = [];
  for (let k = cursor.at; k < coverage.length; k++) {
    const c = coverage[k];
    if (!c || c.from >= from + length) break;
    pieces.push({ ...c, from: Math.max(c.from, from) - from, to: Math.min(c.to, from + length) - from });
  }
  return pieces;
}

/** The piece covering `pos`; pieces are sorted and `cursor` only moves forward. */
function stateAt(pieces: readonly Coverage[], cursor: { at: number }, pos: number): Coverage | undefined {
  while (cursor.at < pieces.length && (pieces[cursor.at]?.to ?? 0) <= pos) cursor.at++;
  const piece = pieces[cursor.at];
  return piece && piece.from <= pos ? piece : undefined;
}

function markChangesInRange(
  markType: string,
  oldPieces: Coverage[],
  newPieces: Coverage[],
  range: Aligned,
  newText: string,
  out: MarkFormatChange[],
): void {
  const cuts = new Set([0, range.length]);
  for (const p of [...oldPieces, ...newPieces]) cuts.add(p.from).add(p.to);
  const sorted = [...cuts].sort((a, b) => a - b);
  let open: MarkFormatChange | undefined;
  const oldCursor = { at: 0 };
  const newCursor = { at: 0 };
  for (let k = 0; k + 1 < sorted.length; k++) {
    const from = sorted[k] ?? 0;
    const to = sorted[k + 1] ?? 0;
    const before = stateAt(oldPieces, oldCursor, from);
    const after = stateAt(newPieces, newCursor, from);
    if (before?.key === after?.key) {
      open = undefined;
      continue;
    }
    const change = !before ? "added" : !after ? "removed" : "changed";
    const sameAsOpen =
      open !== undefined &&
      open.change === change &&
      open.newTo === range.newFrom + from &&
      stableKey(open.beforeAttrs) === stableKey(before?.attrs) &&
      stableKey(open.afterAttrs) === stableKey(after?.attrs);
    if (open && sameAsOpen) {
      open.oldTo = range.oldFrom + to;
      open.newTo = range.newFrom + to;
      open.text = newText.slice(open.newFrom, open.newTo);
      continue;
    }
    open = {
      kind: "mark",
      change,
      markType,
      text: newText.slice(range.newFrom + from, range.newFrom + to),
      oldFrom: range.oldFrom + from,
      oldTo: range.oldFrom + to,
      newFrom: range.newFrom + from,
      newTo: range.newFrom + to,
      ...(before ? { beforeAttrs: before.attrs } : {}),
      ...(after ? { afterAttrs: after.attrs } : {}),
    };
    out.push(open);
  }
}

/** Mark changes on the text that `parts` (a diff of the two blocks' texts) marks as equal. */
export function markChanges(oldBlock: Block, newBlock: Block, parts: readonly DiffPart[]): MarkFormatChange[] {
  if (!oldBlock.marks?.length && !newBlock.marks?.length) return [];
  const oldCoverage = coverageByType(oldBlock.marks);
  const newCoverage = coverageByType(newBlock.marks);
  const types = new Set([...oldCoverage.keys(), ...newCoverage.keys()]);
  const ranges = alignedRanges(parts);
  const out: MarkFormatChange[] = [];
  for (const type of [...types].sort()) {
    const oldSpans = oldCoverage.get(type) ?? [];
    const newSpans = newCoverage.get(type) ?? [];
    const oldCursor = { at: 0 };
    const newCursor = { at: 0 };
    for (const range of ranges) {
      const oldPieces = clip(oldSpans, oldCursor, range.oldFrom, range.length);
      const newPieces = clip(newSpans, newCursor, range.newFrom, range.length);
      if (oldPieces.length === 0 && newPieces.length === 0) continue;
      markChangesInRange(type, oldPieces, newPieces, range, newBlock.text, out);
    }
  }
  return out;
}
