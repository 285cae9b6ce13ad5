/**
 * Diff of one matched pair of block texts, at the finest granularity the budget
 * allows: words, else sentences, else the whole changed middle.
 *
 * The common prefix and suffix are cut off first (snapped to token boundaries),
 * so a one-word edit in a megabyte-long paragraph only tokenizes a few words.
 */
import { countedDiffArrays, type Budget } from "./budget";
import { normalizeParts } from "./parts";
import { splitSentences } from "./sentences";
import type { DiffPart, Granularity } from "./types";
import { addCounts, pairedCounts, wordDiff, type Middle, type TextDiff, type WordCounts } from "./word-diff";

export type { TextDiff } from "./word-diff";

const SENTENCE_MAX_EDITS = 1_000;
/** Work units per character split into sentences (see budget.ts). */
const UNITS_PER_SPLIT_CHAR = 2;

// Whitespace and CJK punctuation never sit inside a token, so cutting next to
// them tokenizes the rest exactly as the whole string would be.
function isSeparator(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x3000 && code <= 0x3003) ||
    (code >= 0x3008 && code <= 0x3011) ||
    (code >= 0xff01 && code <= 0xff0f && code !== 0xff0e) ||
    (code >= 0xff1a && code <= 0xff1f)
  );
}

function isBoundary(text: string, pos: number): boolean {
  return pos === 0 || pos === text.length || isSeparator(text.charCodeAt(pos - 1)) || isSeparator(text.charCodeAt(pos));
}

function commonAffixes(a: string, b: string): { prefix: number; suffix: number } {
  const max = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  while (prefix > 0 && !(isBoundary(a, prefix) && isBoundary(b, prefix))) prefix--;
  let suffix = 0;
  while (suffix < max - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  while (suffix > 0 && !(isBoundary(a, a.length - suffix) && isBoundary(b, b.length - suffix))) suffix--;
  return { prefix, suffix };
}

/** Parts and counts from change runs whose values are text pieces (sentences, blocks). */
function coarseResult(runs: { op: DiffPart["op"]; text: string }[], m: Middle, granularity: Granularity): TextDiff {
  const counts: WordCounts = { inserted: 0, deleted: 0, substituted: 0 };
  let deleted = 0;
  let inserted = 0;
  const settle = (): void => {
    addCounts(counts, pairedCounts(deleted, inserted));
    deleted = 0;
    inserted = 0;
  };
  for (const run of runs) {
    if (run.op === "equal") settle();
    else if (run.op === "delete") deleted += m.budget.countWords(run.text, m.lang);
    else inserted += m.budget.countWords(run.text, m.lang);
  }
  settle();
  return { parts: runs, granularity, ...counts };
}

function sentenceLevel(m: Middle): TextDiff | undefined {
  // Splitting is one regex pass (see budget.ts for the rate).
  const cost = UNITS_PER_SPLIT_CHAR * (m.oldText.length + m.newText.length);
  if (m.budget.sentenceAllowance() < cost) return undefined;
  m.budget.charge(cost);
  const oldSentences = splitSentences(m.oldText);
  const newSentences = splitSentences(m.newText);
  const maxWork = m.budget.sentenceAllowance();
  if (maxWork < 1) return undefined;
  const { changes, work } = countedDiffArrays(oldSentences, newSentences, { maxWork, maxEditLength: SENTENCE_MAX_EDITS });
  m.budget.charge(work);
  if (!changes) return undefined;
  const runs = changes.map((c) => ({
    op: c.added ? ("insert" as const) : c.removed ? ("delete" as const) : ("equal" as const),
    text: c.value.join(""),
  }));
  return coarseResult(runs, m, "sentence");
}

function blockLevel(m: Middle): TextDiff {
  return coarseResult(
    [
      { op: "delete", text: m.oldText },
      { op: "insert", text: m.newText },
    ],
    m,
    "block",
  );
}

/** Diffs two texts within the budget; parts spell both texts exactly. */
export function diffTexts(oldText: string, newText: string, lang: string, budget: Budget): TextDiff {
  if (oldText === newText) {
    return { parts: oldText ? [{ op: "equal", text: oldText }] : [], granularity: "word", inserted: 0, deleted: 0, substituted: 0 };
  }
  const { prefix, suffix } = commonAffixes(oldText, newText);
  const middle: Middle = {
    oldText: oldText.slice(prefix, oldText.length - suffix),
    newText: newText.slice(prefix, newText.length - suffix),
    lang,
    budget,
  };
  const result = wordDiff(middle) ?? sentenceLevel(middle) ?? blockLevel(middle);
  const parts = normalizeParts([
    { op: "equal", text: oldText.slice(0, prefix) },
    ...result.parts,
    { op: "equal", text: oldText.slice(oldText.length - suffix) },
  ]);
  return { ...result, parts };
}
