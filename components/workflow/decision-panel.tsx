"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { approveAction, requestChangesAction, type ReviewFormState } from "@/app/actions/review";
import { QaOverrideField } from "./qa-override-field";
import { CHANGE_REQUEST_CATEGORIES } from "@/lib/workflow/reasons";

/**
 * Approve or request changes on the submitted revision. Ctrl/Cmd+Enter asks
 * to approve, in a dialog whose Approve button (focused, so Enter confirms)
 * submits; inside the change-request form it sends the request.
 */
export function DecisionPanel({ articleId, revisionNumber, canApprove, canRequestChanges }: { articleId: string; revisionNumber: number; canApprove: boolean; canRequestChanges: boolean }) {
  const t = useTranslations("Review");
  const rl = useTranslations("ReviewLoop");
  const [approveState, approve, approving] = useActionState<ReviewFormState, FormData>(approveAction, {});
  const [requestState, request, requesting] = useActionState<ReviewFormState, FormData>(requestChangesAction, {});
  const [requestOpen, setRequestOpen] = useState(false);
  const approveForm = useRef<HTMLFormElement>(null);
  const requestForm = useRef<HTMLFormElement>(null);
  const approveDialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
      const inRequest = requestForm.current?.contains(document.activeElement);
      event.preventDefault();
      // A second Ctrl+Enter while the question is open does nothing: confirming takes a deliberate Enter or click.
      if (approveDialog.current?.open) return;
      if (inRequest) requestForm.current?.requestSubmit();
      else if (canApprove) approveDialog.current?.showModal();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [canApprove]);

  const done = approveState.ok ?? requestState.ok;
  if (done) return <p role="status" className="alert alert-ok" data-testid="decision-done">{done}</p>;

  return (
    <div className="decision-panel stack" data-testid="decision-panel">
      <div className="row" style={{ flexWrap: "wrap" }}>
        {canApprove && (
          <form ref={approveForm} action={approve} className="inline-form">
            <input type="hidden" name="articleId" value={articleId} />
            <input type="hidden" name="revisionNumber" value={revisionNumber} />
            {approveState.qaOpenErrors !== undefined && (
              <QaOverrideField
                id="approve"
                openErrors={approveState.qaOpenErrors}
                defaultValue={approveState.values?.qaOverrideReason}
                error={approveState.fieldErrors?.qaOverride}
              />
            )}
            <button type="submit" className="button button-primary" disabled={approving} aria-keyshortcuts="Control+Enter Meta+Enter">
              {approving ? t("approving") : t("approve", { number: revisionNumber })} <kbd className="kbd">{t("approveShortcut")}</kbd>
            </button>
            <dialog ref={approveDialog} className="card confirm-dialog" aria-label={rl("approveQuestion", { number: revisionNumber })} data-testid="approve-dialog">
              <div className="card-body stack">
                <p style={{ margin: 0 }}>{rl("approveQuestion", { number: revisionNumber })}</p>
                <div className="row" style={{ justifyContent: "flex-end" }}>
                  <button type="button" className="button" onClick={() => approveDialog.current?.close()}>{t("cancel")}</button>
                  <button type="submit" className="button button-primary" autoFocus onClick={() => approveDialog.current?.close()}>
                    {rl("approveConfirm")}
                  </button>
                </div>
              </div>
            </dialog>
          </form>
        )}
        {canRequestChanges && (
          <button type="button" className="button" aria-expanded={requestOpen} aria-controls="request-changes-form" onClick={() => setRequestOpen((open) => !open)}>
            {t("requestChanges")}
          </button>
        )}
      </div>
      {approveState.error && <p role="alert" className="alert alert-error">{approveState.error}</p>}
      {canRequestChanges && requestOpen && (
        <form
          ref={requestForm}
          id="request-changes-form"
          action={request}
          className="card card-body stack request-form"
          onKeyDown={(event) => {
            if (event.key === "Escape") setRequestOpen(false);
          }}
        >
          <input type="hidden" name="articleId" value={articleId} />
          <input type="hidden" name="revisionNumber" value={revisionNumber} />
          <fieldset className="reason-grid">
            <legend>{t("categories")}</legend>
            {CHANGE_REQUEST_CATEGORIES.map((c) => (
              <label key={c} className="checkbox">
                <input type="checkbox" name="categories" value={c} /> {t(`category.${c}`)}
              </label>
            ))}
          </fieldset>
          {requestState.fieldErrors?.categories && <span className="error small">{requestState.fieldErrors.categories}</span>}
          <div className="field">
            <label htmlFor="request-changes-comment">{t("comment")}</label>
            <textarea id="request-changes-comment" name="comment" rows={4} maxLength={5000} required placeholder={t("commentPlaceholder")} autoFocus />
            {requestState.fieldErrors?.comment && <span className="error small">{requestState.fieldErrors.comment}</span>}
          </div>
          {requestState.error && <p role="alert" className="alert alert-error">{requestState.error}</p>}
          <div className="row">
            <button type="submit" className="button button-danger" disabled={requesting}>{requesting ? t("sending") : t("sendRequest")}</button>
            <button type="button" className="button" onClick={() => setRequestOpen(false)}>{t("cancel")}</button>
          </div>
        </form>
      )}
    </div>
  );
}
