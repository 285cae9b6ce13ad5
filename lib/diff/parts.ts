/**
 * Canonical form of a part list: adjacent parts of one op merged, each change
 * run written as one deletion then one insertion, and whitespace common to
 * both sides of a change moved out of it ("␣And" → "␣and" shows as "And" →
 * "and"). Normalizing never changes the old text (equal + delete) or the new
 * text (equal + insert) a list spells.
 */
import type { DiffPart } from "./types";

function isWhitespace(char: string | undefined): boolean {
  return char !== undefined && char.trim().length === 0;
}

function commonWhitespacePrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n] && isWhitespace(a[n])) n++;
  return n;
}

function commonWhitespaceSuffix(a: string, b: string): number {
  let n = 0;
  while (
    n < a.length &&
    n < b.length &&
    a[a.length - 1 - n] === b[b.length - 1 - n] &&
    isWhitespace(a[a.length - 1 - n])
  ) {
    n++;
  }
  return n;
}

export function normalizeParts(raw: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let deleted = "";
  let inserted = "";

  const pushEqual = (text: string): void => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last?.op === "equal") last.text += text;
    else out.push({ op: "equal", text });
  };

  const flush = (): void => {
    let trailing = "";
    if (deleted && inserted) {
      const lead = commonWhitespacePrefix(deleted, inserted);
      pushEqual(deleted.slice(0, lead));
      deleted = deleted.slice(lead);
      inserted = inserted.slice(lead);
      const trail = commonWhitespaceSuffix(deleted, inserted);
      trailing = deleted.slice(deleted.length - trail);
      deleted = deleted.slice(0, deleted.length - trail);
      inserted = inserted.slice(0, inserted.length - trail);
    }
    if (deleted) out.push({ op: "delete", text: deleted });
    if (inserted) out.push({ op: "insert", text: inserted });
    pushEqual(trailing);
    deleted = "";
    inserted = "";
  };

  for (const part of raw) {
    if (part.op === "delete") {
      deleted += part.text;
    } else if (part.op === "insert") {
      inserted += part.text;
    } else if (part.text) {
      flush();
      pushEqual(part.text);
    }
  }
  flush();
  return out;
}

/** The text a part list spells on one side. */
export function sideText(parts: readonly DiffPart[], side: "old" | "new"): string {
  const skip = side === "old" ? "insert" : "delete";
  let text = "";
  for (const part of parts) if (part.op !== skip) text += part.text;
  return text;
}
