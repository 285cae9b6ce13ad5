"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { DiffView } from "@/components/diff/diff-view";
import type { PublishPreview } from "@/lib/read/publish-preview";
import styles from "./review-loop.module.css";

/**
 * The Publish button of a publish form: it opens a dialog that shows what goes
 * out (the changes against the live version, or "first publication") and
 * submits the form only when confirmed.
 */
export function PublishConfirm({ label, preview, lang, disabled }: { label: string; preview: PublishPreview; lang: string; disabled?: boolean }) {
  const t = useTranslations("ReviewLoop");
  const c = useTranslations("Common");
  const dialog = useRef<HTMLDialogElement>(null);
  const question = t("publishQuestion", { revision: preview.revisionNumber });
  const titleChanged = preview.kind === "update" && preview.title.blocks.some((b) => b.kind !== "equal");
  return (
    <>
      <button type="button" className="button button-primary button-small" disabled={disabled} onClick={() => dialog.current?.showModal()}>
        {label}
      </button>
      <dialog ref={dialog} className={`card ${styles.dialog}`} aria-label={question} data-testid="publish-dialog">
        <div className="card-body stack">
          <h2 style={{ margin: 0, fontSize: 17 }}>{question}</h2>
          {preview.kind === "first" ? (
            <p style={{ margin: 0 }} data-testid="publish-first">{t("firstPublication", { revision: preview.revisionNumber })}</p>
          ) : (
            <>
              <p style={{ margin: 0 }} data-testid="publish-against">
                {t("publishAgainstLive", { version: preview.liveVersion, live: preview.liveRevisionNumber, revision: preview.revisionNumber })}
              </p>
              <div className={styles.preview} data-testid="publish-diff">
                {titleChanged && (
                  <div className="diff-title">
                    <span className="diff-label">{t("headline")}</span>
                    <DiffView diff={preview.title} lang={lang} />
                  </div>
                )}
                <DiffView diff={preview.body} lang={lang} hideEqual />
              </div>
            </>
          )}
          <div className="row" style={{ justifyContent: "flex-end" }}>
            <button type="button" className="button" onClick={() => dialog.current?.close()} autoFocus>
              {c("cancel")}
            </button>
            <button type="submit" className="button button-primary" onClick={() => dialog.current?.close()}>
              {t("publishConfirm", { revision: preview.revisionNumber })}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
