/**
 * TypeScript shapes of Copydesk's editor JSON, i.e. what TipTap's
 * `editor.getJSON()` produces under `editorExtensions()` and what revisions
 * store. `validate.ts` checks unknown input against exactly these shapes.
 */
import type { HeadingLevel } from "./extensions";

/** Attribute bag of node and mark types that have no attributes. */
export type NoAttrs = Record<string, never>;

/** `type` attribute values HTML allows on `<ol>`. */
export const ORDERED_LIST_TYPES = ["1", "a", "A", "i", "I"] as const;

/** Numbering style of an ordered list (`<ol type>`). */
export type OrderedListType = (typeof ORDERED_LIST_TYPES)[number];

/** Bold mark. */
export interface BoldMark {
  type: "bold";
  attrs?: NoAttrs;
}

/** Italic mark. */
export interface ItalicMark {
  type: "italic";
  attrs?: NoAttrs;
}

/**
 * Attributes of a link. TipTap always serializes all five; `title` exists in
 * TipTap's Link even though Copydesk never sets it, so stored JSON has it.
 */
export interface LinkAttrs {
  /** Absolute http, https or mailto URL. */
  href: string;
  target?: string | null;
  rel?: string | null;
  class?: string | null;
  title?: string | null;
}

/** Link mark. */
export interface LinkMark {
  type: "link";
  attrs: LinkAttrs;
}

/** Any mark of the schema. */
export type EditorMark = BoldMark | ItalicMark | LinkMark;

/** Mark type names of the schema. */
export type EditorMarkType = EditorMark["type"];

/** A run of text; never empty. */
export interface TextNode {
  type: "text";
  text: string;
  marks?: EditorMark[];
}

/** Line break inside a paragraph or heading (`<br>`). */
export interface HardBreakNode {
  type: "hardBreak";
  attrs?: NoAttrs;
  /** ProseMirror keeps the marks active where the break was typed. */
  marks?: EditorMark[];
}

/** Inline content of paragraphs and headings. */
export type InlineNode = TextNode | HardBreakNode;

/** Paragraph. */
export interface ParagraphNode {
  type: "paragraph";
  attrs?: NoAttrs;
  content?: InlineNode[];
}

/** Heading, levels 1–4. */
export interface HeadingNode {
  type: "heading";
  attrs: { level: HeadingLevel };
  content?: InlineNode[];
}

/** Attributes of an ordered list. TipTap serializes both. */
export interface OrderedListAttrs {
  start?: number;
  type?: OrderedListType | null;
}

/**
 * List item: a paragraph first, then more blocks. ProseMirror's schema (and so
 * the editor) allows any block after the first paragraph; Copydesk's own
 * importers only ever put paragraphs and lists there.
 */
export interface ListItemNode {
  type: "listItem";
  attrs?: NoAttrs;
  content: BlockNode[];
}

/** Bulleted list. */
export interface BulletListNode {
  type: "bulletList";
  attrs?: NoAttrs;
  content: ListItemNode[];
}

/** Numbered list. */
export interface OrderedListNode {
  type: "orderedList";
  attrs?: OrderedListAttrs;
  content: ListItemNode[];
}

/** Block quote; holds blocks. */
export interface BlockquoteNode {
  type: "blockquote";
  attrs?: NoAttrs;
  content: BlockNode[];
}

/** Block-level content of the doc, blockquotes and list items. */
export type BlockNode = ParagraphNode | HeadingNode | BulletListNode | OrderedListNode | BlockquoteNode;

/** Root of an editor document, as stored in a revision. */
export interface EditorDoc {
  type: "doc";
  attrs?: NoAttrs;
  content: BlockNode[];
}

/** Every node type name of the schema. */
export type EditorNodeType = EditorDoc["type"] | BlockNode["type"] | ListItemNode["type"] | InlineNode["type"];
