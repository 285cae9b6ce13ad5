"use client";

/**
 * Saving the desk's text: the save state machine and the request.
 *
 *   saved ──edit──▶ unsaved ──save──▶ saving ──201/200──▶ saved (or unsaved, if typed on meanwhile)
 *                                        ├──409──▶ unsaved, conflict handed to onConflict
 *                                        └──422/401/network──▶ failed (text kept locally)
 *
 * The status lives in a small store, not in the desk's React state: the first
 * keystroke after a save flips it to "unsaved", and as desk state that
 * re-rendered the whole desk (toolbar, source pane, comments) inside that
 * keystroke. Only the components that show it subscribe (useSaveStatus).
 */
import type { Editor } from "@tiptap/core";
import { useCallback, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { anchorsForSave, changesSinceBase, dispatchAnchors } from "@/components/comments/anchors-extension";
import type { EditorDoc } from "@/lib/editor/validate";
import { saveRevision, type CurrentRevision } from "./save-client";

export type SaveStatus = "saved" | "unsaved" | "saving" | "failed";
export type DeskNotice = { kind: "ok" | "error" | "warn"; text: string };
export type DeskBase = { number: number; title: string; content: EditorDoc };

/** Gaps longer than this between edits do not count as time spent editing. */
const IDLE_MS = 60_000;

export type SaveStatusStore = {
  get: () => SaveStatus;
  set: (status: SaveStatus) => void;
  subscribe: (listener: () => void) => () => void;
};

function createSaveStatusStore(initial: SaveStatus): SaveStatusStore {
  let status = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => status,
    set: (next) => {
      if (next === status) return;
      status = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** One store per desk, created on first render. */
export function useSaveStatusStore(initial: SaveStatus = "saved"): SaveStatusStore {
  const store = useRef<SaveStatusStore | null>(null);
  store.current ??= createSaveStatusStore(initial);
  return store.current;
}

/** The current status, re-rendering only the calling component when it changes. */
export function useSaveStatus(store: SaveStatusStore): SaveStatus {
  return useSyncExternalStore(store.subscribe, store.get, () => "saved");
}

/** Time spent editing since the last save, with idle gaps left out. */
function useEditClock() {
  const editMs = useRef(0);
  const lastEdit = useRef<number | null>(null);
  const tick = useCallback(() => {
    const now = Date.now();
    if (lastEdit.current !== null && now - lastEdit.current < IDLE_MS) editMs.current += now - lastEdit.current;
    lastEdit.current = now;
  }, []);
  const seconds = useCallback(() => Math.round(editMs.current / 1000), []);
  const reset = useCallback(() => {
    editMs.current = 0;
  }, []);
  return useMemo(() => ({ tick, seconds, reset }), [tick, seconds, reset]);
}

export type SaveMessages = { savedAs: (number: number) => string; noChanges: string; signedOut: string; failed: string };

/**
 * Saves the editor's document and title as the next revision of `articleId`.
 * `markDirty` is called on every edit (document or title); `save` runs the
 * request once at a time; a 409 goes to `onConflict` with what was sent.
 */
export function useSave(options: {
  editor: Editor | null;
  articleId: string;
  locale: string;
  status: SaveStatusStore;
  base: DeskBase;
  setBase: (base: DeskBase) => void;
  /** The title as typed, read at save time. */
  titleRef: { readonly current: string };
  messages: SaveMessages;
  setNotice: (notice: DeskNotice | null) => void;
  /** Keeps the text in the browser now (after a failed save). */
  keepLocally: () => void;
  /** The browser copy is no longer needed (saved, and nothing typed since). */
  clearLocal: () => void;
  onConflict: (current: CurrentRevision, mine: { title: string; content: EditorDoc }) => void;
  /** A revision was stored (e.g. an open conflict is settled by it). */
  onSaved?: () => void;
}) {
  const { editor, articleId, locale, status, base, setBase, titleRef, messages, setNotice, keepLocally, clearLocal, onConflict, onSaved } = options;
  const [message, setMessage] = useState("");
  const clock = useEditClock();

  const markDirty = useCallback(() => {
    clock.tick();
    status.set("unsaved");
  }, [clock, status]);

  const save = useCallback(
    async (override?: { baseNumber: number }) => {
      if (!editor || status.get() === "saving") return;
      const content = editor.getJSON() as EditorDoc;
      const docAtSave = editor.state.doc;
      // Thread ranges as mapped through the edits being saved; the save stores them with the revision.
      const anchors = anchorsForSave(editor.state);
      const changesAtSave = changesSinceBase(editor.state);
      const titleAtSave = titleRef.current;
      status.set("saving");
      setNotice(null);
      const result = await saveRevision(
        articleId,
        {
          baseNumber: override?.baseNumber ?? base.number,
          title: titleAtSave,
          content,
          ...(message.trim() ? { message: message.trim() } : {}),
          editSeconds: clock.seconds(),
          ...(anchors.length ? { anchors } : {}),
        },
        locale,
      );
      const unchangedSince = editor.state.doc === docAtSave && titleRef.current === titleAtSave;
      switch (result.kind) {
        case "saved":
          if (!editor.isDestroyed) dispatchAnchors(editor.view, { type: "rebase", doc: docAtSave, keepFrom: changesAtSave });
          setBase({ number: result.revision.number, title: titleAtSave, content });
          clock.reset();
          setMessage("");
          onSaved?.();
          if (unchangedSince) clearLocal();
          status.set(unchangedSince ? "saved" : "unsaved");
          setNotice({ kind: "ok", text: messages.savedAs(result.revision.number) });
          return;
        case "unchanged":
          status.set(unchangedSince ? "saved" : "unsaved");
          setNotice({ kind: "ok", text: messages.noChanges });
          return;
        case "conflict":
          status.set("unsaved");
          keepLocally();
          onConflict(result.current, { title: titleAtSave, content });
          return;
        case "invalid":
          status.set("failed");
          setNotice({ kind: "error", text: [result.message, ...result.issues.map((i) => i.message)].join(" ") });
          return;
        case "signed-out":
          status.set("failed");
          keepLocally();
          setNotice({ kind: "error", text: messages.signedOut });
          return;
        default:
          status.set("failed");
          keepLocally();
          setNotice({ kind: "error", text: messages.failed });
      }
    },
    [editor, status, titleRef, setNotice, articleId, base.number, message, clock, locale, setBase, clearLocal, messages, keepLocally, onConflict, onSaved],
  );

  return { save, markDirty, message, setMessage };
}
