/**
 * The second kind of check (over a whole target paragraph, no source needed)
 * and the gate that says whether a check applies to a language pair. The
 * shared, frozen types are in ./types.ts.
 */
import type { PairCheck, QaContext, QaFinding } from "./types";

/** A check over one target paragraph's text; offsets refer to that text. */
export interface TextCheck {
  id: string;
  /** False when the check means nothing for this language pair (default: applies). */
  appliesTo?(ctx: QaContext): boolean;
  run(text: string, ctx: QaContext): QaFinding[];
}

/** A pair check that may declare the language pairs it applies to. */
export interface GatedPairCheck extends PairCheck {
  appliesTo?(ctx: QaContext): boolean;
}
