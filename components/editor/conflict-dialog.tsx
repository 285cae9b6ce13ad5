"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { DiffView } from "@/components/diff/diff-view";
import { mergeDocs } from "@/lib/articles/merge";
import { diffDocuments } from "@/lib/diff";
import { docToBlocks } from "@/lib/editor/to-text";
import type { EditorDoc } from "@/lib/editor/validate";
import type { CurrentRevision } from "./save-client";

/**
 * Someone else saved first. Shows what they changed (their revision against
 * the one this editor started from) and what keeping mine would change on top
 * of theirs; then the user keeps theirs or puts theirs under mine.
 */
export function ConflictDialog({
  base,
  current,
  mine,
  lang,
  onKeepMine,
  onTakeTheirs,
  onMerge,
  onClose,
}: {
  base: { number: number; title: string; content: EditorDoc };
  current: CurrentRevision;
  mine: { title: string; content: EditorDoc };
  lang: string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onMerge: (doc: EditorDoc, title: string) => void;
  onClose: () => void;
}) {
  const t = useTranslations("Editor");
  const format = useFormatter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [tab, setTab] = useState<"theirs" | "mine">("theirs");
  const [confirmTake, setConfirmTake] = useState(false);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const theirChanges = useMemo(
    () => diffDocuments(docToBlocks(base.content), docToBlocks(current.content), { lang }),
    [base.content, current.content, lang],
  );
  const myChanges = useMemo(
    () => diffDocuments(docToBlocks(current.content), docToBlocks(mine.content), { lang }),
    [current.content, mine.content, lang],
  );

  const merged = useMemo(() => mergeDocs(base.content, current.content, mine.content), [base.content, current.content, mine.content]);
  // The title merges the same way: keep whichever side changed it.
  const mergedTitle = mine.title === base.title ? current.title : current.title === base.title ? mine.title : null;
  const canMerge = merged.ok && mergedTitle !== null;

  return (
    <dialog ref={dialog} className="card conflict-dialog" aria-labelledby="conflict-title" onClose={onClose}>
      <div className="card-body stack">
        <h2 id="conflict-title">
          {t("conflictTitle", { name: current.authorName ?? "", number: current.number })}
        </h2>
        <p className="muted small" style={{ margin: 0 }}>
          {format.dateTime(new Date(current.createdAt), { dateStyle: "medium", timeStyle: "short" })}
          {current.message ? ` — “${current.message}”` : ""}
        </p>
        <p style={{ margin: 0 }}>{t("conflictIntro")}</p>
        <div role="tablist" className="row">
          <button type="button" role="tab" aria-selected={tab === "theirs"} className={tab === "theirs" ? "button button-small is-on" : "button button-small"} onClick={() => setTab("theirs")}>
            {t("theirChanges")}
          </button>
          <button type="button" role="tab" aria-selected={tab === "mine"} className={tab === "mine" ? "button button-small is-on" : "button button-small"} onClick={() => setTab("mine")}>
            {t("yourChanges")}
          </button>
        </div>
        <div className="conflict-diff" role="tabpanel">
          {tab === "theirs" ? (
            <>
              {base.title !== current.title && <p className="small"><del className="diff-del">{base.title}</del> <ins className="diff-ins">{current.title}</ins></p>}
              <DiffView diff={theirChanges} lang={lang} hideEqual />
            </>
          ) : (
            <>
              {current.title !== mine.title && <p className="small"><del className="diff-del">{current.title}</del> <ins className="diff-ins">{mine.title}</ins></p>}
              <DiffView diff={myChanges} lang={lang} hideEqual />
            </>
          )}
        </div>
        {confirmTake ? (
          <div className="alert alert-warn row" role="alert">
            {t("confirmTakeTheirs", { number: current.number })}
            <button type="button" className="button button-small button-danger" onClick={onTakeTheirs}>{t("takeTheirs")}</button>
            <button type="button" className="button button-small" onClick={() => setConfirmTake(false)}>{t("cancel")}</button>
          </div>
        ) : (
          <>
            <p className="small muted" style={{ margin: 0 }}>{canMerge ? t("mergeHint") : t("mergeUnavailable")}</p>
            <div className="row" style={{ justifyContent: "flex-end" }}>
              <button type="button" className="button" onClick={() => setConfirmTake(true)}>{t("takeTheirs")}</button>
              <button type="button" className={canMerge ? "button" : "button button-primary"} onClick={onKeepMine}>{t("keepMine")}</button>
              {canMerge && merged.ok && (
                <button type="button" className="button button-primary" onClick={() => onMerge(merged.doc, mergedTitle ?? current.title)}>
                  {t("mergeBoth")}
                </button>
              )}
            </div>
          </>
        )}
      </div>
    </dialog>
  );
}
