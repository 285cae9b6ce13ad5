/**
 * Time budget of one diffDocuments call. The budget is split into phases so a
 * late expensive paragraph degrades the paragraphs after it instead of blocking:
 *
 *   0 ─ 30% paragraph matching
 *   0 ─ 65% word-level diffs (each paragraph gets at most 25% of the budget);
 *           words of inserted/deleted blocks counted exactly
 *  65 ─ 80% sentence-level diffs
 *  80%  ─   whole-block replacement; words counted by a linear-time estimate
 *
 * The last 20% is headroom for the work that cannot be skipped (building the
 * rows, linear in the input): with the default 150 ms, pathological 1 MB
 * inputs finish under 200 ms (see scripts/bench-diff.ts).
 */
import { countWords, estimateWordCount } from "./tokenize";

/** Above this, counting words exactly (Intl.Segmenter for CJK) is too slow to risk. */
const EXACT_COUNT_MAX_CHARS = 20_000;

export class Budget {
  readonly matchDeadline: number;
  private readonly wordDeadline: number;
  private readonly sentenceDeadline: number;
  private readonly perBlockMs: number;
  /** Set once any word count had to be estimated. */
  estimated = false;

  constructor(
    private readonly clock: () => number,
    budgetMs: number,
  ) {
    const start = clock();
    this.matchDeadline = start + budgetMs * 0.3;
    this.wordDeadline = start + budgetMs * 0.65;
    this.sentenceDeadline = start + budgetMs * 0.8;
    this.perBlockMs = budgetMs * 0.25;
  }

  /** Whole milliseconds jsdiff may spend on one paragraph at word level (< 1: skip). */
  wordMs(): number {
    return Math.floor(Math.min(this.perBlockMs, this.wordDeadline - this.clock()));
  }

  /** Whole milliseconds jsdiff may spend on one paragraph at sentence level (< 1: skip). */
  sentenceMs(): number {
    return Math.floor(Math.min(this.perBlockMs, this.sentenceDeadline - this.clock()));
  }

  /** Non-whitespace token count: exact while affordable, estimated after. */
  countWords(text: string, lang: string): number {
    if (text.length <= EXACT_COUNT_MAX_CHARS && this.clock() < this.wordDeadline) return countWords(text, lang);
    this.estimated = true;
    return estimateWordCount(text);
  }
}
