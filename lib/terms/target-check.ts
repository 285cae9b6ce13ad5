/**
 * Target side of the termbase and its QA check.
 *
 * For the concepts found in a source sentence, the translation must hold a
 * preferred or admitted target term (case-insensitive unless the term says
 * otherwise; whole words). An English inflection of such a term (plural,
 * -ed, -ing, possessive) counts, but is reported as advice (info). When none
 * is there, a warning names the preferred term.
 *
 * A forbidden target term is an error wherever it appears in the sentence,
 * whether or not its concept's source term is in the source (as the
 * glossary check does), with a one-click fix to the preferred term. It is
 * not flagged inside a longer term the termbase knows ("Science City"
 * forbidden, "Western (Chongqing) Science City" preferred): the target side
 * is matched leftmost-longest, like the source side.
 */
import type { GatedPairCheck } from "@/lib/qa/check-types";
import type { GlossaryEntry, QaContext, QaFinding } from "@/lib/qa/types";
import { TermAutomaton } from "./automaton";
import { buildSourceMatcher, type SourceMatcher } from "./source-matcher";
import { conceptsForPair, langMatches, preferredTerm, type Concept, type TargetTerm } from "./types";

export const TERMBASE = "termbase";

export interface TargetMatch {
  start: number;
  end: number;
  conceptIndex: number;
  termIndex: number;
  /** An inflected form of the term ("zones", "zone's"). */
  inflected: boolean;
  /** The ending after the term's own text ("" when exact), null when the inflection rewrites it (city → cities). */
  ending: string | null;
}

/** A termbase ready for one language pair: both automata built once. */
export interface TermbaseMatcher {
  readonly sourceLang: string;
  readonly targetLang: string;
  /** The pair's concepts; every index refers to this list. */
  readonly concepts: readonly Concept[];
  readonly source: SourceMatcher;
  findTarget(text: string): TargetMatch[];
}

/**
 * Builds the matcher for `sourceLang → targetLang` over the concepts of that
 * pair (others are left out; see langMatches in ./types).
 */
export function buildTermbaseMatcher(concepts: readonly Concept[], sourceLang: string, targetLang: string): TermbaseMatcher {
  const pairConcepts = conceptsForPair(concepts, sourceLang, targetLang);
  const owners: { conceptIndex: number; termIndex: number }[] = [];
  const terms: { text: string; caseSensitive: boolean }[] = [];
  pairConcepts.forEach((concept, conceptIndex) =>
    concept.targetTerms.forEach((term, termIndex) => {
      owners.push({ conceptIndex, termIndex });
      terms.push(term);
    }),
  );
  const target = new TermAutomaton(terms, { inflections: !isCjk(targetLang) });
  return {
    sourceLang,
    targetLang,
    concepts: pairConcepts,
    source: buildSourceMatcher(pairConcepts),
    findTarget(text) {
      return target.find(text).map((m) => ({ start: m.start, end: m.end, ...owners[m.term]!, inflected: m.inflected, ending: m.ending }));
    },
  };
}

function isCjk(lang: string): boolean {
  return ["zh", "ja", "ko", "yue", "wuu", "lzh"].some((l) => langMatches(l, lang));
}

/** One target term alone, for a term hidden inside a longer match of another concept. */
const single = new WeakMap<TargetTerm, TermAutomaton>();
function findAlone(term: TargetTerm, text: string, inflections: boolean) {
  let a = single.get(term);
  if (!a) {
    a = new TermAutomaton([term], { inflections });
    single.set(term, a);
  }
  return a.find(text)[0];
}

const SENTENCE_END = /[.!?。！？\n]/;
const OPENERS = /[\s"'“‘(（\[«]/;
function atSentenceStart(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i]!;
    if (SENTENCE_END.test(c)) return true;
    if (!OPENERS.test(c)) return false;
  }
  return true;
}

/** The replacement, capitalized like the found text when that opens a sentence. */
function replacementFor(text: string, start: number, found: string, replacement: string): string {
  if (/^\p{Lu}/u.test(found) && /^\p{Ll}/u.test(replacement) && atSentenceStart(text, start)) {
    return replacement[0]!.toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

/**
 * The findings for `target`, the translation of a source sentence in which
 * `found` (indexes into matcher.concepts, from matcher.source.find) were
 * found. Offsets refer to `target`.
 */
export function checkTargetTerms(
  found: readonly { conceptIndex: number; start?: number; end?: number }[],
  source: string,
  target: string,
  matcher: TermbaseMatcher,
): QaFinding[] {
  const out: QaFinding[] = [];
  if (target.trim() === "") return out;
  const matches = matcher.findTarget(target);
  const inSource = new Map<number, string>();
  for (const f of found) {
    if (!inSource.has(f.conceptIndex)) {
      inSource.set(f.conceptIndex, f.start !== undefined && f.end !== undefined ? source.slice(f.start, f.end) : (matcher.concepts[f.conceptIndex]?.sourceTerms[0]?.text ?? ""));
    }
  }
  const inflections = !isCjk(matcher.targetLang);

  for (const [conceptIndex, sourceText] of inSource) {
    const concept = matcher.concepts[conceptIndex]!;
    const want = preferredTerm(concept);
    if (!want) continue;
    const rendered = matches.filter((m) => m.conceptIndex === conceptIndex && concept.targetTerms[m.termIndex]!.status !== "forbidden");
    if (rendered.some((m) => !m.inflected)) continue;
    let inflected = rendered[0];
    if (!inflected) {
      // Hidden inside a longer term the target side matched first: look for each allowed term alone.
      let alone: (TargetMatch & { exact: boolean }) | undefined;
      concept.targetTerms.forEach((term, termIndex) => {
        if (term.status === "forbidden" || (alone && alone.exact)) return;
        const m = findAlone(term, target, inflections);
        if (m && (!alone || !m.inflected)) alone = { start: m.start, end: m.end, conceptIndex, termIndex, inflected: m.inflected, ending: m.ending, exact: !m.inflected };
      });
      if (alone?.exact) continue;
      inflected = alone;
    }
    if (inflected) {
      const term = concept.targetTerms[inflected.termIndex]!;
      out.push({
        check: TERMBASE,
        severity: "info",
        start: inflected.start,
        end: inflected.end,
        message: { key: "terms.inflected", values: { found: target.slice(inflected.start, inflected.end), term: term.text } },
      });
      continue;
    }
    out.push({
      check: TERMBASE,
      severity: "warning",
      start: 0,
      end: target.length,
      message: { key: "terms.missing", values: { source: sourceText, target: want.text } },
    });
  }

  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    const concept = matcher.concepts[m.conceptIndex]!;
    if (concept.targetTerms[m.termIndex]!.status !== "forbidden") continue;
    // The same text allowed for a concept of this sentence's source is not forbidden here.
    const allowedHere = matches.some(
      (o) => o.start === m.start && o.end === m.end && inSource.has(o.conceptIndex) && matcher.concepts[o.conceptIndex]!.targetTerms[o.termIndex]!.status !== "forbidden",
    );
    if (allowedHere) continue;
    const foundText = target.slice(m.start, m.end);
    const want = preferredTerm(concept);
    if (!want) {
      out.push({ check: TERMBASE, severity: "error", start: m.start, end: m.end, message: { key: "terms.forbiddenNoAlternative", values: { term: foundText } } });
      continue;
    }
    const finding: QaFinding = {
      check: TERMBASE,
      severity: "error",
      start: m.start,
      end: m.end,
      message: { key: "terms.forbidden", values: { term: foundText, target: want.text } },
    };
    if (m.ending !== null) finding.fix = { start: m.start, end: m.end, replacement: replacementFor(target, m.start, foundText, want.text + m.ending) };
    out.push(finding);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The findings of one aligned pair: source terms found in one pass, then the target checked. */
export function checkPair(pair: { source: string; target: string }, matcher: TermbaseMatcher): QaFinding[] {
  if (matcher.concepts.length === 0 || pair.target.trim() === "") return [];
  return checkTargetTerms(matcher.source.find(pair.source), pair.source, pair.target, matcher);
}

/** The QA check over a prebuilt matcher (applies when the context's pair is the matcher's). */
export function makeTermbaseCheck(matcher: TermbaseMatcher): GatedPairCheck {
  return {
    id: TERMBASE,
    appliesTo: (ctx) => matcher.concepts.length > 0 && langMatches(matcher.sourceLang, ctx.sourceLang) && langMatches(matcher.targetLang, ctx.targetLang),
    run: (pair) => checkPair(pair, matcher),
  };
}

/** A QA context that may carry the stored termbase's matcher for the article's pair. */
export interface TermbaseContext extends QaContext {
  termbase?: TermbaseMatcher;
}

/** The glossary's entries as concepts of the context's pair: the glossary is checked by the same code as the termbase. */
export function conceptsFromGlossary(glossary: readonly GlossaryEntry[], sourceLang: string, targetLang: string): Concept[] {
  const out: Concept[] = [];
  for (const entry of glossary) {
    if (!entry.source.trim() || !entry.target.trim()) continue;
    const caseSensitive = entry.caseSensitive ?? false;
    out.push({
      sourceLang,
      targetLang,
      domain: [],
      note: null,
      sourceTerms: [{ text: entry.source.trim(), caseSensitive }],
      targetTerms: [
        { text: entry.target.trim(), status: "preferred", caseSensitive },
        ...(entry.forbidden ?? []).filter((f) => f.trim()).map((f) => ({ text: f.trim(), status: "forbidden" as const, caseSensitive })),
      ],
    });
  }
  return out;
}

const NO_TERMBASE: object = {};
const combined = new WeakMap<readonly GlossaryEntry[], WeakMap<object, TermbaseMatcher>>();

/**
 * The matcher for a context: its termbase plus its glossary, built once per
 * (termbase, glossary) and kept while both objects live.
 */
export function matcherForContext(ctx: TermbaseContext): TermbaseMatcher | null {
  if (ctx.glossary.length === 0) return ctx.termbase ?? null;
  let byTermbase = combined.get(ctx.glossary);
  if (!byTermbase) {
    byTermbase = new WeakMap();
    combined.set(ctx.glossary, byTermbase);
  }
  const key = ctx.termbase ?? NO_TERMBASE;
  let m = byTermbase.get(key);
  if (!m || m.sourceLang !== ctx.sourceLang || m.targetLang !== ctx.targetLang) {
    const base = ctx.termbase?.concepts ?? [];
    m = buildTermbaseMatcher([...base, ...conceptsFromGlossary(ctx.glossary, ctx.sourceLang, ctx.targetLang)], ctx.sourceLang, ctx.targetLang);
    byTermbase.set(key, m);
  }
  return m;
}

/** The check for the registry: the context's termbase (TermbaseContext) and glossary, in one code path. */
export const termbaseCheck: GatedPairCheck = {
  id: TERMBASE,
  appliesTo: (ctx) => (ctx as TermbaseContext).termbase !== undefined || ctx.glossary.length > 0,
  run(pair, ctx) {
    const matcher = matcherForContext(ctx as TermbaseContext);
    return matcher ? checkPair(pair, matcher) : [];
  },
};
