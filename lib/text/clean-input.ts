/**
 * Hygiene for short text people type: titles, metadata, comments, user
 * names. Pure. Applied in the zod schemas of those inputs (see
 * {@link cleanString}), so every entry point stores the same cleaned text.
 *
 * What is removed, and why:
 * - C0 control characters except tab and newline (U+0000–U+001F): they are
 *   invisible, PostgreSQL text cannot hold U+0000, and feeds/XML cannot carry
 *   most of them. A carriage return ends a line: CRLF and lone CR become LF
 *   first (browsers send textarea newlines as CRLF).
 * - Lone surrogates (U+D800–U+DFFF without their pair): not characters, and
 *   not encodable as UTF-8, so every export would write U+FFFD for them.
 *
 * Invisible but meaningful characters (zero-width joiners in emoji and Indic
 * scripts, ZWNJ in Persian) are kept; only a title that has nothing BUT such
 * characters is refused ({@link hasVisibleText}).
 */
import { z } from "zod";

// eslint-disable-next-line no-control-regex
const C0_EXCEPT_TAB_LF = /[\u0000-\u0008\u000B-\u001F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// White space, controls, and the default-ignorable code points: zero-width
// space/joiners, word joiner, BOM, soft hyphen, bidi marks and isolates,
// variation selectors, Hangul fillers, tag characters.
const INVISIBLE = /[\p{White_Space}\p{Cc}\p{Default_Ignorable_Code_Point}]/gu;

/** `value` without C0 controls (tab and newline kept, CR as newline) and lone surrogates. */
export function cleanInputText(value: string): string {
  return value.replace(/\r\n?/g, "\n").replace(C0_EXCEPT_TAB_LF, "").replace(LONE_SURROGATE, "");
}

/** True when `value` has at least one character that is not white space or invisible. */
export function hasVisibleText(value: string): boolean {
  return value.replace(INVISIBLE, "").length > 0;
}

/**
 * A zod string that is cleaned ({@link cleanInputText}) before any later
 * check, so `.trim().min(1).max(n)` chained on it see the stored text.
 */
export function cleanString(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).overwrite(cleanInputText);
}

/** Refinement for titles: empty is `required` (checked before), nothing visible is `no_visible_text`. */
export const visibleTitle = [(value: string) => value === "" || hasVisibleText(value), { error: "no_visible_text" }] as const;
