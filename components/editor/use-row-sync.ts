"use client";

/**
 * Keeps the original and the translation level, row by row. Rows come from
 * paragraph alignment (recomputed when the number of blocks changes); after
 * each edit only the rows whose blocks changed are measured again. The
 * shorter side of each row gets the difference: a min-height on the source
 * row, a bottom margin (node decoration) on the translation's last block, or
 * an empty-slot widget where the translation has no counterpart.
 */
import type { Editor } from "@tiptap/core";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { alignParagraphs } from "@/lib/alignment";
import { blockText, topBlocks, type TopBlock } from "./block-text";
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
  const rowEls = useRef<(HTMLDivElement | null)[]>([]);
  const blocksRef = useRef<TopBlock[]>([]);
  const heights = useRef<{ margin: number; empty: number }[]>([]);
  const signature = useRef("");
  const frame = useRef<number | null>(null);
  const pendingRows = useRef<Set<number> | "all">(new Set());

  const rowRef = useCallback((row: number, el: HTMLDivElement | null) => {
    rowEls.current[row] = el;
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
        const pos = next ? blocks[next.target[0]!]?.pos ?? editor.state.doc.content.size : editor.state.doc.content.size;
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
    editor.view.dispatch(setHighlightLayers(editor.state.tr, { spacers, widgets }));
  }, [editor, emptyLabel]);

  const measure = useCallback(() => {
    frame.current = null;
    if (!editor || editor.isDestroyed) return;
    const which = pendingRows.current;
    pendingRows.current = new Set();
    const blocks = blocksRef.current;
    const view = editor.view;
    const list = which === "all" ? rowsRef.current.map((_, i) => i) : [...which];
    for (const r of list) {
      const row = rowsRef.current[r];
      const el = rowEls.current[r];
      if (!row || !el) continue;
      const sourceHeight = (el.firstElementChild as HTMLElement | null)?.offsetHeight ?? 0;
      let targetHeight = 0;
      for (const i of row.target) {
        const block = blocks[i];
        const dom = block ? (view.nodeDOM(block.pos) as HTMLElement | null) : null;
        targetHeight += dom?.offsetHeight ?? 0;
      }
      const height = Math.max(sourceHeight, targetHeight);
      el.style.minHeight = `${height}px`;
      heights.current[r] = row.target.length ? { margin: height - targetHeight, empty: 0 } : { margin: 0, empty: height };
    }
    publish();
  }, [editor, publish]);

  const schedule = useCallback(
    (which: Set<number> | "all") => {
      if (which === "all" || pendingRows.current === "all") pendingRows.current = "all";
      else for (const r of which) pendingRows.current.add(r);
      frame.current ??= requestAnimationFrame(measure);
    },
    [measure],
  );

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
        heights.current = [];
        setRows(next);
        return;
      }
      const changed = new Set<number>();
      blocks.forEach((b, i) => {
        if (previous[i]?.node !== b.node || previous[i]?.pos !== b.pos) changed.add(i);
      });
      if (changed.size === 0) return;
      const affected = new Set<number>();
      rowsRef.current.forEach((row, r) => {
        if (row.target.some((i) => changed.has(i))) affected.add(r);
      });
      schedule(affected);
    };
    realign();
    const onUpdate = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (transaction.docChanged) realign();
    };
    editor.on("transaction", onUpdate);
    return () => {
      editor.off("transaction", onUpdate);
    };
  }, [editor, sourceTexts, sourceLang, targetLang, schedule]);

  // New rows rendered: measure them all once the DOM has them.
  useLayoutEffect(() => {
    if (rows.length) schedule("all");
  }, [rows, schedule]);

  // Width changes reflow text: measure everything again.
  useEffect(() => {
    if (!editor) return;
    const observer = new ResizeObserver(() => schedule("all"));
    observer.observe(editor.view.dom);
    void document.fonts?.ready.then(() => schedule("all"));
    return () => observer.disconnect();
  }, [editor, schedule]);

  useEffect(() => () => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
  }, []);

  return { rows, rowRef, blocksRef };
}
