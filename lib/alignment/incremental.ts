/**
 * Alignment for the editor, where the original is fixed and the translation
 * changes with every keystroke. Paragraph alignment is cheap (a DP over a few
 * hundred numbers) and runs on every call unless the caller pins the rows;
 * splitting and aligning the sentences of each row is memoised by the row's
 * texts, so an edit recomputes only the row it touched.
 */
import { alignParagraphs, type ParagraphPair } from "./paragraphs";
import { alignSentenceLists, type SentencePair } from "./sentence-alignment";
import { splitSentences, type Sentence } from "./sentences";

/** A sentence of a row; `start`/`end` are offsets into the paragraph it belongs to. */
export type RowSentence = Sentence & {
  /** Which of the row's paragraphs on this side holds it: an index into the row's `source` or `target` (not a document index). */
  part: number;
};

export type AlignedRow = ParagraphPair & {
  /** The same array (by reference) for as long as the row's texts are unchanged. */
  sentences: SentencePair<RowSentence>[];
};

export type AlignmentCacheOptions = {
  sourceLang: string;
  targetLang: string;
  /** Rows remembered, least recently used evicted first. Default 2,000. */
  maxEntries?: number;
};

export type AlignmentCacheStats = { hits: number; misses: number; size: number };

const DEFAULT_MAX_ENTRIES = 2_000;

/**
 * Memoised sentence alignment of a fixed original against a changing translation.
 *
 * @example
 *   const cache = new AlignmentCache(sourceParagraphs, { sourceLang: "zh", targetLang: "en" });
 *   const rows = cache.align(targetParagraphs); // after each edit
 */
export class AlignmentCache {
  private readonly entries = new Map<string, SentencePair<RowSentence>[]>();
  private readonly maxEntries: number;
  private hits = 0;
  private misses = 0;

  constructor(
    private readonly sourceParagraphs: readonly string[],
    private readonly options: AlignmentCacheOptions,
  ) {
    this.maxEntries = Math.max(1, options.maxEntries ?? DEFAULT_MAX_ENTRIES);
  }

  /**
   * Rows of the current translation with their sentence alignment. `rows`
   * pins the paragraph alignment (e.g. so rows do not jump while typing);
   * without it the paragraphs are aligned afresh.
   */
  align(targetParagraphs: readonly string[], rows?: readonly ParagraphPair[]): AlignedRow[] {
    const pairs = rows ?? alignParagraphs(this.sourceParagraphs, targetParagraphs, this.options.sourceLang, this.options.targetLang);
    return pairs.map((pair) => ({
      source: pair.source,
      target: pair.target,
      sentences: this.sentences(
        pair.source.map((i) => this.sourceParagraphs[i] ?? ""),
        pair.target.map((j) => targetParagraphs[j] ?? ""),
      ),
    }));
  }

  /** Counters since construction (or the last {@link clear}); a hit is a row served from memory. */
  get stats(): AlignmentCacheStats {
    return { hits: this.hits, misses: this.misses, size: this.entries.size };
  }

  clear(): void {
    this.entries.clear();
    this.hits = 0;
    this.misses = 0;
  }

  private sentences(sourceTexts: string[], targetTexts: string[]): SentencePair<RowSentence>[] {
    // JSON keeps the key unambiguous whatever the texts contain.
    const key = JSON.stringify([sourceTexts, targetTexts]);
    const cached = this.entries.get(key);
    if (cached) {
      this.hits++;
      // Re-inserting moves the key to the end of the Map's order: most recently used.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    this.misses++;
    const aligned = alignSentenceLists(
      rowSentences(sourceTexts, this.options.sourceLang),
      rowSentences(targetTexts, this.options.targetLang),
    );
    this.entries.set(key, aligned);
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    return aligned;
  }
}

function rowSentences(texts: readonly string[], lang: string): RowSentence[] {
  return texts.flatMap((text, part) => splitSentences(text, lang).map((s) => ({ ...s, part })));
}
