"use client";

/**
 * Links sentences across the two sides: the sentence holding the caret in
 * the editor highlights its source sentence(s); hovering a source sentence
 * highlights its translation in the editor. Only the row in question is
 * aligned, memoized by its text, so typing stays cheap.
 */
import type { Editor } from "@tiptap/core";
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { beadOf, blockSentences, linkRowSentences, targetSentenceAt, type RowSentence, type RowSentenceLinks } from "@/lib/articles/row-sentences";
import { blockPositions, blockText, type TopBlock } from "@/lib/editor/block-text";
import { setHighlightLayers, type HighlightRange } from "./highlights-extension";
import { quietTimer } from "./quiet-timer";
import type { Row } from "./use-row-sync";

const EMPTY: ReadonlySet<string> = new Set();
/** How long the caret must rest before its sentence is linked. */
const CARET_REST_MS = 120;

export function useSentenceLinks(options: {
  editor: Editor | null;
  rows: Row[];
  blocksRef: RefObject<TopBlock[]>;
  sourceSentences: RowSentence[][];
  targetLang: string;
}) {
  const { editor, rows, blocksRef, sourceSentences, targetLang } = options;
  const [active, setActive] = useState<ReadonlySet<string>>(EMPTY);
  const sourceKey = useRef("");
  const rangeKey = useRef("");
  const cache = useRef(new Map<number, { key: string; links: RowSentenceLinks }>());

  const linksFor = useCallback(
    (r: number) => {
      const row = rows[r];
      if (!row) return null;
      const blocks = row.target.map((i) => blocksRef.current[i]).filter((b): b is TopBlock => Boolean(b));
      const texts = blocks.map((b) => blockText(b.node));
      const key = texts.join("\u0001");
      const hit = cache.current.get(r);
      if (hit?.key === key) return { links: hit.links, blocks };
      const source = row.source.flatMap((b) => sourceSentences[b] ?? []);
      const target = blockSentences(blocks.map((b, k) => ({ index: b.index, text: texts[k]! })), targetLang);
      const links = linkRowSentences(source, target);
      cache.current.set(r, { key, links });
      return { links, blocks };
    },
    [rows, blocksRef, sourceSentences, targetLang],
  );

  /** Decoration ranges for the given target sentences. */
  const rangesOf = useCallback((sentences: RowSentence[], blocks: TopBlock[], className: string): HighlightRange[] => {
    return sentences.flatMap((s) => {
      const block = blocks.find((b) => b.index === s.block);
      if (!block) return [];
      const positions = blockPositions(block);
      const from = positions[s.start];
      const to = positions[Math.min(s.end, positions.length - 1)];
      return from !== undefined && to !== undefined && from < to ? [{ from, to, className }] : [];
    });
  }, []);

  /**
   * Highlights source sentences `keys` and target `ranges`. Each side is
   * updated only when it changed: typing inside a sentence moves its range
   * (one small decoration update) but rarely the source sentence (a React
   * render of the source pane).
   */
  const show = useCallback(
    (keys: string[], ranges: HighlightRange[]) => {
      if (!editor || editor.isDestroyed) return;
      const sKey = keys.join(",");
      if (sKey !== sourceKey.current) {
        sourceKey.current = sKey;
        setActive(keys.length ? new Set(keys) : EMPTY);
      }
      const rKey = ranges.map((r) => `${r.from}-${r.to}${r.className}`).join(",");
      if (rKey !== rangeKey.current) {
        rangeKey.current = rKey;
        editor.view.dispatch(setHighlightLayers(editor.state.tr, { sentences: ranges }));
      }
    },
    [editor],
  );

  const fromCaret = useCallback(() => {
    if (!editor || editor.isDestroyed || !editor.isFocused) return;
    const { head } = editor.state.selection;
    const blockIndex = editor.state.doc.resolve(head).index(0);
    const r = rows.findIndex((row) => row.target.includes(blockIndex));
    const found = r === -1 ? null : linksFor(r);
    const block = found?.blocks.find((b) => b.index === blockIndex);
    if (!found || !block) return show([], []);
    const positions = blockPositions(block);
    let offset = positions.findIndex((p) => p >= head);
    if (offset === -1) offset = positions.length - 1;
    const t = targetSentenceAt(found.links, blockIndex, offset);
    const bead = beadOf(found.links, "target", t);
    if (!bead) return show([], []);
    const keys = bead.source.map((i) => found.links.source[i]!).map((s) => `${s.block}:${s.index}`);
    // Only the source side lights up for the caret: redrawing a decoration
    // around the sentence being typed in would cost every keystroke a repaint.
    show(keys, []);
  }, [editor, rows, linksFor, rangesOf, show]);

  // Linking runs once the caret rests, not on every keystroke: aligning the
  // row's sentences again after each typed letter doubled keystroke-to-paint
  // time on long articles (npm run bench:editor).
  useEffect(() => {
    if (!editor) return;
    const timer = quietTimer(CARET_REST_MS, fromCaret);
    const later = () => timer.poke();
    editor.on("selectionUpdate", later);
    editor.on("focus", later);
    return () => {
      timer.cancel();
      editor.off("selectionUpdate", later);
      editor.off("focus", later);
    };
  }, [editor, fromCaret]);

  const onHover = useCallback(
    (r: number, block: number, sentence: number) => {
      const found = linksFor(r);
      if (!found) return;
      const i = found.links.source.findIndex((s) => s.block === block && s.index === sentence);
      const bead = beadOf(found.links, "source", i);
      if (!bead) return;
      const keys = bead.source.map((k) => found.links.source[k]!).map((s) => `${s.block}:${s.index}`);
      show(keys, rangesOf(bead.target.map((k) => found.links.target[k]!), found.blocks, "sent-hover"));
    },
    [linksFor, rangesOf, show],
  );

  const onLeave = useCallback(() => fromCaret(), [fromCaret]);

  return { active, onHover, onLeave };
}
