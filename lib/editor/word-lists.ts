/**
 * Word's clipboard HTML has no real lists: each item is a paragraph styled
 * `mso-list:l0 level2 lfo1` whose bullet or number is typed text in a span
 * marked `mso-list:Ignore`. This rebuilds nested lists from those levels.
 * Internal to lib/editor (used by html-builder.ts).
 */
import type { BlockNode, BulletListNode, ListItemNode, OrderedListAttrs, OrderedListNode, ParagraphNode } from "./types";

/** One Word list paragraph, as read by the builder. */
export interface WordListItem {
  listId: string;
  level: number;
  /** What Word typed before the item: "1.", "a)", "·", "o", "§". */
  marker: string;
  paragraphs: ParagraphNode[];
}

const orderedAttrs = (start: number, type: OrderedListAttrs["type"]): OrderedListAttrs => ({ start, type: type ?? null });

/**
 * Ordered-list attrs from the first item's typed marker ("3.", "b)", "iv."),
 * or null for bullets ("·", "o", "§"). A lone "i."/"v."/"x." reads as roman.
 */
function orderedFromMarker(marker: string): OrderedListAttrs | null {
  const match = /^\(?([0-9]{1,9}|[a-zA-Z]{1,4})[.)]$/.exec(marker);
  const token = match?.[1];
  if (token === undefined) return null;
  if (/^\d+$/.test(token)) return orderedAttrs(Number(token), null);
  if (/^[ivxlcdm]+$/.test(token)) return orderedAttrs(1, "i");
  if (/^[IVXLCDM]+$/.test(token)) return orderedAttrs(1, "I");
  if (token.length !== 1) return null;
  return orderedAttrs(token.toLowerCase().charCodeAt(0) - 96, token === token.toLowerCase() ? "a" : "A");
}

/** Nests Word's flat list paragraphs by level; a new list id starts a new top-level list. */
export function buildWordLists(items: readonly WordListItem[]): BlockNode[] {
  const roots: BlockNode[] = [];
  const stack: { level: number; listId: string; list: BulletListNode | OrderedListNode }[] = [];
  for (const item of items) {
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) > item.level) stack.pop();
    const top = stack[stack.length - 1];
    const listItem: ListItemNode = {
      type: "listItem",
      content: item.paragraphs.length > 0 ? [...item.paragraphs] : [{ type: "paragraph" }],
    };
    if (top && top.level === item.level) {
      // Same level continues the list, unless Word began a new top-level one.
      if (stack.length > 1 || top.listId === item.listId) {
        top.list.content.push(listItem);
        continue;
      }
      stack.pop();
    }
    const ordered = orderedFromMarker(item.marker);
    const list: BulletListNode | OrderedListNode = ordered
      ? { type: "orderedList", attrs: ordered, content: [listItem] }
      : { type: "bulletList", content: [listItem] };
    const parent = stack[stack.length - 1];
    const parentItem = parent?.list.content[parent.list.content.length - 1];
    if (parentItem) parentItem.content.push(list);
    else roots.push(list);
    stack.push({ level: item.level, listId: item.listId, list });
  }
  return roots;
}
