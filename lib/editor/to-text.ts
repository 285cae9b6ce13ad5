/**
 * Plain-text views of editor documents: the plain-text export, the flat
 * block list that alignment and diffs work on, and word counts.
 */
import { inlineText, sameMark } from "./inline";
import type { BlockNode, EditorDoc, EditorMark, InlineNode, OrderedListType } from "./types";

/** A mark over a block's text. Offsets are UTF-16 code units, `to` exclusive. */
export interface TextBlockMark {
  from: number;
  to: number;
  type: EditorMark["type"];
  /** The link's attrs as stored; absent for bold and italic. */
  attrs?: Record<string, unknown>;
}

/**
 * One leaf text block of a document, in reading order.
 *
 * `type` says what the text is to a reader, from the innermost container:
 * - "heading": any heading (attrs `{ level }`), wherever it sits;
 * - "listItem": a paragraph in a list item (attrs `{ listType, depth }`,
 *   listType "bulletList" | "orderedList", depth 1 for a top-level list);
 *   item numbers are deliberately absent so renumbering is not a change;
 * - "blockquote": a paragraph in a quote, outside any list (attrs `{}`);
 * - "paragraph": any other paragraph (attrs `{}`).
 */
export interface TextBlock {
  type: "paragraph" | "heading" | "listItem" | "blockquote";
  attrs: Record<string, unknown>;
  /** The block's text; hard breaks are "\n". Empty for empty paragraphs. */
  text: string;
  marks: TextBlockMark[];
  /** Child indexes from the doc root to the leaf, e.g. [2, 0, 1]. */
  path: number[];
}

/** Where a leaf sits: the innermost list or quote around it. */
type Container = { kind: "blockquote" } | { kind: "list"; listType: "bulletList" | "orderedList"; depth: number };

function markSpans(content: readonly InlineNode[]): TextBlockMark[] {
  const spans: TextBlockMark[] = [];
  // Spans still growing at the current offset, so equal adjacent marks merge.
  let open: { mark: EditorMark; span: TextBlockMark }[] = [];
  let offset = 0;
  for (const node of content) {
    const length = node.type === "text" ? node.text.length : 1;
    const marks = node.marks ?? [];
    open = open.filter((o) => marks.some((m) => sameMark(m, o.mark)));
    for (const mark of marks) {
      const running = open.find((o) => sameMark(o.mark, mark));
      if (running) {
        running.span.to = offset + length;
        continue;
      }
      const span: TextBlockMark = { from: offset, to: offset + length, type: mark.type };
      if (mark.type === "link") span.attrs = { ...mark.attrs };
      spans.push(span);
      open.push({ mark, span });
    }
    offset += length;
  }
  return spans.sort((a, b) => a.from - b.from || a.to - b.to);
}

function collectBlocks(blocks: readonly BlockNode[], path: number[], container: Container | null, out: TextBlock[]): void {
  blocks.forEach((block, index) => {
    const here = [...path, index];
    switch (block.type) {
      case "paragraph":
      case "heading": {
        const content = block.content ?? [];
        const base = { text: inlineText(content), marks: markSpans(content), path: here };
        if (block.type === "heading") out.push({ type: "heading", attrs: { level: block.attrs.level }, ...base });
        else if (container?.kind === "list") out.push({ type: "listItem", attrs: { listType: container.listType, depth: container.depth }, ...base });
        else out.push({ type: container ? "blockquote" : "paragraph", attrs: {}, ...base });
        return;
      }
      case "blockquote":
        collectBlocks(block.content, here, container?.kind === "list" ? container : { kind: "blockquote" }, out);
        return;
      case "bulletList":
      case "orderedList": {
        const depth = container?.kind === "list" ? container.depth + 1 : 1;
        block.content.forEach((item, itemIndex) => {
          collectBlocks(item.content, [...here, itemIndex], { kind: "list", listType: block.type, depth }, out);
        });
        return;
      }
    }
  });
}

/**
 * Flattens a document into its leaf text blocks (paragraphs and headings,
 * including those in lists and quotes), in reading order. Every leaf is
 * listed, empty paragraphs included, so indexes map back to the document.
 * See `TextBlock` for how list and quote context is expressed.
 */
export function docToBlocks(doc: EditorDoc): TextBlock[] {
  const out: TextBlock[] = [];
  collectBlocks(doc.content, [], null, out);
  return out;
}

/** Texts of `docToBlocks(doc)`, index for index (empty paragraphs included). */
export function docParagraphTexts(doc: EditorDoc): string[] {
  return docToBlocks(doc).map((block) => block.text);
}

const ROMAN: [number, string][] = [
  [1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"],
  [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"],
];

/** The visible number of an ordered list item, as a browser would draw it. */
export function listItemNumber(n: number, type: OrderedListType | null | undefined): string {
  if (type === "a" || type === "A") {
    if (n < 1) return String(n);
    let s = "";
    for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
    return type === "A" ? s.toUpperCase() : s;
  }
  if ((type === "i" || type === "I") && n >= 1 && n < 4000) {
    let s = "";
    let k = n;
    for (const [value, numeral] of ROMAN) {
      for (; k >= value; k -= value) s += numeral;
    }
    return type === "I" ? s.toUpperCase() : s;
  }
  return String(n);
}

const indent = (text: string, prefix: string): string =>
  text
    .split("\n")
    .map((line) => (line === "" ? line : prefix + line))
    .join("\n");

/** Plain text of blocks; `null` for blocks with no text. */
function blockToText(block: BlockNode): string | null {
  switch (block.type) {
    case "paragraph":
    case "heading": {
      const text = inlineText(block.content);
      return text.trim() === "" ? null : text;
    }
    case "blockquote":
      return blocksToText(block.content, "\n\n");
    case "bulletList":
    case "orderedList": {
      const start = block.type === "orderedList" ? (block.attrs?.start ?? 1) : 1;
      const listType = block.type === "orderedList" ? block.attrs?.type : undefined;
      const items = block.content.map((item, i) => {
        const marker = block.type === "bulletList" ? "- " : `${listItemNumber(start + i, listType)}. `;
        const body = blocksToText(item.content, "\n") ?? "";
        if (body === "") return marker.trimEnd();
        // Continuation lines align under the item's text.
        return marker + indent(body, " ".repeat(marker.length)).slice(marker.length);
      });
      return items.join("\n");
    }
  }
}

function blocksToText(blocks: readonly BlockNode[], separator: string): string | null {
  const parts = blocks.map(blockToText).filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(separator) : null;
}

/**
 * Plain-text rendering for export: blocks separated by a blank line, hard
 * breaks as newlines, list items one per line prefixed "- " or "1. " (or the
 * list's a./i. style), nested lists indented under their item. Quotes are
 * plain paragraphs: plain-text consumers do not understand "> ". Empty
 * paragraphs are skipped.
 */
export function docToPlainText(doc: EditorDoc): string {
  return blocksToText(doc.content, "\n\n") ?? "";
}

// Scripts written without spaces, where each character counts as a word,
// the convention of Chinese and Japanese newsrooms and translation pricing.
// U+30FC (the kana length mark "ー") is script Common but part of kana words.
const CHARACTER_WORDS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]/gu;
// Scripts without spaces whose words need a dictionary to find.
const DICTIONARY_SCRIPTS = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Counts words the way newsrooms count length, per script, so mixed text
 * (Chinese with Latin names) counts right whatever `lang` says:
 * - Han, Hiragana and Katakana characters count one word each;
 * - Thai, Lao, Khmer and Myanmar use `Intl.Segmenter` (locale `lang`);
 * - everything else (Latin, Cyrillic, Arabic, Korean…) counts
 *   whitespace-separated tokens with at least one letter or digit, so
 *   "state-of-the-art" is one word and a lone "—" is none.
 * @param lang BCP 47 tag of the text, used for segmentation where needed.
 */
export function countWords(text: string, lang: string): number {
  let count = 0;
  const rest = text.replace(CHARACTER_WORDS, () => {
    count += 1;
    return " ";
  });
  if (DICTIONARY_SCRIPTS.test(rest) && typeof Intl.Segmenter === "function") {
    let locale: string | undefined;
    try {
      locale = Intl.getCanonicalLocales(lang)[0];
    } catch {
      locale = undefined; // Malformed tag: fall back to the default locale.
    }
    for (const segment of new Intl.Segmenter(locale, { granularity: "word" }).segment(rest)) {
      if (segment.isWordLike) count += 1;
    }
    return count;
  }
  for (const token of rest.split(/\s+/)) {
    if (HAS_WORD_CHAR.test(token)) count += 1;
  }
  return count;
}
