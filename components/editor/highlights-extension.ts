/**
 * Decorations the editor UI lays over the document without touching it:
 * row spacers and empty-slot widgets that keep the translation level with
 * the original ("layout"), sentence highlights for the caret and hover
 * ("sentences"), and — by the same mechanism — QA underlines of MT faults
 * ("qa").
 *
 * Each layer is its own ProseMirror plugin with its own DecorationSet, so
 * replacing one layer (the caret sentence, on every keystroke) never rebuilds
 * another (a spacer on each of 165 paragraphs); between replacements a layer
 * is only mapped through the edit, which touches just the changed region.
 */
import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

export type HighlightRange = { from: number; to: number; className: string; title?: string };
export type NodeStyle = { pos: number; style: string; className?: string };
export type Widget = { pos: number; key: string; render: () => HTMLElement };

export type HighlightLayers = {
  layout?: { spacers: NodeStyle[]; widgets: Widget[] };
  sentences?: HighlightRange[];
  qa?: HighlightRange[];
};

type LayerName = keyof HighlightLayers;
const LAYERS: LayerName[] = ["layout", "sentences", "qa"];
const keys = Object.fromEntries(LAYERS.map((name) => [name, new PluginKey<DecorationSet>(`copydesk-${name}`)])) as Record<LayerName, PluginKey<DecorationSet>>;

function inline(state: EditorState, ranges: HighlightRange[]): Decoration[] {
  const size = state.doc.content.size;
  return ranges
    .filter((r) => r.from < r.to && r.to <= size)
    .map((r) => Decoration.inline(r.from, r.to, { class: r.className, ...(r.title ? { title: r.title } : {}) }));
}

function build(state: EditorState, name: LayerName, layer: NonNullable<HighlightLayers[LayerName]>): DecorationSet {
  if (name !== "layout") return DecorationSet.create(state.doc, inline(state, layer as HighlightRange[]));
  const { spacers, widgets } = layer as NonNullable<HighlightLayers["layout"]>;
  const decorations: Decoration[] = [];
  for (const s of spacers) {
    const node = state.doc.nodeAt(s.pos);
    if (node) decorations.push(Decoration.node(s.pos, s.pos + node.nodeSize, { style: s.style, class: s.className }));
  }
  for (const w of widgets) {
    decorations.push(Decoration.widget(Math.min(w.pos, state.doc.content.size), w.render, { key: w.key, side: -1, ignoreSelection: true }));
  }
  return DecorationSet.create(state.doc, decorations);
}

/** Replaces the given layers in a transaction that does not touch the document or the undo history. */
export function setHighlightLayers(tr: Transaction, layers: HighlightLayers): Transaction {
  for (const name of LAYERS) if (layers[name]) tr.setMeta(keys[name], layers[name]);
  return tr.setMeta("addToHistory", false);
}

/** The decorations a layer shows now (e.g. to skip re-dispatching an unchanged QA layer). */
export function highlightLayer(state: EditorState, name: "sentences" | "qa"): DecorationSet {
  return keys[name].getState(state) ?? DecorationSet.empty;
}

/**
 * QA underlines an edit touches are dropped until the checks run again: they
 * are stale, and typing inside an inline decoration makes ProseMirror redraw
 * the decorated text on every keystroke (npm run bench:editor).
 */
function withoutEdited(set: DecorationSet, tr: Transaction): DecorationSet {
  const touched: Decoration[] = [];
  tr.mapping.maps.forEach((map, i) => {
    const rest = tr.mapping.slice(i + 1);
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => touched.push(...set.find(rest.map(newStart, -1), rest.map(newEnd, 1))));
  });
  return touched.length ? set.remove(touched) : set;
}

function layerPlugin(name: LayerName) {
  const key = keys[name];
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set, _old, state) {
        const next = tr.getMeta(key) as HighlightLayers[LayerName] | undefined;
        if (next) return build(state, name, next);
        if (!tr.docChanged) return set;
        const mapped = set.map(tr.mapping, tr.doc);
        return name === "qa" ? withoutEdited(mapped, tr) : mapped;
      },
    },
    props: {
      decorations: (state) => key.getState(state),
    },
  });
}

export const Highlights = Extension.create({
  name: "copydeskHighlights",
  addProseMirrorPlugins() {
    return LAYERS.map(layerPlugin);
  },
});
