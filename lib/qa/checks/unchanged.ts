/**
 * "Unchanged from the MT": a sentence that is still exactly a sentence of
 * the machine translation. Information for the editor, never counted
 * against the text. The runner decides (it holds the MT's sentences).
 */
import type { QaFinding } from "../types";

export const UNCHANGED = "unchanged";

export function unchangedFinding(start: number, end: number): QaFinding {
  return { check: UNCHANGED, severity: "info", start, end, message: { key: "qa.unchanged.sentence" } };
}
