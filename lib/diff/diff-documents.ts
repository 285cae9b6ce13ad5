/**
 * Document diff: paragraph matching first, then a word diff inside each matched
 * pair, within a work budget (see budget.ts). Blocks are processed in reading
 * order, so when the budget runs out it is the end of a long document that
 * degrades to sentence or whole-block granularity, never the beginning.
 */
import { Budget, workBudgetFor } from "./budget";
import { blockFormatChange, markChanges } from "./format-changes";
import { matchParagraphs, type ParagraphMatching, type ParagraphPair } from "./paragraph-match";
import { diffTexts } from "./text-diff";
import type { Block, BlockDiff, DiffOptions, DiffPart, DiffSummary, DocumentDiff, FormatChange } from "./types";

type Row =
  | { kind: "pair"; pair: ParagraphPair }
  | { kind: "origin"; pair: ParagraphPair }
  | { kind: "deleted"; oldIndex: number }
  | { kind: "inserted"; newIndex: number };

/**
 * New-document order, with each old-only block (deleted, or origin of a move)
 * placed before the next block that stayed in place after it, so deletions
 * read before the insertions that replaced them.
 */
function orderRows(matching: ParagraphMatching, oldLength: number, newLength: number): Row[] {
  const byNew = new Map(matching.pairs.map((p) => [p.newIndex, p]));
  const movedByOld = new Map(matching.pairs.filter((p) => p.moved).map((p) => [p.oldIndex, p]));
  const oldOnly = [...matching.deleted, ...movedByOld.keys()].sort((a, b) => a - b);
  const inPlace = matching.pairs.filter((p) => !p.moved);
  const rows: Row[] = [];
  let nextOld = 0;
  const flushOldOnly = (limit: number): void => {
    for (; nextOld < oldOnly.length && (oldOnly[nextOld] ?? 0) < limit; nextOld++) {
      const oldIndex = oldOnly[nextOld] ?? 0;
      const moved = movedByOld.get(oldIndex);
      rows.push(moved ? { kind: "origin", pair: moved } : { kind: "deleted", oldIndex });
    }
  };
  let anchor = 0;
  for (let j = 0; j < newLength; j++) {
    while ((inPlace[anchor]?.newIndex ?? Infinity) < j) anchor++;
    flushOldOnly(inPlace[anchor]?.oldIndex ?? oldLength);
    const pair = byNew.get(j);
    rows.push(pair ? { kind: "pair", pair } : { kind: "inserted", newIndex: j });
  }
  flushOldOnly(Infinity);
  return rows;
}

function emptySummary(): DiffSummary {
  return {
    wordsInserted: 0,
    wordsDeleted: 0,
    wordsSubstituted: 0,
    paragraphsInserted: 0,
    paragraphsDeleted: 0,
    paragraphsMoved: 0,
    paragraphsChanged: 0,
    formatChanges: 0,
  };
}

type Context = { lang: string; budget: Budget; summary: DiffSummary; coarse: boolean };

function wholeText(op: DiffPart["op"], text: string): DiffPart[] {
  return text ? [{ op, text }] : [];
}

function diffPair(pair: ParagraphPair, oldBlock: Block, newBlock: Block, ctx: Context): BlockDiff {
  const text = diffTexts(oldBlock.text, newBlock.text, ctx.lang, ctx.budget);
  if (text.granularity !== "word") ctx.coarse = true;
  ctx.summary.wordsInserted += text.inserted;
  ctx.summary.wordsDeleted += text.deleted;
  ctx.summary.wordsSubstituted += text.substituted;

  const formatChanges: FormatChange[] = [];
  const blockChange = blockFormatChange(oldBlock, newBlock);
  if (blockChange) formatChanges.push(blockChange);
  formatChanges.push(...markChanges(oldBlock, newBlock, text.parts));
  ctx.summary.formatChanges += formatChanges.length;

  const textChanged = oldBlock.text !== newBlock.text;
  const kind = pair.moved ? "moved" : textChanged || formatChanges.length > 0 ? "changed" : "equal";
  if (kind === "moved") ctx.summary.paragraphsMoved++;
  if (kind === "changed") ctx.summary.paragraphsChanged++;
  return {
    kind,
    oldIndex: pair.oldIndex,
    newIndex: pair.newIndex,
    ...(pair.moved ? { movedFrom: pair.oldIndex } : {}),
    parts: text.parts,
    formatChanges,
    granularity: text.granularity,
  };
}

function diffRow(row: Row, oldDoc: readonly Block[], newDoc: readonly Block[], ctx: Context): BlockDiff | undefined {
  switch (row.kind) {
    case "pair": {
      const oldBlock = oldDoc[row.pair.oldIndex];
      const newBlock = newDoc[row.pair.newIndex];
      return oldBlock && newBlock ? diffPair(row.pair, oldBlock, newBlock, ctx) : undefined;
    }
    case "origin": {
      const oldBlock = oldDoc[row.pair.oldIndex];
      if (!oldBlock) return undefined;
      return {
        kind: "moved",
        oldIndex: row.pair.oldIndex,
        movedTo: row.pair.newIndex,
        parts: wholeText("delete", oldBlock.text),
        formatChanges: [],
        granularity: "block",
      };
    }
    case "deleted": {
      const oldBlock = oldDoc[row.oldIndex];
      if (!oldBlock) return undefined;
      ctx.summary.paragraphsDeleted++;
      ctx.summary.wordsDeleted += ctx.budget.countWords(oldBlock.text, ctx.lang);
      const parts = wholeText("delete", oldBlock.text);
      return { kind: "deleted", oldIndex: row.oldIndex, parts, formatChanges: [], granularity: "word" };
    }
    case "inserted": {
      const newBlock = newDoc[row.newIndex];
      if (!newBlock) return undefined;
      ctx.summary.paragraphsInserted++;
      ctx.summary.wordsInserted += ctx.budget.countWords(newBlock.text, ctx.lang);
      const parts = wholeText("insert", newBlock.text);
      return { kind: "inserted", newIndex: row.newIndex, parts, formatChanges: [], granularity: "word" };
    }
  }
}

const totalChars = (doc: readonly Block[]): number => doc.reduce((sum, b) => sum + b.text.length, 0);

/**
 * Diffs two documents block by block. Never throws on content; its running
 * time is bounded by the work budget plus linear work (see budget.ts), and its
 * result depends on the inputs alone.
 */
export function diffDocuments(oldDoc: readonly Block[], newDoc: readonly Block[], options: DiffOptions): DocumentDiff {
  const budget = new Budget(Math.max(1, options.workBudget ?? workBudgetFor(totalChars(oldDoc), totalChars(newDoc))));
  const matching = matchParagraphs(
    oldDoc.map((b) => b.text),
    newDoc.map((b) => b.text),
    { maxWork: budget.matchAllowance() },
  );
  budget.charge(matching.work);
  const ctx: Context = { lang: options.lang, budget, summary: emptySummary(), coarse: !matching.complete };
  const blocks: BlockDiff[] = [];
  for (const row of orderRows(matching, oldDoc.length, newDoc.length)) {
    const entry = diffRow(row, oldDoc, newDoc, ctx);
    if (entry) blocks.push(entry);
  }
  return { blocks, summary: ctx.summary, coarse: ctx.coarse || budget.estimated };
}
