/**
 * Unbalanced brackets (an error) and quotation marks (a warning: a quotation
 * running over several paragraphs opens in each without closing) within one
 * paragraph. Apostrophes look like single closing quotes, so ‘ ’ are not counted.
 */
import type { TextCheck } from "../check-types";
import type { QaFinding } from "../types";

export const BRACKETS = "brackets";

const OPEN: Record<string, string> = { "(": ")", "[": "]", "{": "}" };
const CLOSE: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

export const bracketsCheck: TextCheck = {
  id: BRACKETS,
  run(text) {
    const out: QaFinding[] = [];
    const stack: { mark: string; at: number }[] = [];
    const quotes: number[] = [];
    const straight: number[] = [];
    const add = (at: number, key: string, mark: string, severity: QaFinding["severity"]) =>
      out.push({ check: BRACKETS, severity, start: at, end: at + 1, message: { key: `qa.brackets.${key}`, values: { mark } } });
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // Only ( ) [ ] { } " “ ” matter; skip everything else without building a string.
      if (!(code === 0x28 || code === 0x29 || code === 0x5b || code === 0x5d || code === 0x7b || code === 0x7d || code === 0x22 || code === 0x201c || code === 0x201d)) continue;
      const c = text[i]!;
      if (OPEN[c]) stack.push({ mark: c, at: i });
      else if (CLOSE[c]) {
        const top = stack.at(-1);
        if (top && top.mark === CLOSE[c]) stack.pop();
        else add(i, "unopened", c, "error");
      } else if (c === "“") quotes.push(i);
      else if (c === "”") {
        if (quotes.length) quotes.pop();
        else add(i, "unopenedQuote", c, "warning");
      } else if (c === '"') straight.push(i);
    }
    for (const open of stack) add(open.at, "unclosed", open.mark, "error");
    for (const at of quotes) add(at, "unclosedQuote", "“", "warning");
    if (straight.length % 2 === 1) add(straight.at(-1)!, "oddQuotes", '"', "warning");
    return out.sort((a, b) => a.start - b.start);
  },
};
