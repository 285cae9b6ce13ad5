/** Helpers for the checks' unit tests. */
import type { TextCheck } from "../check-types";
import type { GlossaryEntry, PairCheck, QaContext, QaFinding } from "../types";

export function ctxOf(over: Partial<QaContext> = {}): QaContext {
  return { sourceLang: "zh", targetLang: "en", maxSentenceWords: 35, glossary: [], definedTerms: new Set(), ...over };
}

/** The flagged text of each finding. */
export const spans = (text: string, findings: QaFinding[]) => findings.map((f) => text.slice(f.start, f.end));

/** Applies every finding's fix, right to left. */
export function applyFixes(text: string, findings: QaFinding[]): string {
  let out = text;
  for (const f of [...findings].filter((f) => f.fix).sort((a, b) => b.fix!.start - a.fix!.start)) {
    out = out.slice(0, f.fix!.start) + f.fix!.replacement + out.slice(f.fix!.end);
  }
  return out;
}

export const runText = (check: TextCheck, text: string, ctx = ctxOf()) => check.run(text, ctx);
export const runPair = (check: PairCheck, target: string, source = "", ctx = ctxOf()) => check.run({ source, target }, ctx);
export const withGlossary = (glossary: GlossaryEntry[]) => ctxOf({ glossary });
