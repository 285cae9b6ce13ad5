/**
 * Small document builders for lib/editor's tests; not part of the public API.
 */
import type { BlockNode, EditorDoc, EditorMark, InlineNode, LinkMark, ParagraphNode } from "./types";

/** A doc of the given blocks. */
export const doc = (...content: BlockNode[]): EditorDoc => ({ type: "doc", content });

/** A text node, with marks only when given. */
export const text = (value: string, ...marks: EditorMark[]): InlineNode =>
  marks.length > 0 ? { type: "text", text: value, marks } : { type: "text", text: value };

/** A paragraph of strings and inline nodes. */
export const p = (...content: (string | InlineNode)[]): ParagraphNode =>
  content.length > 0 ? { type: "paragraph", content: content.map((c) => (typeof c === "string" ? text(c) : c)) } : { type: "paragraph" };

/** A link mark exactly as TipTap's getJSON() writes it. */
export const link = (href: string, title: string | null = null): LinkMark => ({
  type: "link",
  attrs: { href, target: null, rel: "noopener noreferrer nofollow", class: null, title },
});

/** Bold mark. */
export const bold: EditorMark = { type: "bold" };
/** Italic mark. */
export const italic: EditorMark = { type: "italic" };
/** Hard break. */
export const br: InlineNode = { type: "hardBreak" };
