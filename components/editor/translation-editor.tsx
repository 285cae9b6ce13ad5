"use client";

/**
 * The desk: the original on the left, the translation in TipTap on the
 * right, row by row. This file is layout; each job is a hook of its own:
 *
 *   useSave          save state machine and request (409 → useConflict, 422 → notice)
 *   useLocalDraft    unsaved work kept in the browser, offered back on open
 *   useShortcuts     page shortcuts, bound from the DESK_SHORTCUTS list
 *   useLeaveGuard    asks before leaving with unsaved work
 *   useConflict      a concurrent save shown and resolved, never lost
 *   useRowSync       rows level across the two sides (the "layout" layer)
 *   useSentenceLinks caret/hover sentence links (the "sentences" layer)
 *   useCommentThreads comment threads and their anchors
 *   useQaFindings    QA findings as underlines (the "qa" layer) and the findings panel (components/qa)
 *
 * Adding a feature such as QA findings or term hints is one more hook and,
 * if it has one, one panel:
 *
 *   const qa = useQaFindings(editor, rows);   // components/editor/use-qa-findings.ts
 *
 * The hook listens to the editor itself (editor.on("update") / "transaction",
 * re-checking only the blocks whose node changed, as useRowSync does) and
 * draws through its own decoration layer of ./highlights-extension.ts:
 * `editor.view.dispatch(setHighlightLayers(editor.state.tr, { qa: ranges }))`.
 * Each layer is a separate plugin, so replacing the QA underlines never
 * rebuilds the row spacers or sentence highlights, and vice versa; add a
 * layer name to LAYERS there for a new kind (e.g. "terms"). The hook returns
 * what its panel shows (findings, next/previous, fix, dismiss) and the desk
 * renders that panel in the side column beside <CommentsPanel>. Keep
 * per-keystroke work out of React state: a hook that sets desk state on every
 * edit re-renders the whole desk inside the keystroke (see useSave's status
 * store, and npm run bench:editor).
 */
import { EditorContent, useEditor } from "@tiptap/react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { RowSentence } from "@/lib/articles/row-sentences";
import { blockSentences } from "@/lib/articles/row-sentences";
import { editorExtensions } from "@/lib/editor/extensions";
import { transformPastedHTML } from "@/lib/editor/paste";
import type { EditorDoc } from "@/lib/editor/validate";
import { CommentAnchors } from "@/components/comments/anchors-extension";
import { CommentsPanel } from "@/components/comments/comments-panel";
import { useCommentThreads } from "@/components/comments/use-comment-threads";
import { FindingsPanel } from "@/components/qa/findings-panel";
import { useQaFindings } from "@/components/qa/use-qa-findings";
import qaStyles from "@/components/qa/qa.module.css";
import { DeskSubmit, type DeskSubmitOptions } from "@/components/workflow/desk-submit";
import { ConflictDialog } from "./conflict-dialog";
import { Highlights } from "./highlights-extension";
import { SourcePane, type SourceBlock } from "./source-pane";
import { Toolbar } from "./toolbar";
import { useConflict } from "./use-conflict";
import { useLeaveGuard } from "./use-leave-guard";
import { useLocalDraft } from "./use-local-draft";
import { useRowSync } from "./use-row-sync";
import { useSave, useSaveStatus, useSaveStatusStore, type DeskBase, type DeskNotice, type SaveStatusStore } from "./use-save";
import { useSentenceLinks } from "./use-sentence-links";
import { matchesShortcut, useShortcuts } from "./use-shortcuts";

export type TranslationEditorProps = {
  articleId: string;
  sourceLang: string;
  targetLang: string;
  sourceTitle: string;
  sourceBlocks: { type: string; text: string }[];
  base: DeskBase;
  /** Show the comment threads panel with writing enabled (`can(actor, "comment.write")`); default true. */
  canComment?: boolean;
  /** Offer "Submit for review" once saved (absent for those who may not submit). */
  submit?: DeskSubmitOptions;
};

/**
 * The save status pill; subscribes to the status on its own so a change re-renders only it.
 * With no revision yet (`untouched`), nothing was saved: the MT is "not edited yet", not "Saved".
 */
function SaveStatusBadge({ status, untouched }: { status: SaveStatusStore; untouched: boolean }) {
  const t = useTranslations("Editor");
  const value = useSaveStatus(status);
  if (value === "saved" && untouched) {
    return (
      <span className="save-status muted" role="status" aria-live="polite" data-testid="save-status" title={t("statusUntouchedHint")}>
        {t("statusUntouched")}
      </span>
    );
  }
  const text = { saved: t("statusSaved"), unsaved: t("statusUnsaved"), saving: t("statusSaving"), failed: t("statusFailed") }[value];
  return (
    <span className={`save-status save-${value}`} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </span>
  );
}

function SaveButton({ status, onSave }: { status: SaveStatusStore; onSave: () => void }) {
  const t = useTranslations("Editor");
  const saving = useSaveStatus(status) === "saving";
  return (
    <button type="button" className="button button-primary" onClick={onSave} disabled={saving} title={t("saveShortcut")}>
      {t("save")}
    </button>
  );
}

/**
 * The desk: save with the button or Ctrl/Cmd+S; unsaved work kept in the
 * browser; a concurrent save is shown and resolved, never lost.
 */
export function TranslationEditor({ articleId, sourceLang, targetLang, sourceTitle, sourceBlocks, base: initialBase, canComment = true, submit }: TranslationEditorProps) {
  const t = useTranslations("Editor");
  const format = useFormatter();
  const locale = useLocale();

  const [base, setBase] = useState(initialBase);
  const [title, setTitle] = useState(initialBase.title);
  const [notice, setNotice] = useState<DeskNotice | null>(null);
  const titleRef = useRef(title);
  titleRef.current = title;

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
  const qa = useQaFindings({ editor, articleId, sourceTexts, sourceLang, targetLang });

  const status = useSaveStatusStore();
  const draft = useLocalDraft({ editor, articleId, baseNumber: base.number, initialTitle: initialBase.title, titleRef });
  const conflicts = useConflict({
    editor,
    status,
    setBase,
    setTitle,
    setNotice,
    clearLocal: draft.clear,
    mergedNotice: useCallback((number: number) => t("mergedNotice", { number }), [t]),
  });
  const messages = useMemo(
    () => ({ savedAs: (number: number) => t("savedAs", { number }), noChanges: t("noChanges"), signedOut: t("signedOut"), failed: t("failed") }),
    [t],
  );
  const { save, markDirty, message, setMessage } = useSave({
    editor,
    articleId,
    locale,
    status,
    base,
    setBase,
    titleRef,
    messages,
    setNotice,
    keepLocally: draft.keep,
    clearLocal: draft.clear,
    onConflict: conflicts.open,
    onSaved: conflicts.close,
  });

  /** Every edit, of the document or the title. */
  const edited = useCallback(() => {
    markDirty();
    draft.schedule();
  }, [markDirty, draft]);

  useEffect(() => {
    if (!editor) return;
    editor.on("update", edited);
    return () => {
      editor.off("update", edited);
    };
  }, [editor, edited]);

  useShortcuts({ save: () => void save(), "qa-next": qa.next, "qa-previous": qa.previous });
  useLeaveGuard(useCallback(() => status.get() !== "saved", [status]), t("leaveWarning"));

  const restoreDraft = () => {
    const offered = draft.takeOffer();
    if (!editor || !offered) return;
    editor.commands.setContent(offered.content, { emitUpdate: true });
    setTitle(offered.title);
    status.set("unsaved");
  };

  const conflict = conflicts.conflict;
  const draftOffer = draft.offer;
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
                if (matchesShortcut("save-from-message", e)) {
                  e.preventDefault();
                  void save();
                }
              }}
            />
            <SaveStatusBadge status={status} untouched={base.number === 0} />
            <SaveButton status={status} onSave={() => void save()} />
            {submit && <DeskSubmit articleId={articleId} revisionNumber={base.number} initialRevisionNumber={initialBase.number} status={status} options={submit} />}
          </div>
        </div>

        {draftOffer && (
          <div className="alert alert-warn desk-notice" role="alert">
            {t("draftFound", { time: format.dateTime(new Date(draftOffer.savedAt), { dateStyle: "medium", timeStyle: "short" }) })}{" "}
            <button type="button" className="button button-small" onClick={restoreDraft}>{t("restoreDraft")}</button>{" "}
            <button type="button" className="button button-small" onClick={draft.discardOffer}>
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
                edited();
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
            onKeepMine={() => void save({ baseNumber: conflicts.keepMine(conflict.current) })}
            onTakeTheirs={() => conflicts.takeTheirs(conflict.current)}
            onMerge={(doc, mergedTitle) => conflicts.merge(conflict.current, doc, mergedTitle)}
            onClose={conflicts.close}
          />
        )}
      </div>
      <div className={qaStyles.side}>
        <FindingsPanel qa={qa} />
        <CommentsPanel comments={comments} canComment={canComment} />
      </div>
    </div>
  );
}
