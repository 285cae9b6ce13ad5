/**
 * A revision's QA findings for the read-only pages (revision view, review
 * page), computed on the server with the desk's runner: the same top-level
 * paragraphs the desk aligns, the same checks, the same dismissal matching.
 */
import type { EditorDoc } from "@/lib/editor/validate";
import { topLevelTexts } from "./check-document";
import { locateFindings, matchDismissals, type QaDismissalView } from "./dismissals";
import { runQa } from "./run";
import type { QaMessage, Severity } from "./types";

export type ReadOnlyFinding = {
  check: string;
  severity: Severity;
  message: QaMessage;
  spanText: string;
  sentence: string;
  dismissal: QaDismissalView | null;
};

/** The findings of `target` (a revision's body) against the original `source`, dismissals matched. */
export function revisionFindings(input: {
  source: EditorDoc;
  target: EditorDoc;
  sourceLang: string;
  targetLang: string;
  dismissals?: readonly QaDismissalView[];
}): ReadOnlyFinding[] {
  const article = { sourceLang: input.sourceLang, targetLang: input.targetLang, source: topLevelTexts(input.source), target: topLevelTexts(input.target) };
  const { findings, pairs } = locateFindings(article, runQa(article));
  const matched = matchDismissals(findings, pairs, input.dismissals ?? []);
  return findings.map((f, i) => ({
    check: f.check,
    severity: f.severity,
    message: f.message,
    spanText: f.spanText,
    sentence: pairs[f.sentence]?.target ?? "",
    dismissal: matched[i] ?? null,
  }));
}
