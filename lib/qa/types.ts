/** Shared types of the QA checks (lib/qa). Pure: no framework imports. */
export type Severity = "error" | "warning" | "info";

/** A localizable message: `key` is under "qa" in messages/<locale>.json (ICU values). */
export interface QaMessage {
  key: string;
  values?: Record<string, string | number>;
}

/** A replacement of target[start, end) by `replacement` (UTF-16 offsets into the checked text). */
export interface QaFix {
  start: number;
  end: number;
  replacement: string;
}

/** One finding: `start`/`end` are UTF-16 offsets into the checked target text. */
export interface QaFinding {
  check: string;
  severity: Severity;
  start: number;
  end: number;
  message: QaMessage;
  fix?: QaFix;
}

/** An aligned pair: a source sentence (or several) and the target sentence(s) rendering it. */
export interface SentencePair {
  source: string;
  target: string;
}

export interface GlossaryEntry {
  source: string;
  target: string;
  forbidden?: string[];
  caseSensitive?: boolean;
}

export interface QaContext {
  sourceLang: string;
  targetLang: string;
  maxSentenceWords: number;
  glossary: readonly GlossaryEntry[];
  /** Terms the article itself defines (e.g. "hereinafter referred to as the Research Institute"). */
  definedTerms: ReadonlySet<string>;
}

/** A check over one aligned pair; offsets refer to pair.target. */
export interface PairCheck {
  id: string;
  run(pair: SentencePair, ctx: QaContext): QaFinding[];
}
