/**
 * Comment threads inside the editor: each thread's range held as ProseMirror
 * positions and mapped through every transaction, drawn as inline
 * decorations (open threads; the active one stronger; the range of a comment
 * being written as a draft).
 *
 * The plugin also keeps the document of the revision the anchors were loaded
 * for (`baseDoc`) and the mapping of every change since, so a thread started
 * on unsaved text can be stored against the saved revision, and threads
 * loaded later (someone else's) can be placed on the edited text.
 * Ranges whose text is deleted entirely are put back on their sentence
 * (lib/comments/anchors.ts `reanchor`), as a save would.
 */
import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Mapping } from "@tiptap/pm/transform";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { anchorToRange, docBlockTexts, rangeToAnchor, reanchor, type BlockAnchor, type QuotedAnchor } from "@/lib/comments/anchors";

export type Range = { from: number; to: number };
export type ThreadAnchorInput = { id: string; open: boolean; anchor: BlockAnchor };

/**
 * The changes since the base, one link per transaction, newest first: a
 * keystroke adds a link instead of copying every step map so far (which
 * `Mapping.slice()` + `appendMapping` did, a cost growing with the session).
 * Read as one Mapping only when a thread is placed, stored or rebased.
 */
type Changes = { readonly prev: Changes | null; readonly mapping: Mapping; readonly count: number };

const asMapping = new WeakMap<Changes, Mapping>();

/** The changes as one Mapping (base → now), built once per chain link. */
function mappingOf(changes: Changes | null): Mapping {
  if (!changes) return new Mapping();
  const cached = asMapping.get(changes);
  if (cached) return cached;
  const links: Changes[] = [];
  for (let c: Changes | null = changes; c; c = c.prev) links.push(c);
  const mapping = new Mapping();
  for (let i = links.length - 1; i >= 0; i--) mapping.appendMapping(links[i]!.mapping);
  asMapping.set(changes, mapping);
  return mapping;
}

function appendChanges(changes: Changes | null, mapping: Mapping): Changes {
  return { prev: changes, mapping, count: (changes?.count ?? 0) + mapping.maps.length };
}

/**
 * The changes after the first `from` step maps, copied: a `Mapping.slice()`
 * shares its maps array and `appendMapping` reads all of it, so the slice
 * would be undone by the next edit appended to it.
 */
function changesAfter(changes: Changes | null, from: number): Changes | null {
  if (!changes || from <= 0) return changes;
  if (from >= changes.count) return null;
  const full = mappingOf(changes);
  const rest = new Mapping();
  for (let i = from; i < full.maps.length; i++) {
    const mirror = full.getMirror(i);
    rest.appendMap(full.maps[i]!, mirror !== undefined && mirror >= from && mirror < i ? mirror - from : undefined);
  }
  return appendChanges(null, rest);
}

type AnchorsState = {
  baseDoc: PMNode;
  sinceBase: Changes | null;
  ranges: Map<string, Range>;
  open: Set<string>;
  active: string | null;
  draft: Range | null;
  decorations: DecorationSet;
};

export type AnchorsMeta =
  /** The anchors now refer to `doc` (a save landed), keeping the changes made after step `keepFrom`. */
  | { type: "rebase"; doc: PMNode; keepFrom: number }
  /** Threads as loaded for the base revision; known ones keep their live range unless `replace`. */
  | { type: "sync"; threads: ThreadAnchorInput[]; replace?: boolean }
  | { type: "add"; id: string; range: Range }
  | { type: "active"; id: string | null }
  | { type: "draft"; range: Range | null };

export const commentAnchorsKey = new PluginKey<AnchorsState>("copydesk-comment-anchors");

export type CommentAnchorsOptions = {
  /** BCP 47 tag of the text, for sentence boundaries. */
  lang: string;
};

function decorate(doc: PMNode, s: Pick<AnchorsState, "ranges" | "open" | "active" | "draft">): DecorationSet {
  const decorations: Decoration[] = [];
  for (const [id, r] of s.ranges) {
    if (r.from >= r.to || (!s.open.has(id) && id !== s.active)) continue;
    const className = id === s.active ? "comment-anchor is-active" : "comment-anchor";
    decorations.push(Decoration.inline(r.from, r.to, { class: className, "data-thread": id }));
  }
  if (s.draft && s.draft.from < s.draft.to) decorations.push(Decoration.inline(s.draft.from, s.draft.to, { class: "comment-anchor is-draft" }));
  return DecorationSet.create(doc, decorations);
}

/**
 * Maps the ranges; a range whose text was deleted entirely is found again by
 * text, else on its sentence (`reanchored` then says so).
 */
function mapRanges(tr: Transaction, oldDoc: PMNode, ranges: Map<string, Range>, lang: string): { ranges: Map<string, Range>; reanchored: boolean } {
  const next = new Map<string, Range>();
  let reanchored = false;
  let texts: { from: string[]; to: string[] } | null = null;
  for (const [id, r] of ranges) {
    const from = tr.mapping.map(r.from, 1);
    const to = Math.max(from, tr.mapping.map(r.to, -1));
    if (from < to || r.from === r.to) {
      next.set(id, { from, to });
      continue;
    }
    texts ??= { from: docBlockTexts(oldDoc), to: docBlockTexts(tr.doc) };
    const old = rangeToAnchor(oldDoc, r.from, r.to);
    const found = old && reanchor(old, texts.from, texts.to, lang);
    const range = found && anchorToRange(tr.doc, found);
    if (range) reanchored = true;
    next.set(id, range ?? { from, to });
  }
  return { ranges: next, reanchored };
}

/** The live range of a thread anchored in the base document. */
function placeFromBase(state: AnchorsState, doc: PMNode, anchor: BlockAnchor): Range | null {
  const base = anchorToRange(state.baseDoc, anchor);
  if (!base) return null;
  const size = doc.content.size;
  const sinceBase = mappingOf(state.sinceBase);
  const from = Math.min(sinceBase.map(base.from, 1), size);
  return { from, to: Math.min(Math.max(from, sinceBase.map(base.to, -1)), size) };
}

/** The plugin itself (exported for tests; the editor uses the CommentAnchors extension). */
export function anchorsPlugin(options: CommentAnchorsOptions) {
  return new Plugin<AnchorsState>({
    key: commentAnchorsKey,
    state: {
      init: (_config, state) => {
        const s = { baseDoc: state.doc, sinceBase: null, ranges: new Map(), open: new Set<string>(), active: null, draft: null };
        return { ...s, decorations: DecorationSet.empty };
      },
      apply(tr, prev, oldState) {
        const meta = tr.getMeta(commentAnchorsKey) as AnchorsMeta | undefined;
        if (!meta && !tr.docChanged) return prev;
        let s: AnchorsState = prev;
        // A plain edit maps the decorations with the ranges (same bias: start
        // after, end before an insertion at the edge) instead of rebuilding them.
        let mapped: DecorationSet | null = null;
        if (tr.docChanged) {
          const draft = prev.draft && { from: tr.mapping.map(prev.draft.from, 1), to: tr.mapping.map(prev.draft.to, -1) };
          const { ranges, reanchored } = mapRanges(tr, oldState.doc, prev.ranges, options.lang);
          s = { ...prev, sinceBase: appendChanges(prev.sinceBase, tr.mapping), ranges, draft };
          if (!reanchored) mapped = prev.decorations.map(tr.mapping, tr.doc);
        }
        if (!meta) return { ...s, decorations: mapped ?? decorate(tr.doc, s) };
        if (meta.type === "rebase") s = { ...s, baseDoc: meta.doc, sinceBase: changesAfter(s.sinceBase, meta.keepFrom) };
        if (meta.type === "sync") {
          const ranges = meta.replace ? new Map<string, Range>() : new Map(s.ranges);
          for (const t of meta.threads) {
            if (ranges.has(t.id)) continue;
            const range = placeFromBase(s, tr.doc, t.anchor);
            if (range) ranges.set(t.id, range);
          }
          s = { ...s, ranges, open: new Set(meta.threads.filter((t) => t.open).map((t) => t.id)) };
        }
        if (meta.type === "add") s = { ...s, ranges: new Map(s.ranges).set(meta.id, meta.range), open: new Set(s.open).add(meta.id) };
        if (meta.type === "active") s = { ...s, active: meta.id };
        if (meta.type === "draft") s = { ...s, draft: meta.range };
        return { ...s, decorations: decorate(tr.doc, s) };
      },
    },
    props: {
      decorations: (state) => commentAnchorsKey.getState(state)?.decorations,
      handleClick(view, pos) {
        const s = commentAnchorsKey.getState(view.state);
        if (!s) return false;
        // The innermost (shortest) open range under the click.
        let best: { id: string; length: number } | null = null;
        for (const [id, r] of s.ranges) {
          if (!s.open.has(id) || pos < r.from || pos > r.to) continue;
          if (!best || r.to - r.from < best.length) best = { id, length: r.to - r.from };
        }
        // A click on a highlight makes its thread the active one (the panel follows).
        if (best && best.id !== s.active) view.dispatch(view.state.tr.setMeta(commentAnchorsKey, { type: "active", id: best.id } satisfies AnchorsMeta).setMeta("addToHistory", false));
        return false;
      },
    },
  });
}

/** The TipTap extension; configure with `CommentAnchors.configure({ lang })`. */
export const CommentAnchors = Extension.create<CommentAnchorsOptions>({
  name: "copydeskCommentAnchors",
  addOptions() {
    return { lang: "en" };
  },
  addProseMirrorPlugins() {
    return [anchorsPlugin(this.options)];
  },
});

function anchorsState(state: EditorState): AnchorsState | undefined {
  return commentAnchorsKey.getState(state);
}

/** Dispatches a comment-anchors change that is not part of the undo history. */
export function dispatchAnchors(view: { state: EditorState; dispatch: (tr: Transaction) => void }, meta: AnchorsMeta) {
  view.dispatch(view.state.tr.setMeta(commentAnchorsKey, meta).setMeta("addToHistory", false));
}

/** The live range of a thread, if the editor holds it. */
export function threadRange(state: EditorState, id: string): Range | null {
  return anchorsState(state)?.ranges.get(id) ?? null;
}

/** How many changes the anchors have seen since their base; pass to a later "rebase". */
export function changesSinceBase(state: EditorState): number {
  return anchorsState(state)?.sinceBase?.count ?? 0;
}

/** The open threads' ranges as block offsets of the current document, for a save. */
export function anchorsForSave(state: EditorState): { threadId: string; block: number; start: number; end: number }[] {
  const s = anchorsState(state);
  if (!s) return [];
  return [...s.ranges].flatMap(([id, r]) => {
    if (!s.open.has(id)) return [];
    const a = rangeToAnchor(state.doc, r.from, r.to);
    return a ? [{ threadId: id, block: a.block, start: a.start, end: a.end }] : [];
  });
}

/** A range of the current document as an anchor of the base document (where a new thread is stored). */
export function baseAnchorOf(state: EditorState, range: Range): QuotedAnchor | null {
  const s = anchorsState(state);
  if (!s) return null;
  const back = mappingOf(s.sinceBase).invert();
  const from = back.map(range.from, 1);
  return rangeToAnchor(s.baseDoc, from, Math.max(from, back.map(range.to, -1)));
}
