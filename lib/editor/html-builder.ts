/**
 * Builds editor JSON from HTML that already went through INTAKE_POLICY.
 * Internal to lib/editor; use `htmlToDoc` or `transformPastedHTML`.
 *
 * Pure string → JSON (htmlparser2, no DOM) so it runs on the server and in
 * the browser alike. Real-world HTML nests blocks inside inline elements and
 * lists inside lists, so this is a forgiving walker rather than a mapping:
 * inline content accumulates until a block boundary flushes it.
 */
import { parseDocument } from "htmlparser2";
import { isAllowedHref, LINK_REL, type HeadingLevel } from "./extensions";
import { normalizeInline, sortMarks } from "./inline";
import { MAX_DOC_DEPTH } from "./limits";
import { MARKS_ATTR, WORD_LIST_ATTR, WORD_LIST_MARKER_ATTR } from "./sanitize-policy";
import type { BlockNode, BulletListNode, EditorDoc, EditorMark, InlineNode, ListItemNode, OrderedListNode, ParagraphNode } from "./types";
import { buildWordLists, type WordListItem } from "./word-lists";

type HtmlNode = ReturnType<typeof parseDocument>["children"][number];
type HtmlElement = Extract<HtmlNode, { attribs: Record<string, string> }>;

const isElement = (node: HtmlNode): node is HtmlElement => "attribs" in node;
const isText = (node: HtmlNode): node is Extract<HtmlNode, { type: "text" }> => node.type === "text";

/** Which container a builder fills; list items only get paragraphs and lists. */
type ContainerKind = "doc" | "blockquote" | "listItem";

const HEADING_TAGS: Record<string, HeadingLevel> = { h1: 1, h2: 2, h3: 3, h4: 4 };

const BOLD: EditorMark = { type: "bold" };
const ITALIC: EditorMark = { type: "italic" };

function withMark(marks: readonly EditorMark[], mark: EditorMark): EditorMark[] {
  // A nested link replaces the outer one; bold/italic are idempotent.
  return sortMarks([...marks.filter((m) => m.type !== mark.type), mark]);
}

function textContent(node: HtmlNode): string {
  if (isText(node)) return node.data;
  if ("children" in node) return node.children.map(textContent).join("");
  return "";
}

/** Accumulates the blocks of one container (doc, blockquote or list item). */
class BlockBuilder {
  readonly blocks: BlockNode[] = [];
  private inline: InlineNode[] = [];
  private textblock: { type: "paragraph" } | { type: "heading"; level: HeadingLevel } = { type: "paragraph" };

  /** @param depth node depth of the blocks this builder produces (doc children: 2). */
  constructor(
    private readonly kind: ContainerKind,
    private readonly depth: number,
  ) {}

  visitAll(nodes: readonly HtmlNode[], marks: readonly EditorMark[]): void {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      if (node === undefined) continue;
      if (isElement(node) && node.name === "p" && node.attribs[WORD_LIST_ATTR]) {
        i = this.wordList(nodes, i, marks) - 1;
        continue;
      }
      this.visit(node, marks);
    }
  }

  visit(node: HtmlNode, marks: readonly EditorMark[]): void {
    if (isText(node)) {
      // Key order as in ProseMirror's toJSON(), so stored JSON matches the editor's.
      if (node.data) this.inline.push(marks.length ? { type: "text", marks: [...marks], text: node.data } : { type: "text", text: node.data });
      return;
    }
    if (!isElement(node)) return;
    const children = node.children;
    switch (node.name) {
      case "br":
        this.inline.push({ type: "hardBreak" });
        return;
      case "strong":
        return this.visitAll(children, withMark(marks, BOLD));
      case "em":
        return this.visitAll(children, withMark(marks, ITALIC));
      case "a": {
        // Sanitizing already vetted href; checked again as this is what gets stored.
        const href = node.attribs["href"];
        return this.visitAll(children, href && isAllowedHref(href) ? withMark(marks, linkMark(href)) : marks);
      }
      case "span": {
        if (node.attribs[WORD_LIST_MARKER_ATTR] !== undefined) return; // Word's typed "1." or "·"
        const flags = node.attribs[MARKS_ATTR] ?? "";
        let next: readonly EditorMark[] = marks;
        if (flags.includes("b")) next = withMark(next, BOLD);
        if (flags.includes("i")) next = withMark(next, ITALIC);
        return this.visitAll(children, next);
      }
      case "p":
      case "h1":
      case "h2":
      case "h3":
      case "h4": {
        this.flush();
        const outer = this.textblock;
        const level = HEADING_TAGS[node.name];
        // Headings inside list items stay paragraphs: see ListItemNode.
        this.textblock = level && this.kind !== "listItem" ? { type: "heading", level } : { type: "paragraph" };
        this.visitAll(children, marks);
        this.flush();
        this.textblock = outer;
        return;
      }
      case "ul":
      case "ol": {
        this.flush();
        // Too deep to nest: keep the items' text as paragraphs instead.
        if (this.depth + 3 > MAX_DOC_DEPTH) return this.asParagraphs(children, marks);
        const list = buildList(node, marks, this.depth);
        if (list) this.blocks.push(list);
        return;
      }
      case "blockquote": {
        this.flush();
        if (this.kind === "listItem" || this.depth + 2 > MAX_DOC_DEPTH) return this.asParagraphs(children, marks);
        const inner = new BlockBuilder("blockquote", this.depth + 1);
        inner.visitAll(children, marks);
        const content = inner.finish();
        if (content.length > 0) this.blocks.push({ type: "blockquote", content });
        return;
      }
      case "div":
      case "li":
        return this.asParagraphs(children, marks);
      default:
        return this.visitAll(children, marks);
    }
  }

  /** Flattens a container into this one, keeping its block boundaries. */
  private asParagraphs(children: readonly HtmlNode[], marks: readonly EditorMark[]): void {
    this.flush();
    this.visitAll(children, marks);
    this.flush();
  }

  /** Turns collected inline content into a paragraph or heading; drops it if blank. */
  flush(): void {
    const content = normalizeInline(this.inline);
    this.inline = [];
    if (content.length === 0) return;
    const tb = this.textblock;
    this.blocks.push(tb.type === "heading" ? { type: "heading", attrs: { level: tb.level }, content } : { type: "paragraph", content });
  }

  /**
   * Consumes the run of Word list paragraphs starting at `start` and
   * rebuilds real nested lists from their mso-list levels.
   * @returns index of the first node after the run.
   */
  private wordList(nodes: readonly HtmlNode[], start: number, marks: readonly EditorMark[]): number {
    this.flush();
    const items: WordListItem[] = [];
    let end = start;
    for (let i = start; i < nodes.length; i++) {
      const node = nodes[i];
      if (node === undefined) break;
      if (isText(node) && node.data.trim() === "") continue;
      if (!isElement(node) || node.name !== "p" || !node.attribs[WORD_LIST_ATTR]) break;
      const [listId = "", level = "1"] = (node.attribs[WORD_LIST_ATTR] ?? "").split(" ");
      const marker = node.children.map(findListMarker).find((m) => m !== undefined) ?? "";
      const para = new BlockBuilder("listItem", 0);
      para.visitAll(node.children, marks);
      para.flush();
      const paragraphs = flattenToParagraphs(para.blocks);
      items.push({ listId, level: Math.min(Math.max(Number(level) || 1, 1), 6), marker: marker.trim(), paragraphs });
      end = i + 1;
    }
    if (this.depth + 3 + 2 * 6 > MAX_DOC_DEPTH) {
      for (const item of items) this.blocks.push(...item.paragraphs);
    } else {
      this.blocks.push(...buildWordLists(items));
    }
    return end;
  }

  /** The finished blocks; list items always start with a paragraph. */
  finish(): BlockNode[] {
    this.flush();
    if (this.kind === "listItem" && this.blocks[0]?.type !== "paragraph") this.blocks.unshift({ type: "paragraph" });
    return this.blocks;
  }
}

/**
 * The text of blocks as plain paragraphs, for places that only take
 * paragraphs (a Word list item) but got lists or quotes from broken HTML.
 */
function flattenToParagraphs(blocks: readonly BlockNode[]): ParagraphNode[] {
  return blocks.flatMap((block): ParagraphNode[] => {
    switch (block.type) {
      case "paragraph":
        return block.content ? [block] : [];
      case "heading":
        return block.content ? [{ type: "paragraph", content: block.content }] : [];
      case "blockquote":
        return flattenToParagraphs(block.content);
      case "bulletList":
      case "orderedList":
        return block.content.flatMap((item) => flattenToParagraphs(item.content));
    }
  });
}

function linkMark(href: string): EditorMark {
  // Same attrs, in the same order, as TipTap's getJSON() for a new link.
  return { type: "link", attrs: { href, target: null, rel: LINK_REL, class: null, title: null } };
}

function findListMarker(node: HtmlNode): string | undefined {
  if (!isElement(node)) return undefined;
  if (node.attribs[WORD_LIST_MARKER_ATTR] !== undefined) return textContent(node);
  for (const child of node.children) {
    const found = findListMarker(child);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Builds a list from `<ul>`/`<ol>`; `null` when it has no items. */
function buildList(element: HtmlElement, marks: readonly EditorMark[], depth: number): BulletListNode | OrderedListNode | null {
  const items: ListItemNode[] = [];
  let stray: HtmlNode[] = [];
  const addItem = (children: readonly HtmlNode[]) => {
    const builder = new BlockBuilder("listItem", depth + 2);
    builder.visitAll(children, marks);
    items.push({ type: "listItem", content: builder.finish() });
  };
  const flushStray = () => {
    if (stray.some((n) => !isText(n) || n.data.trim() !== "")) addItem(stray);
    stray = [];
  };
  for (const child of element.children) {
    if (isElement(child) && child.name === "li") {
      flushStray();
      addItem(child.children);
    } else if (isElement(child) && (child.name === "ul" || child.name === "ol") && depth + 5 <= MAX_DOC_DEPTH) {
      // Google Docs nests lists as siblings of items: <ul><li/><ul>…</ul></ul>.
      // (Too deep, it falls to the stray branch and becomes plain paragraphs.)
      flushStray();
      const nested = buildList(child, marks, depth + 2);
      if (!nested) continue;
      const last = items[items.length - 1];
      if (last) last.content.push(nested);
      else items.push({ type: "listItem", content: [{ type: "paragraph" }, nested] });
    } else {
      stray.push(child);
    }
  }
  flushStray();
  if (items.length === 0) return null;
  if (element.name === "ul") return { type: "bulletList", content: items };
  const start = Number.parseInt(element.attribs["start"] ?? "1", 10);
  const type = element.attribs["type"];
  const listType = type === "1" || type === "a" || type === "A" || type === "i" || type === "I" ? type : null;
  return { type: "orderedList", attrs: { start: Number.isSafeInteger(start) ? start : 1, type: listType }, content: items };
}

/**
 * Builds a document from sanitized HTML. Never returns an empty doc: a doc
 * without content gets one empty paragraph, as the editor would.
 */
export function buildDocFromSanitizedHtml(html: string): EditorDoc {
  const dom = parseDocument(html, { decodeEntities: true });
  const builder = new BlockBuilder("doc", 2);
  builder.visitAll(dom.children, []);
  const content = builder.finish();
  return { type: "doc", content: content.length > 0 ? content : [{ type: "paragraph" }] };
}
