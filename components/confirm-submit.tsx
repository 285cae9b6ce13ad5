"use client";

import { useTranslations } from "next-intl";
import { useRef, type ReactNode } from "react";

/**
 * A submit button that asks first, in a modal dialog. The form submits only
 * when the dialog's confirm button is pressed.
 */
export function ConfirmSubmit({
  label,
  question,
  confirmLabel,
  className = "button button-small button-danger",
  disabled,
}: {
  label: ReactNode;
  question: string;
  confirmLabel: string;
  className?: string;
  disabled?: boolean;
}) {
  const c = useTranslations("Common");
  const dialog = useRef<HTMLDialogElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button type="button" className={className} disabled={disabled} onClick={() => dialog.current?.showModal()}>
        {label}
      </button>
      <dialog ref={dialog} className="card confirm-dialog" aria-label={question}>
        <div className="card-body stack">
          <p style={{ margin: 0 }}>{question}</p>
          <div className="row" style={{ justifyContent: "flex-end" }}>
            <button type="button" className="button" onClick={() => dialog.current?.close()} autoFocus>
              {c("cancel")}
            </button>
            <button
              ref={confirm}
              type="submit"
              className="button button-primary"
              onClick={() => dialog.current?.close()}
            >
              {confirmLabel}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
