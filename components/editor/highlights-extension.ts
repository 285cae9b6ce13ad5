/**
 * Decorations the editor UI lays over the document without touching it:
 * sentence highlights (caret/hover), row spacers that keep the translation
 * level with the original, empty-slot widgets for source paragraphs with no
 * counterpart, and — by the same mechanism — QA underlines of MT faults.
 *
 * Layers are replaced wholesale through a transaction meta; the plugin maps
 * them through document changes in between, so typing never waits for them.
 */
import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

export type HighlightRange = { from: number; to: number; className: string; title?: string };
export type NodeStyle = { pos: number; style: string; className?: string };
export type Widget = { pos: number; key: string; render: () => HTMLElement };

/** Independent layers; setting one leaves the others as they are. */
export type HighlightLayers = {
  sentences?: HighlightRange[];
  spacers?: NodeStyle[];
  widgets?: Widget[];
  qa?: HighlightRange[];
};

type LayerName = keyof HighlightLayers;
type PluginState = { layers: Partial<Record<LayerName, DecorationSet>>; all: DecorationSet };

export const highlightsKey = new PluginKey<PluginState>("copydeskHighlights");

function build(state: EditorState, name: LayerName, layer: NonNullable<HighlightLayers[LayerName]>): DecorationSet {
  const size = state.doc.content.size;
  const decorations: Decoration[] = [];
  if (name === "spacers") {
    for (const s of layer as NodeStyle[]) {
      const node = state.doc.nodeAt(s.pos);
      if (node) decorations.push(Decoration.node(s.pos, s.pos + node.nodeSize, { style: s.style, class: s.className }));
    }
  } else if (name === "widgets") {
    for (const w of layer as Widget[]) {
      decorations.push(Decoration.widget(Math.min(w.pos, size), w.render, { key: w.key, side: -1, ignoreSelection: true }));
    }
  } else {
    for (const r of layer as HighlightRange[]) {
      if (r.from < r.to && r.to <= size) {
        decorations.push(Decoration.inline(r.from, r.to, { class: r.className, ...(r.title ? { title: r.title } : {}) }));
      }
    }
  }
  return DecorationSet.create(state.doc, decorations);
}

function merge(state: EditorState, layers: PluginState["layers"]): DecorationSet {
  const all = Object.values(layers).flatMap((set) => (set ? set.find() : []));
  return DecorationSet.create(state.doc, all);
}

/** Sets one or more layers in a transaction that does not touch the document. */
export function setHighlightLayers(tr: Transaction, layers: HighlightLayers): Transaction {
  return tr.setMeta(highlightsKey, layers).setMeta("addToHistory", false);
}

export const Highlights = Extension.create({
  name: "copydeskHighlights",

  addProseMirrorPlugins() {
    return [
      new Plugin<PluginState>({
        key: highlightsKey,
        state: {
          init: () => ({ layers: {}, all: DecorationSet.empty }),
          apply(tr, value, _old, newState) {
            const update = tr.getMeta(highlightsKey) as HighlightLayers | undefined;
            if (!update && !tr.docChanged) return value;
            const layers: PluginState["layers"] = {};
            for (const [name, set] of Object.entries(value.layers) as [LayerName, DecorationSet][]) {
              layers[name] = tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
            }
            for (const [name, layer] of Object.entries(update ?? {}) as [LayerName, NonNullable<HighlightLayers[LayerName]>][]) {
              layers[name] = build(newState, name, layer);
            }
            return { layers, all: update ? merge(newState, layers) : value.all.map(tr.mapping, tr.doc) };
          },
        },
        props: {
          decorations(state) {
            return highlightsKey.getState(state)?.all;
          },
        },
      }),
    ];
  },
});
