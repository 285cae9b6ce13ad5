/**
 * Export renderers: editor JSON → HTML and → CommonMark. Pure functions with
 * no DOM, usable on the server and (for paste cleaning) in the browser.
 */
import sanitizeHtml from "sanitize-html";
import { isAllowedHref, LINK_REL } from "./extensions";
import { inlineTree, type InlinePiece } from "./inline";
import { RENDER_POLICY } from "./sanitize-policy";
import type { BlockNode, EditorDoc, InlineNode, LinkAttrs } from "./types";

// ---------------------------------------------------------------------------
// HTML

const escapeHtml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (text: string): string => escapeHtml(text).replace(/"/g, "&quot;");

function linkOpenTag(attrs: LinkAttrs): string {
  let tag = `<a href="${escapeAttr(attrs.href)}" rel="${LINK_REL}"`;
  if (attrs.target === "_blank") tag += ` target="_blank"`;
  if (attrs.title) tag += ` title="${escapeAttr(attrs.title)}"`;
  return `${tag}>`;
}

function htmlInline(pieces: readonly InlinePiece[]): string {
  return pieces
    .map((piece) => {
      if (piece.kind === "text") return escapeHtml(piece.text);
      if (piece.kind === "break") return "<br>";
      const inner = htmlInline(piece.children);
      switch (piece.mark.type) {
        case "bold":
          return `<strong>${inner}</strong>`;
        case "italic":
          return `<em>${inner}</em>`;
        case "link":
          // A link that skipped validation keeps only its text; handing it to
          // sanitize-html instead would leave a stray `</span>` (see RENDER_POLICY).
          return isAllowedHref(piece.mark.attrs.href) ? `${linkOpenTag(piece.mark.attrs)}${inner}</a>` : inner;
      }
    })
    .join("");
}

function htmlBlock(block: BlockNode): string {
  switch (block.type) {
    case "paragraph":
      return `<p>${htmlInline(inlineTree(block.content))}</p>`;
    case "heading":
      return `<h${block.attrs.level}>${htmlInline(inlineTree(block.content))}</h${block.attrs.level}>`;
    case "blockquote":
      return `<blockquote>${block.content.map(htmlBlock).join("")}</blockquote>`;
    case "bulletList":
    case "orderedList": {
      const items = block.content.map((item) => `<li>${item.content.map(htmlBlock).join("")}</li>`).join("");
      if (block.type === "bulletList") return `<ul>${items}</ul>`;
      const start = block.attrs?.start ?? 1;
      const type = block.attrs?.type;
      return `<ol${start !== 1 ? ` start="${start}"` : ""}${type ? ` type="${type}"` : ""}>${items}</ol>`;
    }
  }
}

/**
 * Renders a document as an HTML fragment: one top-level block per line,
 * text escaped, links with rel="noopener noreferrer nofollow" (target only
 * when it was "_blank"; link classes dropped). The result also goes through
 * sanitize-html with the schema allowlist, so even a document that skipped
 * validation cannot inject markup.
 */
export function renderHtml(doc: EditorDoc): string {
  const html = doc.content.map(htmlBlock).join("\n");
  return sanitizeHtml(html, RENDER_POLICY);
}

// ---------------------------------------------------------------------------
// Markdown (CommonMark)

// Characters that can start inline syntax anywhere in a line. "&" only
// matters when it would form an entity reference.
const escapeMarkdownText = (text: string): string =>
  text
    .replace(/\n/g, " ")
    .replace(/[\\`*_[\]<~]/g, "\\$&")
    .replace(/&(?=#?[a-zA-Z0-9]+;)/g, "\\&");

/**
 * Characters that start block syntax (headings, quotes, lists, setext
 * underlines, thematic breaks) at the start of a line; leading spaces are
 * dropped so they cannot make an indented code block.
 */
function escapeLineStarts(text: string): string {
  return text
    .split("\n")
    .map((line) =>
      line
        .replace(/^[ \t]+/, "")
        .replace(/^[#>+\-=]/, "\\$&")
        .replace(/^(\d{1,9})([.)])/, "$1\\$2"),
    )
    .join("\n");
}

const UNICODE_SPACE = /\s/u;
// CommonMark 0.31 counts symbols (€, ©) as punctuation, 0.30 does not; we
// only use delimiters when both readings agree.
const PUNCTUATION_030 = /[\p{P}\x21-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E]/u;
const PUNCTUATION_031 = /[\p{P}\p{S}]/u;

function flanks(inner: string, before: string, after: string, punctuation: RegExp): boolean {
  const first = inner[0] ?? "";
  const last = inner[inner.length - 1] ?? "";
  const outside = (c: string) => c === "" || UNICODE_SPACE.test(c) || punctuation.test(c);
  const opens = !UNICODE_SPACE.test(first) && (!punctuation.test(first) || outside(before));
  const closes = !UNICODE_SPACE.test(last) && (!punctuation.test(last) || outside(after));
  return opens && closes;
}

/**
 * Whether `delimiter + inner + delimiter` is read as emphasis between the
 * characters `before` and `after` ("" = line edge), by CommonMark's flanking
 * rules. A neighbouring "*" would merge into our delimiter run, so it fails.
 */
function emphasisWorks(inner: string, before: string, after: string): boolean {
  if (inner === "" || before === "*" || after === "*") return false;
  return flanks(inner, before, after, PUNCTUATION_030) && flanks(inner, before, after, PUNCTUATION_031);
}

const percentEncode = (c: string): string => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`;

/**
 * A link destination CommonMark reads as one token. Tab, CR and LF are
 * dropped and C0 controls and spaces trimmed, as a browser's URL parser
 * does; inner spaces, controls and angle brackets are percent-encoded.
 * A raw line break here would end the link and turn what follows (a title
 * holding "<img onerror=…>") into raw HTML.
 */
function linkDestination(href: string): string {
  return href
    .replace(/[\t\n\r]/g, "")
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "")
    .replace(/[\\()]/g, "\\$&")
    .replace(/[\u0000-\u0020\u007F<>]/g, percentEncode);
}

/** A link title in double quotes; "<", ">" and "&" escaped too, so it stays text even if the link did not parse. */
function linkTitle(title: string): string {
  return ` "${title.replace(/\s+/g, " ").replace(/["\\<>&]/g, "\\$&")}"`;
}

/** First character a piece will render as; "*" stands for any emphasis. */
function leadingChar(piece: InlinePiece | undefined, fallback: string): string {
  if (piece === undefined) return fallback;
  if (piece.kind === "text") return escapeMarkdownText(piece.text)[0] ?? fallback;
  if (piece.kind === "break") return "\\";
  return piece.mark.type === "link" ? "[" : "*";
}

/**
 * Renders inline pieces. `before`/`after` are the characters around them
 * ("" at the start or end of a line, which counts as whitespace).
 */
function markdownInline(pieces: readonly InlinePiece[], before: string, after: string): string {
  let out = "";
  pieces.forEach((piece, i) => {
    const prev = out === "" ? before : (out[out.length - 1] ?? "");
    const next = leadingChar(pieces[i + 1], after);
    if (piece.kind === "text") {
      const escaped = escapeMarkdownText(piece.text);
      // "!" right before a link's "[" would turn the link into an image.
      out += next === "[" && escaped.endsWith("!") ? `${escaped.slice(0, -1)}\\!` : escaped;
      return;
    }
    if (piece.kind === "break") {
      out += "\\\n";
      return;
    }
    const mark = piece.mark;
    if (mark.type === "link") {
      // A link that skipped validation keeps only its text.
      if (!isAllowedHref(mark.attrs.href)) {
        out += markdownInline(piece.children, prev, next);
        return;
      }
      const title = mark.attrs.title ? linkTitle(mark.attrs.title) : "";
      out += `[${markdownInline(piece.children, "[", "]")}](${linkDestination(mark.attrs.href)}${title})`;
      return;
    }
    // Bold exactly around italic is "***x***", which CommonMark reads fine.
    const only = piece.children.length === 1 ? piece.children[0] : undefined;
    const combined = mark.type === "bold" && only?.kind === "mark" && only.mark.type === "italic";
    const delimiter = combined ? "***" : mark.type === "bold" ? "**" : "*";
    const rendered = markdownInline(combined ? only.children : piece.children, "*", "*");
    // Spaces at the edges would break the flanking rules; move them outside.
    const inner = rendered.trim();
    const lead = rendered.slice(0, rendered.length - rendered.trimStart().length);
    const trail = rendered.slice(rendered.trimEnd().length);
    if (inner === "") {
      out += rendered;
    } else if (emphasisWorks(inner, lead ? " " : prev, trail ? " " : next)) {
      out += `${lead}${delimiter}${inner}${delimiter}${trail}`;
    } else {
      // CommonMark cannot express this emphasis (e.g. "**“quote”**后" in
      // Chinese); inline HTML can, and every CommonMark renderer allows it.
      const tag = mark.type === "bold" ? "strong" : "em";
      out += `<${tag}>${markdownInline(piece.children, ">", "<")}</${tag}>`;
    }
  });
  return out;
}

function markdownTextblock(content: readonly InlineNode[] = []): string | null {
  // A backslash break at either edge of a paragraph would print as "\".
  let first = 0;
  let end = content.length;
  while (content[first]?.type === "hardBreak") first += 1;
  while (end > first && content[end - 1]?.type === "hardBreak") end -= 1;
  const text = escapeLineStarts(markdownInline(inlineTree(content.slice(first, end)), "", "")).trimEnd();
  return text.trim() === "" ? null : text;
}

const prefixLines = (text: string, first: string, rest: string): string =>
  text
    .split("\n")
    .map((line, i) => (line === "" ? line : (i === 0 ? first : rest) + line))
    .join("\n");

/**
 * Whether a nested list may directly follow its item's paragraph line (a
 * tight list). CommonMark only lets a list interrupt a paragraph when its
 * first item is not empty and, if ordered, starts at 1; otherwise "9. b"
 * would read as more paragraph text, so a blank line is needed.
 */
function canInterruptParagraph(block: BlockNode): boolean {
  if (block.type !== "bulletList" && block.type !== "orderedList") return false;
  if (block.type === "orderedList" && (block.attrs?.start ?? 1) !== 1) return false;
  const first = block.content[0]?.content[0];
  return first?.type === "paragraph" && markdownTextblock(first.content) !== null;
}

function markdownList(block: Extract<BlockNode, { type: "bulletList" | "orderedList" }>, alternate: boolean): string {
  // Adjacent lists of the same kind would merge; a different marker
  // character starts a new list in CommonMark.
  const start = Math.min(Math.max(block.type === "orderedList" ? (block.attrs?.start ?? 1) : 1, 0), 999_999_999);
  return block.content
    .map((item, i) => {
      const marker =
        block.type === "bulletList" ? (alternate ? "* " : "- ") : `${Math.min(start + i, 999_999_999)}${alternate ? ")" : "."} `;
      const body = markdownBlocks(item.content, (next) => (canInterruptParagraph(next) ? "\n" : "\n\n"));
      if (body === "") return marker.trimEnd();
      return prefixLines(body, marker, " ".repeat(marker.length));
    })
    .join("\n");
}

function markdownBlocks(blocks: readonly BlockNode[], separator: (next: BlockNode) => string = () => "\n\n"): string {
  let out = "";
  let previous: BlockNode | null = null;
  let alternate = false;
  for (const block of blocks) {
    let rendered: string | null;
    switch (block.type) {
      case "paragraph":
        rendered = markdownTextblock(block.content);
        break;
      case "heading": {
        // ATX headings are one line: hard breaks become spaces, and a
        // trailing "#" would be read as a closing sequence.
        const content = block.content?.map((node): InlineNode => (node.type === "hardBreak" ? { type: "text", text: " ", ...(node.marks ? { marks: node.marks } : {}) } : node));
        const text = markdownTextblock(content);
        rendered = text === null ? null : `${"#".repeat(block.attrs.level)} ${text.replace(/(\s)(#+)$/, "$1\\$2")}`;
        break;
      }
      case "blockquote": {
        const inner = markdownBlocks(block.content);
        rendered = inner === "" ? null : inner.split("\n").map((line) => (line === "" ? ">" : `> ${line}`)).join("\n");
        break;
      }
      case "bulletList":
      case "orderedList":
        alternate = previous?.type === block.type ? !alternate : false;
        rendered = markdownList(block, alternate);
        break;
    }
    if (rendered === null) continue;
    out += out === "" ? rendered : separator(block) + rendered;
    previous = block;
  }
  return out;
}

/**
 * Renders a document as CommonMark: ATX headings, "-"/"1." lists (nested by
 * indentation), "> " quotes, `**bold**`, `*italic*`, `[text](href "title")`,
 * hard breaks as backslash-newline. Text is escaped so it never turns into
 * syntax; emphasis CommonMark cannot express falls back to inline
 * `<strong>`/`<em>`. Empty paragraphs are skipped.
 */
export function renderMarkdown(doc: EditorDoc): string {
  const markdown = markdownBlocks(doc.content);
  return markdown === "" ? "" : `${markdown}\n`;
}
