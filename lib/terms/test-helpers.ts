/** Helpers for the termbase's unit tests. */
import type { Concept, TargetTerm, TermStatus } from "./types";

/** A zh → en concept: source terms, then target terms as [text, status?, caseSensitive?]. */
export function concept(
  sources: (string | [string, boolean])[],
  targets: (string | [string, TermStatus?, boolean?])[],
  over: Partial<Concept> = {},
): Concept {
  return {
    sourceLang: "zh",
    targetLang: "en",
    domain: [],
    note: null,
    sourceTerms: sources.map((s) => (typeof s === "string" ? { text: s, caseSensitive: false } : { text: s[0], caseSensitive: s[1] })),
    targetTerms: targets.map((t): TargetTerm => (typeof t === "string" ? { text: t, status: "preferred", caseSensitive: false } : { text: t[0], status: t[1] ?? "preferred", caseSensitive: t[2] ?? false })),
    ...over,
  };
}
