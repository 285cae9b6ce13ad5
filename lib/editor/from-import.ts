/**
 * Converts imported article bodies (plain text or simple HTML) into editor
 * JSON. The output always satisfies `validateEditorDoc`'s structure rules;
 * only its size can exceed MAX_DOC_BYTES for huge inputs, so callers that
 * store it should still validate.
 */
import sanitizeHtml from "sanitize-html";
import { buildDocFromSanitizedHtml } from "./html-builder";
import { stripControlChars } from "./inline";
import { INTAKE_POLICY } from "./sanitize-policy";
import type { EditorDoc, InlineNode, ParagraphNode } from "./types";

/** Format of an imported body. */
export type ImportFormat = "html" | "text";

// An opening or closing tag of an element that carries article structure.
// Bare "<" and ">" (maths, quotes of code) in plain text do not match.
const HTML_TAG =
  /<\/?(?:!doctype|html|body|p|div|br|h[1-6]|ul|ol|li|blockquote|a|b|strong|i|em|span|table|section|article|font)(?:\s[^<>]*)?\/?>/i;

/**
 * Guesses whether an imported body is HTML or plain text: HTML when it holds
 * at least one tag of a structural or inline-formatting element.
 */
export function detectFormat(body: string): ImportFormat {
  return HTML_TAG.test(body) ? "html" : "text";
}

// Han, kana and CJK punctuation: scripts written without spaces between words.
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF]/u;

/**
 * Joins the lines of one plain-text paragraph. A single newline is almost
 * always hard wrapping (wire copy, e-mail), not an intended line break, so
 * lines are joined with a space — except between characters of scripts that
 * use no spaces (Chinese, Japanese), where a space would be a visible error.
 */
function joinLines(lines: readonly string[]): string {
  let text = "";
  for (const line of lines) {
    if (line === "") continue;
    const before = text.at(-1) ?? "";
    const after = line[0] ?? "";
    const glue = text === "" || NO_SPACE_SCRIPT.test(before) || NO_SPACE_SCRIPT.test(after) ? "" : " ";
    text += glue + line;
  }
  return text;
}

/**
 * Converts plain text to a document.
 *
 * - CRLF and CR become LF; control characters and a BOM are removed.
 * - Paragraphs are separated by one or more blank (or whitespace-only) lines.
 * - Single newlines inside a paragraph are joined: with a space, or with
 *   nothing between Chinese/Japanese characters (see `joinLines`). We do not
 *   emit hard breaks: in imported copy they are wrapping artefacts.
 * - Lines are trimmed; tabs become spaces. Empty input gives one empty paragraph.
 */
export function plainTextToDoc(text: string): EditorDoc {
  const normalized = stripControlChars(text.replace(/\r\n?/g, "\n").replace(/\t/g, " "));
  const paragraphs: ParagraphNode[] = [];
  for (const chunk of normalized.split(/\n[^\S\n]*\n/)) {
    const joined = joinLines(chunk.split("\n").map((line) => line.trim()));
    if (joined === "") continue;
    const content: InlineNode[] = [{ type: "text", text: joined }];
    paragraphs.push({ type: "paragraph", content });
  }
  return { type: "doc", content: paragraphs.length > 0 ? paragraphs : [{ type: "paragraph" }] };
}

/**
 * Converts imported HTML to a document. The HTML is first reduced by
 * sanitize-html to the schema's tags (p, h1–h6 with h5/h6 → level 4, ul, ol,
 * li, blockquote, a[href] with http/https/mailto only, strong/b, em/i, br);
 * other elements are unwrapped, and the contents of script, style, svg,
 * iframe and similar are dropped. Word and Google Docs styling (bold/italic
 * spans, Word list paragraphs) is understood. Blank paragraphs are dropped.
 */
export function htmlToDoc(html: string): EditorDoc {
  return buildDocFromSanitizedHtml(sanitizeHtml(html, INTAKE_POLICY));
}
