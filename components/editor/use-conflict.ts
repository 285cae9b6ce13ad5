"use client";

/**
 * A save answered 409: someone else's revision landed first. Holds the
 * conflict until the user settles it in the ConflictDialog: take theirs
 * (their text replaces mine, saved), keep both (theirs under mine, unsaved)
 * or keep mine (saved on top of theirs: the caller saves with the returned
 * base number).
 */
import type { Editor } from "@tiptap/core";
import { useCallback, useMemo, useState } from "react";
import { changesSinceBase, dispatchAnchors } from "@/components/comments/anchors-extension";
import type { EditorDoc } from "@/lib/editor/validate";
import type { CurrentRevision } from "./save-client";
import type { DeskBase, DeskNotice, SaveStatusStore } from "./use-save";

export type Conflict = { current: CurrentRevision; mine: { title: string; content: EditorDoc } };

export function useConflict(options: {
  editor: Editor | null;
  status: SaveStatusStore;
  setBase: (base: DeskBase) => void;
  setTitle: (title: string) => void;
  setNotice: (notice: DeskNotice | null) => void;
  clearLocal: () => void;
  mergedNotice: (number: number) => string;
}) {
  const { editor, status, setBase, setTitle, setNotice, clearLocal, mergedNotice } = options;
  const [conflict, setConflict] = useState<Conflict | null>(null);

  const open = useCallback((current: CurrentRevision, mine: Conflict["mine"]) => setConflict({ current, mine }), []);
  const close = useCallback(() => setConflict(null), []);

  const takeTheirs = useCallback(
    (current: CurrentRevision) => {
      if (!editor) return;
      editor.commands.setContent(current.content, { emitUpdate: false });
      dispatchAnchors(editor.view, { type: "rebase", doc: editor.state.doc, keepFrom: changesSinceBase(editor.state) });
      setTitle(current.title);
      setBase({ number: current.number, title: current.title, content: current.content });
      setConflict(null);
      clearLocal();
      status.set("saved");
    },
    [editor, setTitle, setBase, clearLocal, status],
  );

  /** Both edits kept: the editor now holds theirs plus mine, on top of theirs, unsaved. */
  const merge = useCallback(
    (current: CurrentRevision, doc: EditorDoc, mergedTitle: string) => {
      if (!editor) return;
      setBase({ number: current.number, title: current.title, content: current.content });
      editor.commands.setContent(doc, { emitUpdate: true });
      // Approximation until the next save: the merged text stands in for theirs as the anchors' base.
      dispatchAnchors(editor.view, { type: "rebase", doc: editor.state.doc, keepFrom: changesSinceBase(editor.state) });
      setTitle(mergedTitle);
      setConflict(null);
      status.set("unsaved");
      setNotice({ kind: "warn", text: mergedNotice(current.number) });
    },
    [editor, setBase, setTitle, status, setNotice, mergedNotice],
  );

  /** Closes the conflict; returns the base number to save mine on. */
  const keepMine = useCallback((current: CurrentRevision) => {
    setConflict(null);
    return current.number;
  }, []);

  return useMemo(() => ({ conflict, open, close, takeTheirs, merge, keepMine }), [conflict, open, close, takeTheirs, merge, keepMine]);
}
