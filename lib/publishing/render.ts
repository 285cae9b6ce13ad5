/**
 * What a published version serves, rendered once at publish time from the
 * revision's editor JSON. Pure: no database, no framework.
 *
 * Contract (stable; the export routes, feeds, webhooks and the XSS corpus
 * rely on it):
 * - `renderPublication(doc)` returns the BODY only, in three forms:
 *   - `html`: an HTML fragment of the schema's tags (p, h1–h4, ul, ol, li,
 *     blockquote, a, strong, em, br), text escaped, links with
 *     rel="noopener noreferrer nofollow" and only http/https/mailto hrefs.
 *     It is produced by lib/editor's renderer and then sanitized by
 *     sanitize-html with the export allowlist (lib/editor/sanitize-policy.ts
 *     RENDER_POLICY), so even a document that skipped validation cannot
 *     inject markup, attributes or scripts;
 *   - `markdown`: CommonMark; text escaped so it never becomes syntax;
 *   - `text`: plain text, blocks separated by blank lines.
 * - `renderTitle(title)` gives the title in the same three forms (escaped).
 * - `htmlDocument(...)`, `markdownDocument(...)`, `textDocument(...)` put a
 *   title and a body together into the standalone documents the export
 *   serves for `format=html|markdown|text`.
 */
import { isAllowedHref } from "@/lib/editor/extensions";
import { renderHtml, renderMarkdown } from "@/lib/editor/render";
import { docToPlainText } from "@/lib/editor/to-text";
import type { BlockNode, EditorDoc, InlineNode } from "@/lib/editor/types";

export type RenderedBody = {
  /** Sanitized HTML fragment. */
  html: string;
  /** CommonMark, ending in a newline (empty for an empty document). */
  markdown: string;
  /** Plain text. */
  text: string;
};

/**
 * C0 control characters other than tab and newline, and DEL. They carry no
 * meaning in news copy, and XML 1.0 (the Atom feed) cannot contain them, so
 * what leaves Copydesk drops them; what is stored stays as it was received.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** `text` without control characters (see {@link CONTROL_CHARACTERS}). */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, "");
}

function safeInline(nodes: readonly InlineNode[] | undefined): InlineNode[] | undefined {
  return nodes?.map((original) => {
    const node: InlineNode = original.type === "text" ? { ...original, text: withoutControlCharacters(original.text) } : original;
    if (!node.marks?.some((mark) => mark.type === "link" && !isAllowedHref(String(mark.attrs?.href ?? "")))) return node;
    const marks = node.marks.filter((mark) => mark.type !== "link" || isAllowedHref(String(mark.attrs?.href ?? "")));
    const { marks: _dropped, ...rest } = node;
    return (marks.length ? { ...rest, marks } : rest) as InlineNode;
  });
}

function safeBlock(block: BlockNode): BlockNode {
  switch (block.type) {
    case "paragraph":
    case "heading":
      return block.content ? ({ ...block, content: safeInline(block.content) } as BlockNode) : block;
    case "blockquote":
      return { ...block, content: block.content.map(safeBlock) };
    case "bulletList":
    case "orderedList":
      return { ...block, content: block.content.map((item) => ({ ...item, content: item.content.map(safeBlock) })) } as BlockNode;
  }
}

/**
 * Renders a revision's document for publication.
 *
 * Link marks whose href is not an allowed http/https/mailto URL are dropped
 * (their text kept) before rendering. Validated documents never have them;
 * this keeps a crafted one from reaching sanitize-html's a→span transform,
 * which in sanitize-html 2.18.1 leaves a stale closing tag name behind
 * (`<a href="…">y</span>` for the next link at the same depth).
 */
export function renderPublication(doc: EditorDoc): RenderedBody {
  const safe: EditorDoc = { ...doc, content: (doc.content ?? []).map(safeBlock) };
  return { html: renderHtml(safe), markdown: renderMarkdown(safe), text: docToPlainText(safe) };
}

/** The title as a level-1 heading, escaped by the same renderers as the body. */
export function renderTitle(title: string): RenderedBody {
  const oneLine = withoutControlCharacters(title).replace(/\s+/g, " ").trim();
  const heading: EditorDoc = {
    type: "doc",
    content: oneLine ? [{ type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: oneLine }] }] : [],
  };
  return { html: renderHtml(heading), markdown: renderMarkdown(heading).trimEnd(), text: oneLine };
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * A standalone HTML5 document: charset, language, escaped <title>, the
 * title as <h1> and the sanitized body fragment. `lang` must be a
 * canonical BCP 47 tag (it is escaped anyway).
 */
export function htmlDocument(input: { title: string; lang: string; bodyHtml: string }): string {
  const title = renderTitle(input.title);
  return (
    `<!doctype html>\n<html lang="${escapeHtml(input.lang)}">\n<head>\n<meta charset="utf-8">\n` +
    `<title>${escapeHtml(title.text)}</title>\n</head>\n<body>\n<article>\n${title.html}\n${input.bodyHtml}\n</article>\n</body>\n</html>\n`
  );
}

/** "# Title", a blank line, then the body's CommonMark. */
export function markdownDocument(input: { title: string; bodyMarkdown: string }): string {
  const title = renderTitle(input.title).markdown;
  const body = input.bodyMarkdown.trimEnd();
  return [title, body].filter(Boolean).join("\n\n") + "\n";
}

/** The title, a blank line, then the body's plain text. */
export function textDocument(input: { title: string; bodyText: string }): string {
  const body = input.bodyText.trimEnd();
  return [renderTitle(input.title).text, body].filter(Boolean).join("\n\n") + "\n";
}
