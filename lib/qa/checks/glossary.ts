/**
 * The termbase hook: each glossary entry whose source term occurs in the
 * source sentence must have its target term in the translation (a warning
 * when missing); a forbidden rendering anywhere in the translation is an
 * error, fixed to the required term. Matching is case-insensitive unless
 * the entry says `caseSensitive`; target terms match whole words only.
 */
import type { GatedPairCheck } from "../check-types";
import { escapeRegExp } from "../text";
import type { GlossaryEntry, QaFinding } from "../types";

export const GLOSSARY = "glossary";

type Compiled = { source: RegExp; target: RegExp; forbidden: RegExp[] };
const compiled = new WeakMap<GlossaryEntry, Compiled>();

/** Whole-word match for Latin terms; a plain substring for terms in scripts without spaces. */
function termRegExp(term: string, caseSensitive: boolean, global: boolean): RegExp {
  const body = escapeRegExp(term.trim());
  const flags = `u${caseSensitive ? "" : "i"}${global ? "g" : ""}`;
  return /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(term)
    ? new RegExp(body, flags)
    : new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, flags);
}

function compile(entry: GlossaryEntry): Compiled {
  let c = compiled.get(entry);
  if (!c) {
    const cs = entry.caseSensitive ?? false;
    c = {
      source: termRegExp(entry.source, cs, false),
      target: termRegExp(entry.target, cs, false),
      forbidden: (entry.forbidden ?? []).filter((f) => f.trim()).map((f) => termRegExp(f, cs, true)),
    };
    compiled.set(entry, c);
  }
  return c;
}

/** The required term, capitalized like the forbidden word it replaces at a sentence start. */
function replacementFor(found: string, target: string): string {
  return /^\p{Lu}/u.test(found) && /^\p{Ll}/u.test(target) ? target[0]!.toUpperCase() + target.slice(1) : target;
}

export const glossaryCheck: GatedPairCheck = {
  id: GLOSSARY,
  run(pair, ctx) {
    const out: QaFinding[] = [];
    if (ctx.glossary.length === 0 || pair.target.trim() === "") return out;
    for (const entry of ctx.glossary) {
      if (!entry.source.trim() || !entry.target.trim()) continue;
      const c = compile(entry);
      if (c.source.test(pair.source) && !c.target.test(pair.target)) {
        out.push({
          check: GLOSSARY,
          severity: "warning",
          start: 0,
          end: pair.target.length,
          message: { key: "qa.glossary.missing", values: { source: entry.source, target: entry.target } },
        });
      }
      for (const re of c.forbidden) {
        re.lastIndex = 0;
        for (let m = re.exec(pair.target); m; m = re.exec(pair.target)) {
          out.push({
            check: GLOSSARY,
            severity: "error",
            start: m.index,
            end: m.index + m[0].length,
            message: { key: "qa.glossary.forbidden", values: { term: m[0], target: entry.target } },
            fix: { start: m.index, end: m.index + m[0].length, replacement: replacementFor(m[0], entry.target) },
          });
          if (m[0].length === 0) re.lastIndex++;
        }
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
