"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { RowSentence } from "@/lib/articles/row-sentences";
import { blockSentences } from "@/lib/articles/row-sentences";
import { editorExtensions } from "@/lib/editor/extensions";
import { transformPastedHTML } from "@/lib/editor/paste";
import type { EditorDoc } from "@/lib/editor/validate";
import { anchorsForSave, changesSinceBase, CommentAnchors, dispatchAnchors } from "@/components/comments/anchors-extension";
import { CommentsPanel } from "@/components/comments/comments-panel";
import { useCommentThreads } from "@/components/comments/use-comment-threads";
import { ConflictDialog } from "./conflict-dialog";
import { Highlights } from "./highlights-extension";
import { clearLocalDraft, readLocalDraft, writeLocalDraft, type LocalDraft } from "./local-draft";
import { saveRevision, type CurrentRevision } from "./save-client";
import { SourcePane, type SourceBlock } from "./source-pane";
import { Toolbar } from "./toolbar";
import { useRowSync } from "./use-row-sync";
import { useSentenceLinks } from "./use-sentence-links";

export type TranslationEditorProps = {
  articleId: string;
  sourceLang: string;
  targetLang: string;
  sourceTitle: string;
  sourceBlocks: { type: string; text: string }[];
  base: { number: number; title: string; content: EditorDoc };
  /** Show the comment threads panel with writing enabled (policy.comment); default true. */
  canComment?: boolean;
};

type SaveStatus = "saved" | "unsaved" | "saving" | "failed";

/** Gaps longer than this between edits do not count as time spent editing. */
const IDLE_MS = 60_000;

/**
 * The desk: the original on the left, the translation in TipTap on the
 * right, row by row; save with the button or Ctrl/Cmd+S; unsaved work kept
 * in the browser; a concurrent save is shown and resolved, never lost.
 */
export function TranslationEditor({ articleId, sourceLang, targetLang, sourceTitle, sourceBlocks, base: initialBase, canComment = true }: TranslationEditorProps) {
  const t = useTranslations("Editor");
  const format = useFormatter();
  const locale = useLocale();

  const [base, setBase] = useState(initialBase);
  const [title, setTitle] = useState(initialBase.title);
  const [message, setMessage] = useState("");
  const [status, setStatus] = useState<SaveStatus>("saved");
  const [notice, setNotice] = useState<{ kind: "ok" | "error" | "warn"; text: string } | null>(null);
  const [conflict, setConflict] = useState<{ current: CurrentRevision; mine: { title: string; content: EditorDoc } } | null>(null);
  const [draftOffer, setDraftOffer] = useState<LocalDraft | null>(null);
  const statusRef = useRef(status);
  statusRef.current = status;
  const titleRef = useRef(title);
  titleRef.current = title;
  const editMs = useRef(0);
  const lastEdit = useRef<number | null>(null);
  const draftTimer = useRef<number | null>(null);

  const editor = useEditor({
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    extensions: [...editorExtensions(), Highlights, CommentAnchors.configure({ lang: targetLang })],
    content: initialBase.content,
    editorProps: {
      transformPastedHTML,
      attributes: { class: "tgt-doc", lang: targetLang, "aria-label": t("translation"), spellcheck: "true" },
    },
  });

  const sourceSentences: RowSentence[][] = useMemo(
    () => sourceBlocks.map((b, index) => blockSentences([{ index, text: b.text }], sourceLang)),
    [sourceBlocks, sourceLang],
  );
  const blocksForPane: SourceBlock[] = useMemo(
    () => sourceBlocks.map((b, index) => ({ index, type: b.type, text: b.text, sentences: sourceSentences[index]! })),
    [sourceBlocks, sourceSentences],
  );
  const sourceTexts = useMemo(() => sourceBlocks.map((b) => b.text), [sourceBlocks]);

  const { rows, rowRef, blocksRef } = useRowSync({ editor, sourceTexts, sourceLang, targetLang, emptyLabel: t("noCounterpart") });
  const { active, onHover, onLeave } = useSentenceLinks({ editor, rows, blocksRef, sourceSentences, targetLang });
  const comments = useCommentThreads({ articleId, revision: base.number, editor, lang: targetLang });

  const keepLocally = useCallback(() => {
    if (!editor || editor.isDestroyed) return;
    writeLocalDraft(articleId, { baseNumber: base.number, title: titleRef.current, content: editor.getJSON() as EditorDoc, savedAt: Date.now() });
  }, [editor, articleId, base.number]);

  const markDirty = useCallback(() => {
    const now = Date.now();
    if (lastEdit.current !== null && now - lastEdit.current < IDLE_MS) editMs.current += now - lastEdit.current;
    lastEdit.current = now;
    if (statusRef.current !== "unsaved") setStatus("unsaved");
    if (draftTimer.current !== null) window.clearTimeout(draftTimer.current);
    draftTimer.current = window.setTimeout(keepLocally, 700);
  }, [keepLocally]);

  useEffect(() => {
    if (!editor) return;
    editor.on("update", markDirty);
    return () => {
      editor.off("update", markDirty);
    };
  }, [editor, markDirty]);

  // Offer back work that a closed tab or crashed browser left behind.
  useEffect(() => {
    if (!editor) return;
    const draft = readLocalDraft(articleId);
    if (!draft) return;
    const same = JSON.stringify(draft.content) === JSON.stringify(editor.getJSON()) && draft.title === initialBase.title;
    if (same) clearLocalDraft(articleId);
    else setDraftOffer(draft);
  }, [editor, articleId, initialBase.title]);

  const save = useCallback(
    async (override?: { baseNumber: number }) => {
      if (!editor || statusRef.current === "saving") return;
      const content = editor.getJSON() as EditorDoc;
      const docAtSave = editor.state.doc;
      // Thread ranges as mapped through the edits being saved; the save stores them with the revision.
      const anchors = anchorsForSave(editor.state);
      const changesAtSave = changesSinceBase(editor.state);
      const titleAtSave = titleRef.current;
      setStatus("saving");
      setNotice(null);
      const result = await saveRevision(
        articleId,
        {
          baseNumber: override?.baseNumber ?? base.number,
          title: titleAtSave,
          content,
          ...(message.trim() ? { message: message.trim() } : {}),
          editSeconds: Math.round(editMs.current / 1000),
          ...(anchors.length ? { anchors } : {}),
        },
        locale,
      );
      const unchangedSince = editor.state.doc === docAtSave && titleRef.current === titleAtSave;
      switch (result.kind) {
        case "saved":
          if (!editor.isDestroyed) dispatchAnchors(editor.view, { type: "rebase", doc: docAtSave, keepFrom: changesAtSave });
          setBase({ number: result.revision.number, title: titleAtSave, content });
          editMs.current = 0;
          setMessage("");
          setConflict(null);
          if (unchangedSince) clearLocalDraft(articleId);
          setStatus(unchangedSince ? "saved" : "unsaved");
          setNotice({ kind: "ok", text: t("savedAs", { number: result.revision.number }) });
          return;
        case "unchanged":
          setStatus(unchangedSince ? "saved" : "unsaved");
          setNotice({ kind: "ok", text: t("noChanges") });
          return;
        case "conflict":
          setStatus("unsaved");
          keepLocally();
          setConflict({ current: result.current, mine: { title: titleAtSave, content } });
          return;
        case "invalid":
          setStatus("failed");
          setNotice({ kind: "error", text: [result.message, ...result.issues.map((i) => i.message)].join(" ") });
          return;
        case "signed-out":
          setStatus("failed");
          keepLocally();
          setNotice({ kind: "error", text: t("signedOut") });
          return;
        default:
          setStatus("failed");
          keepLocally();
          setNotice({ kind: "error", text: t("failed") });
      }
    },
    [editor, articleId, base.number, message, locale, t, keepLocally],
  );

  // Ctrl/Cmd+S saves from anywhere on the page.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === "s") {
        e.preventDefault();
        void save();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [save]);

  // Leaving with unsaved work asks first (tab close, reload, in-app links).
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (statusRef.current === "saved") return;
      e.preventDefault();
    };
    const onClick = (e: MouseEvent) => {
      const anchor = (e.target as HTMLElement | null)?.closest("a[href]");
      if (!anchor || statusRef.current === "saved" || anchor.getAttribute("target") === "_blank") return;
      if (!window.confirm(t("leaveWarning"))) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [t]);

  const restoreDraft = () => {
    if (!editor || !draftOffer) return;
    editor.commands.setContent(draftOffer.content, { emitUpdate: true });
    setTitle(draftOffer.title);
    setDraftOffer(null);
    setStatus("unsaved");
  };

  const takeTheirs = (current: CurrentRevision) => {
    if (!editor) return;
    editor.commands.setContent(current.content, { emitUpdate: false });
    dispatchAnchors(editor.view, { type: "rebase", doc: editor.state.doc, keepFrom: changesSinceBase(editor.state) });
    setTitle(current.title);
    setBase({ number: current.number, title: current.title, content: current.content });
    setConflict(null);
    clearLocalDraft(articleId);
    setStatus("saved");
  };

  /** Both edits kept: the editor now holds theirs plus mine, on top of theirs, unsaved. */
  const merge = (current: CurrentRevision, doc: EditorDoc, mergedTitle: string) => {
    if (!editor) return;
    setBase({ number: current.number, title: current.title, content: current.content });
    editor.commands.setContent(doc, { emitUpdate: true });
    // Approximation until the next save: the merged text stands in for theirs as the anchors' base.
    dispatchAnchors(editor.view, { type: "rebase", doc: editor.state.doc, keepFrom: changesSinceBase(editor.state) });
    setTitle(mergedTitle);
    setConflict(null);
    setStatus("unsaved");
    setNotice({ kind: "warn", text: t("mergedNotice", { number: current.number }) });
  };

  const keepMine = (current: CurrentRevision) => {
    setConflict(null);
    void save({ baseNumber: current.number });
  };

  const statusText = {
    saved: t("statusSaved"),
    unsaved: t("statusUnsaved"),
    saving: t("statusSaving"),
    failed: t("statusFailed"),
  }[status];

  return (
    <div className="desk-with-comments">
      <div className="desk">
        <div className="desk-bar">
          {editor ? <Toolbar editor={editor} /> : <div className="toolbar" />}
          <div className="save-area">
            <span className="muted small">{base.number ? t("basedOn", { number: base.number }) : t("basedOnMt")}</span>
            <label htmlFor="revision-message" className="visually-hidden">{t("messageLabel")}</label>
            <input
              id="revision-message"
              type="text"
              value={message}
              maxLength={500}
              placeholder={t("messagePlaceholder")}
              onChange={(e) => setMessage(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  void save();
                }
              }}
            />
            <span className={`save-status save-${status}`} role="status" aria-live="polite" data-testid="save-status">
              {statusText}
            </span>
            <button type="button" className="button button-primary" onClick={() => void save()} disabled={status === "saving"} title={t("saveShortcut")}>
              {t("save")}
            </button>
          </div>
        </div>

        {draftOffer && (
          <div className="alert alert-warn desk-notice" role="alert">
            {t("draftFound", { time: format.dateTime(new Date(draftOffer.savedAt), { dateStyle: "medium", timeStyle: "short" }) })}{" "}
            <button type="button" className="button button-small" onClick={restoreDraft}>{t("restoreDraft")}</button>{" "}
            <button type="button" className="button button-small" onClick={() => { clearLocalDraft(articleId); setDraftOffer(null); }}>
              {t("discardDraft")}
            </button>
          </div>
        )}
        {notice && (
          <div className={`alert alert-${notice.kind} desk-notice`} role={notice.kind === "error" ? "alert" : "status"}>{notice.text}</div>
        )}

        <div className="desk-grid">
          <div className="desk-head">{t("original")} <span className="lang-tag">{sourceLang}</span></div>
          <div className="desk-head">{t("translation")} <span className="lang-tag">{targetLang}</span></div>
          <div className="desk-title src" lang={sourceLang}>{sourceTitle}</div>
          <div className="desk-title">
            <label htmlFor="translated-title" className="visually-hidden">{t("titleLabel")}</label>
            <textarea
              id="translated-title"
              lang={targetLang}
              rows={2}
              value={title}
              onChange={(e) => {
                setTitle(e.target.value);
                markDirty();
              }}
            />
          </div>
        </div>
        <div className="desk-body">
          <SourcePane rows={rows} blocks={blocksForPane} lang={sourceLang} active={active} rowRef={rowRef} onHover={onHover} onLeave={onLeave} />
          <div className="tgt-col">
            <EditorContent editor={editor} />
          </div>
        </div>

        {conflict && editor && (
          <ConflictDialog
            base={base}
            current={conflict.current}
            mine={conflict.mine}
            lang={targetLang}
            onKeepMine={() => keepMine(conflict.current)}
            onTakeTheirs={() => takeTheirs(conflict.current)}
            onMerge={(doc, mergedTitle) => merge(conflict.current, doc, mergedTitle)}
            onClose={() => setConflict(null)}
          />
        )}
      </div>
      <CommentsPanel comments={comments} canComment={canComment} />
    </div>
  );
}
