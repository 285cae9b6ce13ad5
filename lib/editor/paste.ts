/**
 * Clipboard cleaning for the editor (`editorProps.transformPastedHTML`).
 *
 * Word, Google Docs and web pages put styling cruft on the clipboard (mso-
 * styles, <o:p>, <meta>, <style>, comments, Google's
 * `<b style="font-weight:normal" id="docs-internal-guid-…">` wrapper, spans
 * whose CSS carries bold/italic). We run the same pipeline as HTML import —
 * sanitize-html allowlist, then our tree builder — and hand TipTap our own
 * canonical rendering, so a paste can only ever contain the schema's tags.
 *
 * Why sanitize-html rather than DOMParser: one implementation for import and
 * paste, testable in Node, and it understands the same Word/Docs quirks. The
 * browser cost is sanitize-html plus htmlparser2 (postcss comes along as a
 * dependency even though style parsing is off), acceptable next to TipTap.
 */
import { htmlToDoc } from "./from-import";
import { renderHtml } from "./render";

/**
 * Reduces pasted HTML to the schema's tags: p, h1–h4, ul/ol/li, blockquote,
 * strong, em, a[href] (http/https/mailto) and br. Styled spans become
 * strong/em, Word list paragraphs become real lists, blank paragraphs go.
 * Returns "" when nothing pasteable is left (e.g. only an image).
 */
export function transformPastedHTML(html: string): string {
  const doc = htmlToDoc(html);
  const only = doc.content[0];
  if (doc.content.length === 1 && only?.type === "paragraph" && !only.content?.length) return "";
  return renderHtml(doc);
}
