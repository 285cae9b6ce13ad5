"use client";

/**
 * The desk's copy of unsaved work in the browser (storage in ./local-draft.ts):
 * written a moment after the last edit, at once when a save fails, cleared by
 * a save, and offered back when the desk opens on an article that has one.
 */
import type { Editor } from "@tiptap/core";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { EditorDoc } from "@/lib/editor/validate";
import { clearLocalDraft, readLocalDraft, writeLocalDraft, type LocalDraft } from "./local-draft";
import { quietTimer, type QuietTimer } from "./quiet-timer";

/** Quiet time after an edit before the copy is written (serializing a long article is not free). */
const WRITE_DELAY_MS = 700;

export function useLocalDraft(options: {
  editor: Editor | null;
  articleId: string;
  baseNumber: number;
  /** The title the desk opened with, to tell a leftover draft from the saved text. */
  initialTitle: string;
  titleRef: { readonly current: string };
}) {
  const { editor, articleId, baseNumber, initialTitle, titleRef } = options;
  const [offer, setOffer] = useState<LocalDraft | null>(null);
  const timer = useRef<QuietTimer | null>(null);

  const cancel = useCallback(() => timer.current?.cancel(), []);

  /** Writes the copy now. */
  const keep = useCallback(() => {
    cancel();
    if (!editor || editor.isDestroyed) return;
    writeLocalDraft(articleId, { baseNumber, title: titleRef.current, content: editor.getJSON() as EditorDoc, savedAt: Date.now() });
  }, [cancel, editor, articleId, baseNumber, titleRef]);

  /** Writes the copy once edits pause (a keystroke only notes the time). */
  const keepRef = useRef(keep);
  keepRef.current = keep;
  const schedule = useCallback(() => {
    timer.current ??= quietTimer(WRITE_DELAY_MS, () => keepRef.current());
    timer.current.poke();
  }, []);

  const clear = useCallback(() => clearLocalDraft(articleId), [articleId]);

  useEffect(() => cancel, [cancel]);

  // Offer back work that a closed tab or crashed browser left behind.
  useEffect(() => {
    if (!editor) return;
    const draft = readLocalDraft(articleId);
    if (!draft) return;
    const same = JSON.stringify(draft.content) === JSON.stringify(editor.getJSON()) && draft.title === initialTitle;
    if (same) clearLocalDraft(articleId);
    else setOffer(draft);
  }, [editor, articleId, initialTitle]);

  /** The offered draft, handed over once (the caller puts it in the editor). */
  const takeOffer = useCallback((): LocalDraft | null => {
    setOffer(null);
    return offer;
  }, [offer]);

  const discardOffer = useCallback(() => {
    clearLocalDraft(articleId);
    setOffer(null);
  }, [articleId]);

  return useMemo(() => ({ offer, keep, schedule, clear, takeOffer, discardOffer }), [offer, keep, schedule, clear, takeOffer, discardOffer]);
}
