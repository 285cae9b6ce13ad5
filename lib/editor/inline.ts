/**
 * Helpers for inline content (text runs, hard breaks, marks) shared by the
 * importers, the paste cleaner and the renderers. Internal to lib/editor.
 */
import type { EditorMark, EditorMarkType, InlineNode, TextNode } from "./types";

/**
 * Mark order of the ProseMirror schema (link has priority 1000, so it comes
 * first). Emitting marks in this order makes our JSON identical to what the
 * editor saves; a test pins it to `editorSchema()`.
 */
export const MARK_ORDER: readonly EditorMarkType[] = ["link", "bold", "italic"];

/** Marks sorted into schema order. */
export function sortMarks(marks: readonly EditorMark[]): EditorMark[] {
  return [...marks].sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type));
}

/** Same type and, for links, the same attributes. */
export function sameMark(a: EditorMark, b: EditorMark): boolean {
  if (a.type !== b.type) return false;
  if (a.type !== "link" || b.type !== "link") return true;
  const x = a.attrs;
  const y = b.attrs;
  return (
    x.href === y.href &&
    (x.target ?? null) === (y.target ?? null) &&
    (x.rel ?? null) === (y.rel ?? null) &&
    (x.class ?? null) === (y.class ?? null) &&
    (x.title ?? null) === (y.title ?? null)
  );
}

/** Whether two mark sets hold the same marks (in any order). */
export function sameMarks(a: readonly EditorMark[] = [], b: readonly EditorMark[] = []): boolean {
  return a.length === b.length && a.every((mark) => b.some((other) => sameMark(mark, other)));
}

// C0/C1 controls other than tab and newline never belong in article text and
// some (NUL) break downstream tools; U+FEFF is a stray byte-order mark.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF]/g;

/** Removes control characters that must never reach stored text. */
export function stripControlChars(text: string): string {
  return text.replace(CONTROL_CHARS, "");
}

// HTML's collapsible whitespace: not NBSP, which authors use on purpose
// (French « guillemets », "10 000").
const HTML_SPACE = /[ \t\n\r\f]+/g;

// Whitespace, NBSP and zero-width characters: content that looks empty.
const BLANK = /^[\s\u200B-\u200D\u2060]*$/;

/**
 * Canonical inline content from raw HTML text runs: whitespace collapsed as a
 * browser would, no spaces at line edges, no hard breaks at the edges, no
 * empty text, adjacent runs with equal marks merged. Returns [] when nothing
 * visible is left, so blank paragraphs (Word's `<p>&nbsp;</p>`) disappear.
 */
export function normalizeInline(nodes: readonly InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  let atLineStart = true;
  let lastWasSpace = false;
  for (const node of nodes) {
    if (node.type === "hardBreak") {
      trimTrailingSpace(out);
      if (out.length > 0) out.push(node);
      atLineStart = true;
      lastWasSpace = false;
      continue;
    }
    let text = stripControlChars(node.text).replace(HTML_SPACE, " ");
    if ((atLineStart || lastWasSpace) && text.startsWith(" ")) text = text.slice(1);
    if (text === "") continue;
    atLineStart = false;
    lastWasSpace = text.endsWith(" ");
    const previous = out[out.length - 1];
    if (previous?.type === "text" && sameMarks(previous.marks, node.marks)) {
      out[out.length - 1] = { ...previous, text: previous.text + text };
    } else {
      out.push({ ...node, text });
    }
  }
  trimTrailingSpace(out);
  while (out[out.length - 1]?.type === "hardBreak") {
    out.pop();
    trimTrailingSpace(out);
  }
  const visible = out.some((node) => node.type === "text" && !BLANK.test(node.text));
  return visible ? out : [];
}

function trimTrailingSpace(out: InlineNode[]): void {
  const last = out[out.length - 1];
  if (last?.type !== "text" || !last.text.endsWith(" ")) return;
  const text = last.text.slice(0, -1);
  if (text === "") out.pop();
  else out[out.length - 1] = { ...last, text } satisfies TextNode;
}

/** Plain text of inline content; hard breaks become "\n". */
export function inlineText(nodes: readonly InlineNode[] = []): string {
  return nodes.map((node) => (node.type === "text" ? node.text : "\n")).join("");
}

/** A piece of inline content with marks turned into nesting. */
export type InlinePiece =
  | { kind: "text"; text: string }
  | { kind: "break" }
  | { kind: "mark"; mark: EditorMark; children: InlinePiece[] };

type MarkPiece = Extract<InlinePiece, { kind: "mark" }>;

/**
 * Nests inline content by marks for serializers that need balanced tags.
 * Marks already open stay open as long as the next node still has them, so
 * "**a [b](u)**" is one bold element around a link, not two bold ones.
 */
export function inlineTree(content: readonly InlineNode[] = []): InlinePiece[] {
  const root: InlinePiece[] = [];
  const open: MarkPiece[] = [];
  const target = () => open[open.length - 1]?.children ?? root;
  for (const node of content) {
    const marks = sortMarks(node.marks ?? []);
    let keep = 0;
    for (const piece of open) {
      if (!marks.some((mark) => sameMark(mark, piece.mark))) break;
      keep += 1;
    }
    open.length = keep;
    for (const mark of marks) {
      if (open.some((piece) => sameMark(piece.mark, mark))) continue;
      const piece: MarkPiece = { kind: "mark", mark, children: [] };
      target().push(piece);
      open.push(piece);
    }
    target().push(node.type === "text" ? { kind: "text", text: node.text } : { kind: "break" });
  }
  return root;
}
