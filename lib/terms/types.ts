/**
 * The termbase's shapes (pure: no framework imports) and the language-pair
 * helpers every termbase module shares.
 *
 * A concept belongs to one language pair (source → target, BCP 47 tags). Its
 * source terms are what the matcher looks for in the original; its target
 * terms say how the translation must (preferred, admitted) or must not
 * (forbidden) render it.
 *
 * Language matching: a concept's tag matches a text's tag when the primary
 * language subtags are equal and, when BOTH tags name a script, the scripts
 * are equal. Regions and variants are ignored. So a "zh" concept applies to
 * zh, zh-CN, zh-Hans-CN and zh-Hant-TW texts; a "zh-Hans" concept applies to
 * zh, zh-CN and zh-Hans-CN but not to zh-Hant-TW; "en-GB" terms apply to an
 * "en-US" translation. A script is not inferred from a region (zh-TW has
 * no explicit script, so it matches zh-Hans): inferring would make a plain
 * "zh" termbase stop applying to half of its texts.
 */

export type TermStatus = "preferred" | "admitted" | "forbidden";
export const TERM_STATUSES: readonly TermStatus[] = ["preferred", "admitted", "forbidden"];

export interface SourceTerm {
  text: string;
  caseSensitive: boolean;
}

export interface TargetTerm {
  text: string;
  status: TermStatus;
  caseSensitive: boolean;
  note?: string | null;
}

export interface Concept {
  /** Stable id of the concept (the database id, or the id in an imported file). */
  id?: string;
  /** BCP 47 tags. */
  sourceLang: string;
  targetLang: string;
  /** Domain / tags, e.g. ["places", "institutions"]. */
  domain: string[];
  note: string | null;
  sourceTerms: SourceTerm[];
  targetTerms: TargetTerm[];
}

/** A problem found in an imported file: `key` is a full message key ("terms.csv.unknownStatus"). */
export interface TermbaseProblem {
  line: number;
  /** 1-based column (CSV field number, XML character column) when known. */
  column?: number;
  key: string;
  values?: Record<string, string | number>;
}

/** An import's outcome: everything or nothing. Warnings report what was read but cannot be represented. */
export type ImportResult =
  | { ok: true; concepts: Concept[]; warnings: TermbaseProblem[] }
  | { ok: false; problems: TermbaseProblem[] };

/** The canonical form of a BCP 47 tag ("zh-hans-cn" → "zh-Hans-CN"), or null when it is not well-formed. */
export function canonicalLang(tag: string): string | null {
  const t = tag.trim();
  // Intl accepts "root" and private-use-only tags; a language pair needs a language.
  if (!/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(t)) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(t);
    return canonical ?? null;
  } catch {
    return null;
  }
}

/** Primary language and script (when given) of a tag: "zh-Hans-CN" → { language: "zh", script: "Hans" }. */
export function langParts(tag: string): { language: string; script: string | null } {
  const parts = tag.trim().split(/[-_]/);
  const language = (parts[0] ?? "").toLowerCase();
  const second = parts[1];
  const script = second && /^[A-Za-z]{4}$/.test(second) ? second[0]!.toUpperCase() + second.slice(1).toLowerCase() : null;
  return { language, script };
}

/** True when a concept tagged `termLang` applies to a text tagged `textLang` (see the header). */
export function langMatches(termLang: string, textLang: string): boolean {
  const a = langParts(termLang);
  const b = langParts(textLang);
  if (!a.language || a.language !== b.language) return false;
  return a.script === null || b.script === null || a.script === b.script;
}

/** True when `concept` belongs to the pair sourceLang → targetLang. */
export function conceptInPair(concept: Pick<Concept, "sourceLang" | "targetLang">, sourceLang: string, targetLang: string): boolean {
  return langMatches(concept.sourceLang, sourceLang) && langMatches(concept.targetLang, targetLang);
}

/** The concepts of one pair, in their order. */
export function conceptsForPair<C extends Pick<Concept, "sourceLang" | "targetLang">>(concepts: readonly C[], sourceLang: string, targetLang: string): C[] {
  return concepts.filter((c) => conceptInPair(c, sourceLang, targetLang));
}

/** Parses a CLI pair "zh-en" or "zh-Hans:en-GB" into its two tags, or null. */
export function parsePair(pair: string): { sourceLang: string; targetLang: string } | null {
  const colon = pair.split(":");
  let parts: string[];
  if (colon.length === 2) parts = colon;
  else {
    // "zh-en": two primary subtags; longer tags need the colon form.
    const dash = pair.split("-");
    if (dash.length !== 2) return null;
    parts = dash;
  }
  const sourceLang = canonicalLang(parts[0]!);
  const targetLang = canonicalLang(parts[1]!);
  return sourceLang && targetLang ? { sourceLang, targetLang } : null;
}

/** The first preferred target term, else the first admitted one (what a fix inserts). */
export function preferredTerm(concept: Pick<Concept, "targetTerms">): TargetTerm | undefined {
  return concept.targetTerms.find((t) => t.status === "preferred") ?? concept.targetTerms.find((t) => t.status === "admitted");
}

/** UTF-16 code-unit order (not locale order): the same on every machine, for deterministic exports. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
