/**
 * Every QA check, in the order findings are reported. Pair checks see an
 * aligned (source, target) sentence pair; text checks a whole target paragraph.
 */
import type { GatedPairCheck, TextCheck } from "./check-types";
import { bracketsCheck } from "./checks/brackets";
import { capitalsCheck } from "./checks/capitals";
import { cjkCheck } from "./checks/cjk";
import { datesCheck } from "./checks/dates";
import { endMarkCheck } from "./checks/end-mark";
import { glossaryCheck } from "./checks/glossary";
import { lengthCheck } from "./checks/length";
import { numbersCheck } from "./checks/numbers";
import { repeatedWordsCheck } from "./checks/repeated-words";
import { spacingCheck } from "./checks/spacing";
import type { QaContext } from "./types";

export const PAIR_CHECKS: readonly GatedPairCheck[] = [
  capitalsCheck,
  repeatedWordsCheck,
  endMarkCheck,
  lengthCheck,
  glossaryCheck,
  numbersCheck,
  datesCheck,
];

export const TEXT_CHECKS: readonly TextCheck[] = [spacingCheck, cjkCheck, bracketsCheck];

/** The checks that apply to the context's language pair. */
export function checksFor(ctx: QaContext): { pair: GatedPairCheck[]; text: TextCheck[] } {
  return {
    pair: PAIR_CHECKS.filter((c) => c.appliesTo?.(ctx) ?? true),
    text: TEXT_CHECKS.filter((c) => c.appliesTo?.(ctx) ?? true),
  };
}
