/**
 * A missing end mark: the source sentence ends with 。！？ (or . ! ?) and
 * its translation ends with none of . ! ? … . The fix adds the mark the
 * source uses: inside closing quotes, after a closing bracket.
 */
import type { GatedPairCheck } from "../check-types";
import type { QaFinding } from "../types";

export const END_MARK = "end-mark";

const SOURCE_ENDS: Record<string, string> = { "。": ".", "！": "!", "？": "?", ".": ".", "!": "!", "?": "?", "．": "." };
const TARGET_ENDS = new Set([".", "!", "?", "…", "。", "！", "？"]);
const QUOTES = new Set([..." \t\n\u00a0\u3000\"'”’」』"]);
const CLOSERS = new Set([...QUOTES, "）", ")", "]"]);

/** Index of the last character not in `skip` (-1 if none): a backwards scan, no regex. */
function lastIndexNotIn(text: string, skip: ReadonlySet<string>): number {
  let i = text.length - 1;
  while (i >= 0 && skip.has(text[i]!)) i--;
  return i;
}

function lastMark(text: string): { at: number; char: string } | null {
  const at = lastIndexNotIn(text, CLOSERS);
  return at >= 0 ? { at, char: text[at]! } : null;
}

export const endMarkCheck: GatedPairCheck = {
  id: END_MARK,
  run(pair) {
    const source = lastMark(pair.source);
    const mark = source ? SOURCE_ENDS[source.char] : undefined;
    if (!mark) return [];
    const target = lastMark(pair.target);
    if (!target || TARGET_ENDS.has(target.char)) return [];
    // A period goes inside closing quotes but after a closing bracket: "(photo)."
    const at = lastIndexNotIn(pair.target, QUOTES) + 1;
    const finding: QaFinding = {
      check: END_MARK,
      severity: "warning",
      start: target.at,
      end: target.at + 1,
      message: { key: "qa.endMark.missing", values: { mark } },
      fix: { start: at, end: at, replacement: mark },
    };
    return [finding];
  },
};
