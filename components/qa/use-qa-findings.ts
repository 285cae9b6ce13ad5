"use client";

/**
 * QA findings on the desk: runs the checks of lib/qa (runQa, incrementally:
 * only the paragraphs whose node changed are passed as changed, and inside
 * them only edited sentences are re-checked) once typing pauses, draws the
 * findings through the "qa" layer of highlights-extension.ts, matches the
 * article's dismissals (lib/qa/dismissals.ts) and keeps what the findings
 * panel shows in a small store.
 *
 * A keystroke costs two time stamps here (./quiet-timer.ts): the check, the
 * decorations and the store update run after QA_PAUSE_MS of quiet, in idle
 * time, and the store is read by the panel only (never desk state), so the
 * desk does not re-render inside a keystroke (npm run bench:editor).
 */
import type { Editor } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { TextSelection } from "@tiptap/pm/state";
import { useLocale, useMessages } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from "react";
import { blockPositions, blockText, topBlocks, type TopBlock } from "@/lib/editor/block-text";
import { createFindingLocator, dismissalKeyOf, matchDismissals, type LocatedFinding, type QaDismissalReason, type QaDismissalView } from "@/lib/qa/dismissals";
import { qaMessageFormatter } from "@/lib/qa/format-message";
import { runQa, type QaArticle, type QaResult } from "@/lib/qa/run";
import type { SentencePair, Severity } from "@/lib/qa/types";
import { highlightLayer, setHighlightLayers, type HighlightRange } from "@/components/editor/highlights-extension";
import { quietTimer } from "@/components/editor/quiet-timer";
import { deleteDismissal, fetchDismissals, postDismissal, type DismissResult } from "./dismissals-client";
import styles from "./qa.module.css";
import { splitOverlaps } from "./split-overlaps";

/** Quiet time after the last edit before the checks run. */
const QA_PAUSE_MS = 250;
/** How long the caret must rest before its finding is announced. */
const CARET_REST_MS = 150;

const UNDERLINE: Record<Severity, string> = { error: styles.underlineError!, warning: styles.underlineWarning!, info: styles.underlineInfo! };

/** One finding as the panel shows it. */
export type QaItem = {
  id: string;
  check: string;
  severity: Severity;
  message: string;
  spanText: string;
  /** The target sentence the finding sits in. */
  sentence: string;
  block: number;
  /** Document positions when the checks last ran. */
  from: number;
  to: number;
  /** `removed` is the text the fix replaces. */
  fix: { from: number; to: number; replacement: string; removed: string } | null;
  dismissal: QaDismissalView | null;
};

export type QaSnapshot = {
  /** Null until the first run. */
  items: QaItem[] | null;
  counts: Record<Severity | "dismissed", number>;
  /** The finding holding the caret. */
  caret: string | null;
  /** Dismissals: still loading, loaded, or failed to load. */
  dismissals: "loading" | "ready" | "failed";
};

const EMPTY: QaSnapshot = { items: null, counts: { error: 0, warning: 0, info: 0, dismissed: 0 }, caret: null, dismissals: "loading" };

function createStore() {
  let value = EMPTY;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next: Partial<QaSnapshot>) {
      value = { ...value, ...next };
      for (const l of listeners) l();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type QaFindings = ReturnType<typeof useQaFindings>;

/** The panel's view of the findings; re-renders only its caller. */
export function useQaSnapshot(qa: QaFindings): QaSnapshot {
  return useSyncExternalStore(qa.store.subscribe, qa.store.get, () => EMPTY);
}

const idle = (run: () => void): (() => void) => {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(run, { timeout: 500 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 0);
  return () => clearTimeout(handle);
};

export function useQaFindings(options: { editor: Editor | null; articleId: string; sourceTexts: string[]; sourceLang: string; targetLang: string }) {
  const { editor, articleId, sourceTexts, sourceLang, targetLang } = options;
  const locale = useLocale();
  const messages = useMessages();
  const format = useMemo(() => qaMessageFormatter(locale, messages as Record<string, unknown>), [locale, messages]);
  const store = useMemo(createStore, []);

  const live = useRef<{
    blocks: TopBlock[];
    texts: string[];
    result: QaResult | undefined;
    input: QaArticle | null;
    located: { findings: LocatedFinding[]; pairs: SentencePair[] } | null;
    dismissals: QaDismissalView[];
    pending: boolean;
    layerSignature: string;
    cancel: (() => void) | null;
  }>({ blocks: [], texts: [], result: undefined, input: null, located: null, dismissals: [], pending: true, layerSignature: "", cancel: null });
  const locator = useMemo(createFindingLocator, []);
  const positionsOf = useRef(new WeakMap<PMNode, number[]>());
  const itemsById = useRef(new Map<string, QaItem>());
  const findingById = useRef(new Map<string, LocatedFinding>());

  /** Matches dismissals, places findings in the document and redraws the underlines when they changed. */
  const publish = useCallback(() => {
    const state = live.current;
    if (!editor || editor.isDestroyed || !state.located) return;
    // Nothing is drawn or listed before the dismissals are known: a dismissed finding would show as open until they arrive.
    if (store.get().dismissals === "loading") return;
    const { findings, pairs } = state.located;
    const matched = matchDismissals(findings, pairs, state.dismissals);
    const counts = { error: 0, warning: 0, info: 0, dismissed: 0 };
    const items: QaItem[] = [];
    const ranges: HighlightRange[] = [];
    const seen = new Map<string, number>();
    const findingOf = new Map<string, LocatedFinding>();
    findings.forEach((f, i) => {
      const block = state.blocks[f.block];
      if (!block) return;
      let positions = positionsOf.current.get(block.node);
      if (!positions) positionsOf.current.set(block.node, (positions = blockPositions(block)));
      const at = (offset: number) => positions[Math.min(offset, positions.length - 1)]!;
      const base = `${f.check}:${f.block}:${f.start}`;
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      const message = format(f.message);
      const item: QaItem = {
        id: n ? `${base}:${n}` : base,
        check: f.check,
        severity: f.severity,
        message,
        spanText: f.spanText,
        sentence: pairs[f.sentence]?.target ?? "",
        block: f.block,
        from: at(f.start),
        to: at(f.end),
        fix: f.fix ? { from: at(f.fix.start), to: at(f.fix.end), replacement: f.fix.replacement, removed: (state.texts[f.block] ?? "").slice(f.fix.start, f.fix.end) } : null,
        dismissal: matched[i] ?? null,
      };
      items.push(item);
      findingOf.set(item.id, f);
      if (item.dismissal) counts.dismissed++;
      else {
        counts[f.severity]++;
        if (item.from < item.to) ranges.push({ from: item.from, to: item.to, className: `${UNDERLINE[f.severity]} qa-${f.severity}`, title: message });
      }
    });
    itemsById.current = new Map(items.map((item) => [item.id, item]));
    findingById.current = findingOf;

    const segments = splitOverlaps(ranges);
    // The layer is mapped through edits between runs: redraw only when the findings differ from what it shows.
    const signature = segments.map((r) => `${r.className}\u0001${r.title}`).join("\u0002");
    const shown = highlightLayer(editor.state, "qa").find();
    const samePlaces = shown.length === segments.length && shown.every((d, k) => d.from === segments[k]!.from && d.to === segments[k]!.to);
    if (!samePlaces || signature !== state.layerSignature) {
      state.layerSignature = signature;
      editor.view.dispatch(setHighlightLayers(editor.state.tr, { qa: segments }));
    }
    store.set({ items, counts });
  }, [editor, format, store]);

  /** Re-checks the document now (the changed paragraphs only). */
  const run = useCallback(() => {
    const state = live.current;
    state.cancel?.();
    state.cancel = null;
    if (!editor || editor.isDestroyed) return;
    const blocks = topBlocks(editor.state.doc);
    const sameCount = blocks.length === state.blocks.length;
    const changed = new Set<number>();
    const texts = blocks.map((b, i) => {
      if (sameCount && state.blocks[i]?.node === b.node) return state.texts[i]!;
      changed.add(i);
      return blockText(b.node);
    });
    state.blocks = blocks;
    state.texts = texts;
    const input: QaArticle = { sourceLang, targetLang, source: sourceTexts, target: texts };
    state.result = runQa(input, state.result, sameCount ? changed : undefined);
    state.input = input;
    state.located = locator(input, state.result);
    state.pending = false;
    publish();
  }, [editor, sourceLang, targetLang, sourceTexts, locator, publish]);

  /** Runs pending checks first, so that positions match the document. */
  const flush = useCallback(() => {
    if (live.current.pending) run();
  }, [run]);

  const updateCaret = useCallback(() => {
    if (!editor || editor.isDestroyed || live.current.pending) return;
    const { from, to } = editor.state.selection;
    // The narrowest finding holding the selection: "And" rather than the long sentence around it.
    let caret: string | null = null;
    let width = Infinity;
    for (const item of store.get().items ?? []) {
      if (item.dismissal || item.from >= item.to) continue;
      if (item.from <= from && to <= item.to && item.to - item.from < width) {
        caret = item.id;
        width = item.to - item.from;
      }
    }
    if (caret !== store.get().caret) store.set({ caret });
  }, [editor, store]);

  useEffect(() => {
    if (!editor) return;
    const state = live.current;
    const timer = quietTimer(QA_PAUSE_MS, () => {
      state.cancel?.();
      state.cancel = idle(() => {
        run();
        updateCaret();
      });
    });
    const caretTimer = quietTimer(CARET_REST_MS, updateCaret);
    const later = () => {
      state.pending = true;
      timer.poke();
    };
    const caretLater = () => caretTimer.poke();
    run();
    updateCaret();
    editor.on("update", later);
    editor.on("selectionUpdate", caretLater);
    return () => {
      timer.cancel();
      caretTimer.cancel();
      state.cancel?.();
      editor.off("update", later);
      editor.off("selectionUpdate", caretLater);
    };
  }, [editor, run, updateCaret]);

  // The article's dismissals, once.
  useEffect(() => {
    let stale = false;
    void fetchDismissals(articleId, locale).then((list) => {
      if (stale) return;
      if (list) live.current.dismissals = list;
      store.set({ dismissals: list ? "ready" : "failed" });
      publish();
    });
    return () => {
      stale = true;
    };
  }, [articleId, locale, store, publish]);

  /** Selects a finding's span in the editor and scrolls it into view. */
  const select = useCallback(
    (id: string) => {
      flush();
      const item = itemsById.current.get(id);
      if (!editor || editor.isDestroyed || !item) return;
      // Focused synchronously: TipTap's focus command waits a frame and would re-apply an older selection.
      editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, item.from, item.to)).scrollIntoView());
      editor.view.focus();
      store.set({ caret: item.id });
    },
    [editor, flush, store],
  );

  /** Moves to the next (or previous) open finding after (before) the selection, wrapping around. */
  const step = useCallback(
    (direction: 1 | -1) => {
      flush();
      if (!editor || editor.isDestroyed) return;
      const open = (store.get().items ?? []).filter((item) => !item.dismissal && item.from < item.to);
      if (!open.length) return;
      const { from } = editor.state.selection;
      const target = direction === 1 ? (open.find((item) => item.from > from) ?? open[0]!) : ([...open].reverse().find((item) => item.from < from) ?? open[open.length - 1]!);
      select(target.id);
    },
    [editor, flush, select, store],
  );
  const next = useCallback(() => step(1), [step]);
  const previous = useCallback(() => step(-1), [step]);

  /** Applies a finding's fix as one editor transaction (one undo step). */
  const fix = useCallback(
    (id: string) => {
      flush();
      const item = itemsById.current.get(id);
      if (!editor || editor.isDestroyed || !item?.fix) return;
      const { from, to, replacement } = item.fix;
      editor.view.dispatch(editor.state.tr.insertText(replacement, from, to).scrollIntoView());
      editor.view.focus();
      run();
      updateCaret();
    },
    [editor, flush, run, updateCaret],
  );

  const dismiss = useCallback(
    async (id: string, reason: QaDismissalReason, note: string): Promise<DismissResult> => {
      flush();
      const finding = findingById.current.get(id);
      const located = live.current.located;
      if (!finding || !located) return { kind: "failed", message: "" };
      const body = { ...dismissalKeyOf(finding, located.pairs), reason, ...(note.trim() ? { note: note.trim() } : {}) };
      const result = await postDismissal(articleId, body, locale);
      if (result.kind === "ok") {
        live.current.dismissals = [...live.current.dismissals, result.dismissal];
        publish();
        updateCaret();
      }
      return result;
    },
    [articleId, locale, flush, publish, updateCaret],
  );

  const restore = useCallback(
    async (dismissalId: string) => {
      const result = await deleteDismissal(articleId, dismissalId, locale);
      if (result.ok) {
        live.current.dismissals = live.current.dismissals.filter((d) => d.id !== dismissalId);
        publish();
      }
      return result;
    },
    [articleId, locale, publish],
  );

  // One object while its parts stay the same, so the panel's memoized items keep their handlers.
  return useMemo(() => ({ store, select, next, previous, fix, dismiss, restore }), [store, select, next, previous, fix, dismiss, restore]);
}
