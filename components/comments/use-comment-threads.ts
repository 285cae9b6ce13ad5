"use client";

import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { useLocale } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { sentenceAnchorAt, anchorToRange } from "@/lib/comments/anchors";
import { baseAnchorOf, commentAnchorsKey, dispatchAnchors, threadRange, type Range } from "./anchors-extension";
import { fetchThreads, patchThreadStatus, postReply, postThread, type ThreadResult, type ThreadView } from "./threads-client";

export type CommentThreads = ReturnType<typeof useCommentThreads>;

/**
 * What the panel shows of the editor's state: the active thread, whether
 * text is selected, and the text of a thread being written. Used inside the
 * panel, so a selection change re-renders the panel, not the whole desk.
 */
export function useCommentSelection(editor: Editor | null) {
  return (
    useEditorState({
      editor,
      selector: ({ editor: e }) => {
        if (!e || e.isDestroyed) return { active: null as string | null, hasRange: false, draftQuote: "" };
        const s = commentAnchorsKey.getState(e.state);
        const draft = s?.draft;
        return {
          active: s?.active ?? null,
          hasRange: !e.state.selection.empty,
          draftQuote: draft ? e.state.doc.textBetween(draft.from, draft.to, " ", " ") : "",
        };
      },
    }) ?? { active: null, hasRange: false, draftQuote: "" }
  );
}

/** Threads in document order (as anchored in the loaded revision), then by age. */
function sorted(threads: ThreadView[]): ThreadView[] {
  return [...threads].sort((a, b) => a.anchor.block - b.anchor.block || a.anchor.start - b.anchor.start || a.createdAt.localeCompare(b.createdAt));
}

/**
 * The threads of an article for one editor: loads them anchored in
 * `revision` (again whenever it changes, e.g. after a save), places them in
 * the editor's comment-anchors plugin, and runs create / reply / resolve /
 * reopen against the API, keeping the list and the highlights in step.
 */
export function useCommentThreads({ articleId, revision, editor, lang }: { articleId: string; revision: number; editor: Editor | null; lang: string }) {
  const locale = useLocale();
  const [threads, setThreads] = useState<ThreadView[] | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [composing, setComposing] = useState(false);
  const editorRef = useRef(editor);
  editorRef.current = editor;
  /** The revision the editor's thread ranges were last placed for. */
  const placedFor = useRef<number | null>(null);

  const live = editor && !editor.isDestroyed ? editor : null;

  const load = useCallback(async () => {
    const result = await fetchThreads(articleId, revision, locale);
    if (!result) {
      setLoadFailed(true);
      return;
    }
    setLoadFailed(false);
    setThreads(sorted(result.threads));
    const e = editorRef.current;
    if (e && !e.isDestroyed) {
      // Loaded for a new revision (after a save, or another revision shown), every
      // thread is placed afresh from that revision, through any edits made since.
      const replace = placedFor.current !== null && placedFor.current !== result.revision;
      placedFor.current = result.revision;
      dispatchAnchors(e.view, { type: "sync", replace, threads: result.threads.map((t) => ({ id: t.id, open: t.status === "open", anchor: t.anchor })) });
    }
  }, [articleId, revision, locale]);

  useEffect(() => {
    if (live) void load();
  }, [live, load]);

  /** Replaces one thread in the list and its open flag in the editor. */
  const upsert = useCallback((thread: ThreadView) => {
    setThreads((prev) => {
      const next = sorted([...(prev ?? []).filter((t) => t.id !== thread.id), thread]);
      const e = editorRef.current;
      if (e && !e.isDestroyed) {
        dispatchAnchors(e.view, { type: "sync", threads: next.map((t) => ({ id: t.id, open: t.status === "open", anchor: t.anchor })) });
      }
      return next;
    });
  }, []);

  const activate = useCallback((id: string | null, options: { reveal?: boolean } = {}) => {
    const e = editorRef.current;
    if (!e || e.isDestroyed) return;
    dispatchAnchors(e.view, { type: "active", id });
    const range = id ? threadRange(e.state, id) : null;
    if (!range || !options.reveal) return;
    e.commands.setTextSelection(range);
    const { node } = e.view.domAtPos(range.from);
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    element?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, []);

  /** Starts writing a thread on the selection, or on the caret's sentence; false when there is nothing to anchor to. */
  const startThread = useCallback(
    (on: "selection" | "sentence"): boolean => {
      const e = editorRef.current;
      if (!e || e.isDestroyed) return false;
      const { from, to, empty } = e.state.selection;
      let range: Range | null = null;
      if (on === "selection" && !empty) range = { from, to };
      if (on === "sentence") {
        const sentence = sentenceAnchorAt(e.state.doc, from, lang);
        range = sentence && sentence.start < sentence.end ? anchorToRange(e.state.doc, sentence) : null;
      }
      if (!range || range.from >= range.to) return false;
      dispatchAnchors(e.view, { type: "draft", range });
      setComposing(true);
      return true;
    },
    [lang],
  );

  // Ctrl/Cmd+Alt+M in the text: comment on the selection, or else on the caret's sentence.
  useEffect(() => {
    if (!live) return;
    const dom = live.view.dom;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.altKey || event.code !== "KeyM") return;
      event.preventDefault();
      if (!startThread("selection")) startThread("sentence");
    };
    dom.addEventListener("keydown", onKey);
    return () => dom.removeEventListener("keydown", onKey);
  }, [live, startThread]);

  const cancelThread = useCallback(() => {
    const e = editorRef.current;
    if (e && !e.isDestroyed) dispatchAnchors(e.view, { type: "draft", range: null });
    setComposing(false);
  }, []);

  const createThread = useCallback(
    async (body: string): Promise<ThreadResult> => {
      const e = editorRef.current;
      const draft = e && !e.isDestroyed ? commentAnchorsKey.getState(e.state)?.draft : null;
      if (!e || !draft) return { kind: "failed", message: "" };
      const anchor = baseAnchorOf(e.state, draft);
      if (!anchor) return { kind: "failed", message: "" };
      const result = await postThread(articleId, { revision, block: anchor.block, start: anchor.start, end: anchor.end, body }, locale);
      if (result.kind !== "ok" || e.isDestroyed) return result;
      // The live range is the (mapped) draft: where the user commented, even on unsaved text.
      const range = commentAnchorsKey.getState(e.state)?.draft ?? draft;
      dispatchAnchors(e.view, { type: "add", id: result.thread.id, range });
      dispatchAnchors(e.view, { type: "draft", range: null });
      setComposing(false);
      upsert(result.thread);
      activate(result.thread.id);
      return result;
    },
    [articleId, revision, locale, upsert, activate],
  );

  const reply = useCallback(
    async (threadId: string, body: string) => {
      const result = await postReply(articleId, threadId, body, locale);
      if (result.kind !== "failed") upsert(result.thread);
      return result;
    },
    [articleId, locale, upsert],
  );

  const setStatus = useCallback(
    async (thread: ThreadView, status: "open" | "resolved") => {
      const result = await patchThreadStatus(articleId, thread.id, status, thread.version, locale);
      if (result.kind !== "failed") upsert(result.thread);
      return result;
    },
    [articleId, locale, upsert],
  );

  return {
    editor,
    threads,
    loadFailed,
    reload: load,
    composing,
    activate,
    startThread,
    cancelThread,
    createThread,
    reply,
    setStatus,
  };
}
