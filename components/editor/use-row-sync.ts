"use client";

/**
 * Keeps the original and the translation level, row by row. Rows come from
 * paragraph alignment (recomputed when the number of blocks changes). The
 * shorter side of each row gets the difference: a min-height on the source
 * row, a bottom margin (node decoration) on the translation's last block of
 * the row, or an empty-slot widget where the translation has no counterpart.
 *
 * Heights are read in a ResizeObserver callback, which runs after the
 * browser's own layout: typing that does not change a paragraph's height
 * costs nothing here, and one that does costs no extra layout.
 */
import type { Editor } from "@tiptap/core";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { alignParagraphs } from "@/lib/alignment";
import { blockText, topBlocks, type TopBlock } from "@/lib/editor/block-text";
import { setHighlightLayers, type NodeStyle, type Widget } from "./highlights-extension";

export type Row = { source: number[]; target: number[] };

function alignRows(sourceTexts: string[], blocks: TopBlock[], sourceLang: string, targetLang: string): Row[] {
  return alignParagraphs(sourceTexts, blocks.map((b) => blockText(b.node)), sourceLang, targetLang);
}

export function useRowSync(options: {
  editor: Editor | null;
  sourceTexts: string[];
  sourceLang: string;
  targetLang: string;
  emptyLabel: string;
}) {
  const { editor, sourceTexts, sourceLang, targetLang, emptyLabel } = options;
  const [rows, setRows] = useState<Row[]>([]);
  const rowsRef = useRef<Row[]>([]);
  /** Row index of each target block. */
  const rowOfBlock = useRef<number[]>([]);
  const rowEls = useRef<(HTMLDivElement | null)[]>([]);
  const blocksRef = useRef<TopBlock[]>([]);
  /** Observed DOM element of each target block, to notice when ProseMirror replaces one. */
  const blockEls = useRef<(HTMLElement | null)[]>([]);
  const heights = useRef<{ min: number; margin: number; empty: number }[]>([]);
  const signature = useRef("");
  const observer = useRef<ResizeObserver | null>(null);
  /**
   * Block index of each observed element. Kept beside the DOM, not in it: a
   * data attribute written into ProseMirror's DOM is seen by its mutation
   * observer as an edit and makes it redraw the paragraph on every keystroke.
   */
  const blockIndexOf = useRef(new WeakMap<Element, number>());
  const observeBlocksRef = useRef<(indices: Iterable<number>) => void>(() => undefined);

  const rowRef = useCallback((row: number, el: HTMLDivElement | null) => {
    rowEls.current[row] = el;
    const inner = el?.firstElementChild;
    if (inner) observer.current?.observe(inner);
  }, []);

  /** Turns the measured heights into decorations, dispatching only on change. */
  const publish = useCallback(() => {
    if (!editor || editor.isDestroyed) return;
    const blocks = blocksRef.current;
    const spacers: NodeStyle[] = [];
    const widgets: Widget[] = [];
    const parts: string[] = [];
    rowsRef.current.forEach((row, r) => {
      const h = heights.current[r];
      if (!h) return;
      if (row.target.length && h.margin > 0) {
        const last = blocks[row.target[row.target.length - 1]!];
        if (last) {
          spacers.push({ pos: last.pos, style: `margin-bottom:${h.margin}px` });
          parts.push(`s${last.pos}:${h.margin}`);
        }
      } else if (!row.target.length) {
        const next = rowsRef.current.slice(r + 1).find((x) => x.target.length);
        const pos = next ? (blocks[next.target[0]!]?.pos ?? editor.state.doc.content.size) : editor.state.doc.content.size;
        const height = h.empty;
        widgets.push({
          pos,
          key: `empty-${r}-${height}`,
          render: () => {
            const div = document.createElement("div");
            div.className = "tgt-empty";
            div.contentEditable = "false";
            div.style.height = `${height}px`;
            div.textContent = emptyLabel;
            return div;
          },
        });
        parts.push(`w${pos}:${height}`);
      }
    });
    const next = parts.join("|");
    if (next === signature.current) return;
    signature.current = next;
    editor.view.dispatch(setHighlightLayers(editor.state.tr, { layout: { spacers, widgets } }));
    // A changed node decoration can make ProseMirror redraw a block's element.
    observeBlocksRef.current(blocks.map((_, i) => i));
  }, [editor, emptyLabel]);

  /**
   * Measures rows (layout is clean when this runs) and writes only what
   * changed. Every height is read before any is written: a min-height
   * written between two reads makes the next read lay the page out again,
   * once per row (a whole-page layout per row on a width change).
   */
  const measure = useCallback(
    (which: Iterable<number>) => {
      if (!editor || editor.isDestroyed) return;
      const blocks = blocksRef.current;
      const measured: { r: number; el: HTMLDivElement; min: number; targetHeight: number; hasTarget: boolean }[] = [];
      for (const r of which) {
        const row = rowsRef.current[r];
        const el = rowEls.current[r];
        if (!row || !el) continue;
        // The row's own border counts, as a target block's border does.
        const sourceHeight = ((el.firstElementChild as HTMLElement | null)?.offsetHeight ?? 0) + (el.offsetHeight - el.clientHeight);
        let targetHeight = 0;
        for (const i of row.target) {
          const block = blocks[i];
          targetHeight += block ? ((editor.view.nodeDOM(block.pos) as HTMLElement | null)?.offsetHeight ?? 0) : 0;
        }
        measured.push({ r, el, min: Math.max(sourceHeight, targetHeight), targetHeight, hasTarget: row.target.length > 0 });
      }
      for (const { r, el, min, targetHeight, hasTarget } of measured) {
        if (heights.current[r]?.min !== min) el.style.minHeight = `${min}px`;
        heights.current[r] = hasTarget ? { min, margin: min - targetHeight, empty: 0 } : { min, margin: 0, empty: min };
      }
      publish();
    },
    [editor, publish],
  );

  /** Observes the DOM element of each target block that changed identity. */
  const observeBlocks = useCallback(
    (indices: Iterable<number>) => {
      if (!editor) return;
      for (const i of indices) {
        const block = blocksRef.current[i];
        const dom = block ? (editor.view.nodeDOM(block.pos) as HTMLElement | null) : null;
        const old = blockEls.current[i];
        if (old === dom) continue;
        if (old) observer.current?.unobserve(old);
        blockEls.current[i] = dom;
        if (dom) {
          blockIndexOf.current.set(dom, i);
          observer.current?.observe(dom);
        }
      }
    },
    [editor],
  );
  observeBlocksRef.current = observeBlocks;

  useEffect(() => {
    observer.current = new ResizeObserver((entries) => {
      const affected = new Set<number>();
      let all = false;
      for (const entry of entries) {
        const el = entry.target as HTMLElement;
        if (el.parentElement?.dataset.row !== undefined) affected.add(Number(el.parentElement.dataset.row));
        else {
          const block = blockIndexOf.current.get(el);
          const r = block === undefined ? undefined : rowOfBlock.current[block];
          if (r !== undefined) affected.add(r);
          else all = true;
        }
      }
      measure(all ? rowsRef.current.map((_, i) => i) : affected);
    });
    return () => observer.current?.disconnect();
  }, [measure]);

  // Rows from the initial document, and again whenever the block count changes.
  useEffect(() => {
    if (!editor) return;
    const realign = () => {
      const blocks = topBlocks(editor.state.doc);
      const previous = blocksRef.current;
      blocksRef.current = blocks;
      if (blocks.length !== previous.length || rowsRef.current.length === 0) {
        const next = alignRows(sourceTexts, blocks, sourceLang, targetLang);
        rowsRef.current = next;
        rowOfBlock.current = [];
        next.forEach((row, r) => row.target.forEach((i) => (rowOfBlock.current[i] = r)));
        heights.current = [];
        for (const el of blockEls.current) if (el) observer.current?.unobserve(el);
        blockEls.current = [];
        setRows(next);
        return;
      }
      const changed: number[] = [];
      blocks.forEach((b, i) => {
        if (previous[i]?.node !== b.node) changed.push(i);
      });
      observeBlocks(changed);
    };
    realign();
    const onTransaction = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (transaction.docChanged) realign();
    };
    editor.on("transaction", onTransaction);
    return () => {
      editor.off("transaction", onTransaction);
    };
  }, [editor, sourceTexts, sourceLang, targetLang, observeBlocks]);

  // New rows rendered: observe every block (the observer measures them all).
  useLayoutEffect(() => {
    if (rows.length) observeBlocks(blocksRef.current.map((_, i) => i));
  }, [rows, observeBlocks]);

  // A width change reflows everything; fonts arriving late change heights.
  useEffect(() => {
    if (!editor) return;
    let width = 0;
    const widthObserver = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width ?? 0;
      if (w === width) return;
      width = w;
      measure(rowsRef.current.map((_, i) => i));
    });
    widthObserver.observe(editor.view.dom);
    void document.fonts?.ready.then(() => measure(rowsRef.current.map((_, i) => i)));
    return () => widthObserver.disconnect();
  }, [editor, measure]);

  return { rows, rowRef, blocksRef };
}
