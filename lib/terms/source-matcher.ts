/**
 * Source side of the termbase: every source term of a termbase (for one
 * language pair) in one Aho–Corasick automaton, built once; `find` returns
 * the terms of a text in one pass, longest match first and non-overlapping,
 * left to right (lib/terms/automaton.ts has the normalization and the word
 * boundary rules).
 */
import { TermAutomaton } from "./automaton";
import type { Concept } from "./types";

export interface SourceMatch {
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  /** Index into the matcher's `concepts`. */
  conceptIndex: number;
  /** Index into that concept's `sourceTerms`. */
  termIndex: number;
}

export interface SourceMatcher {
  readonly concepts: readonly Concept[];
  find(text: string): SourceMatch[];
}

/**
 * Builds the matcher over `concepts` (already filtered to one language pair:
 * see conceptsForPair). When several concepts share a source term, a span
 * is reported once per concept.
 */
export function buildSourceMatcher(concepts: readonly Concept[]): SourceMatcher {
  const owners: { conceptIndex: number; termIndex: number }[] = [];
  const terms: { text: string; caseSensitive: boolean }[] = [];
  concepts.forEach((concept, conceptIndex) =>
    concept.sourceTerms.forEach((term, termIndex) => {
      owners.push({ conceptIndex, termIndex });
      terms.push(term);
    }),
  );
  const automaton = new TermAutomaton(terms);
  return {
    concepts,
    find(text) {
      const out: SourceMatch[] = [];
      let last = "";
      for (const m of automaton.find(text)) {
        const owner = owners[m.term]!;
        // Two source terms of one concept cannot both cover one span twice, but equal terms listed twice could.
        const key = `${m.start}:${owner.conceptIndex}`;
        if (key === last) continue;
        last = key;
        out.push({ start: m.start, end: m.end, conceptIndex: owner.conceptIndex, termIndex: owner.termIndex });
      }
      return out;
    },
  };
}
