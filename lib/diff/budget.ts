/**
 * Work budget of one diffDocuments call, counted in units of work instead of
 * milliseconds so that the same two documents always diff the same way,
 * however busy the machine is. Work is counted from what the algorithms do:
 * equality tests in jsdiff's edit graph (see countedDiffArrays), characters
 * tokenized, characters and features compared in paragraph pairing, each at a
 * rate measured against the others.
 *
 * The budget is split into phases so that a late expensive paragraph degrades
 * the paragraphs after it instead of blocking:
 *
 *   0 ─ 30% paragraph matching (at most MAX_MATCH_WORK)
 *   0 ─ 65% word-level diffs (each paragraph gets at most 25% of the budget);
 *           words of inserted/deleted blocks counted exactly
 *  65 ─ 80% sentence-level diffs
 *  80%  ─   whole-block replacement; words counted by a linear-time estimate
 *
 * The total grows with the size of the documents (see workBudgetFor), so a
 * long article gets as much work per word as a short one, up to a ceiling
 * that keeps megabyte-sized inputs bounded.
 */
import { diffArrays, type ArrayChange } from "diff";
import { countUnspacedChars, countWords, estimateWordCount } from "./tokenize";

/** Above this, counting words exactly (Intl.Segmenter for CJK) is too slow to risk. */
const EXACT_COUNT_MAX_CHARS = 20_000;

/**
 * Rates in units, measured on Node 20 (one unit is about 5 ns there; only the
 * ratios matter). A comparison that fails ends a snake, i.e. marks one step to
 * a new diagonal of the edit graph, which allocates a path: it costs far more
 * than a comparison that extends a snake.
 */
const UNITS_PER_MATCH = 1;
const UNITS_PER_STEP = 25;
/** Tokenizing or counting words: regex for spaced scripts, Intl.Segmenter for unspaced ones. */
const UNITS_PER_SPACED_CHAR = 12;
const UNITS_PER_UNSPACED_CHAR = 100;
/** Estimating a word count: one pass over char codes. */
const UNITS_PER_ESTIMATED_CHAR = 1;

/** Units to tokenize `text` (or count its words exactly). */
export function tokenizeCost(text: string): number {
  const unspaced = countUnspacedChars(text);
  return UNITS_PER_SPACED_CHAR * (text.length - unspaced) + UNITS_PER_UNSPACED_CHAR * unspaced;
}

/** Budget for any pair of documents, however small. */
const BASE_WORK = 4_000_000;
/** Extra budget per character of the two documents together (a 10,000-word article rewritten by half needs ~150). */
const WORK_PER_CHAR = 150;
/** Ceiling, reached at ~35,000 words; a lightly edited 100,000-word pair needs ~32M. */
const MAX_WORK = 40_000_000;
/**
 * Paragraph matching never gets more than this: beyond it the documents are
 * reordered wholesale, and patience anchors do (see paragraph-match.ts).
 */
const MAX_MATCH_WORK = 10_000_000;

/**
 * The work budget a pair of documents gets when the caller does not set one:
 * a function of their sizes alone.
 */
export function workBudgetFor(oldChars: number, newChars: number): number {
  return Math.min(MAX_WORK, BASE_WORK + WORK_PER_CHAR * (oldChars + newChars));
}

export class Budget {
  private spent = 0;
  private readonly matchLimit: number;
  private readonly wordLimit: number;
  private readonly sentenceLimit: number;
  private readonly perBlock: number;
  /** Set once any word count had to be estimated. */
  estimated = false;

  constructor(total: number) {
    this.matchLimit = Math.min(MAX_MATCH_WORK, total * 0.3);
    this.wordLimit = total * 0.65;
    this.sentenceLimit = total * 0.8;
    this.perBlock = total * 0.25;
  }

  /** Units spent so far. */
  get used(): number {
    return this.spent;
  }

  charge(units: number): void {
    this.spent += units;
  }

  /** Units paragraph matching may spend. */
  matchAllowance(): number {
    return Math.max(0, Math.floor(this.matchLimit - this.spent));
  }

  /** Units one paragraph may spend at word level (< 1: skip). */
  wordAllowance(): number {
    return Math.floor(Math.min(this.perBlock, this.wordLimit - this.spent));
  }

  /** Units one paragraph may spend at sentence level (< 1: skip). */
  sentenceAllowance(): number {
    return Math.floor(Math.min(this.perBlock, this.sentenceLimit - this.spent));
  }

  /** Non-whitespace token count: exact while affordable, estimated after. */
  countWords(text: string, lang: string): number {
    if (text.length <= EXACT_COUNT_MAX_CHARS) {
      const cost = tokenizeCost(text);
      if (this.spent + cost <= this.wordLimit) {
        this.spent += cost;
        return countWords(text, lang);
      }
    }
    this.estimated = true;
    this.spent += UNITS_PER_ESTIMATED_CHAR * text.length;
    return estimateWordCount(text);
  }
}

/** Thrown from inside jsdiff's comparator to stop it once the work allowance is spent. */
const OUT_OF_WORK: unique symbol = Symbol("out of work");

/**
 * jsdiff's diffArrays (Myers) with its work counted from the equality tests it
 * makes (UNITS_PER_MATCH for one that extends a snake, UNITS_PER_STEP for one
 * that ends it), and the diff stops (undefined)
 * once `maxWork` units are spent or the edit script would exceed
 * `maxEditLength`. Deterministic: no clock is read.
 */
export function countedDiffArrays<T>(
  oldItems: T[],
  newItems: T[],
  options: { maxWork: number; maxEditLength: number },
): { changes: ArrayChange<T>[] | undefined; work: number } {
  let work = 0;
  const comparator = (left: T, right: T): boolean => {
    const equal = left === right;
    work += equal ? UNITS_PER_MATCH : UNITS_PER_STEP;
    if (work > options.maxWork) throw OUT_OF_WORK;
    return equal;
  };
  try {
    const changes = diffArrays(oldItems, newItems, { maxEditLength: options.maxEditLength, comparator });
    return { changes, work };
  } catch (error) {
    if (error === OUT_OF_WORK) return { changes: undefined, work: options.maxWork };
    throw error;
  }
}
