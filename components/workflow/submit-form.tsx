"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { submitAction, type ReviewFormState } from "@/app/actions/review";
import { QaOverrideField } from "./qa-override-field";

/**
 * Submit the latest revision for review: optionally to a named reviewer (by
 * default `defaultReviewerId`, the reviewer who asked for changes), with a note.
 */
export function SubmitForm({
  articleId,
  revisionNumber,
  reviewers,
  defaultReviewerId,
}: {
  articleId: string;
  revisionNumber: number;
  reviewers: { id: string; name: string }[];
  defaultReviewerId?: string | null;
}) {
  const t = useTranslations("Review");
  const [state, action, pending] = useActionState<ReviewFormState, FormData>(submitAction, {});
  const id = useId();
  if (state.ok) return <p role="status" className="alert alert-ok">{state.ok}</p>;
  return (
    <details className="submit-details">
      <summary className="button button-primary">{t("submitRevision", { number: revisionNumber })}</summary>
      <form action={action} className="stack submit-form">
        <input type="hidden" name="articleId" value={articleId} />
        <input type="hidden" name="revisionNumber" value={revisionNumber} />
        <div className="field">
          <label htmlFor={`${id}-reviewer`}>{t("reviewer")}</label>
          <select id={`${id}-reviewer`} name="reviewerId" defaultValue={state.values?.reviewerId ?? (reviewers.some((r) => r.id === defaultReviewerId) ? (defaultReviewerId ?? "") : "")}>
            <option value="">{t("anyReviewer")}</option>
            {reviewers.map((r) => (
              <option key={r.id} value={r.id}>{r.name}</option>
            ))}
          </select>
          {state.fieldErrors?.reviewerId && <span className="error small">{state.fieldErrors.reviewerId}</span>}
        </div>
        <div className="field">
          <label htmlFor={`${id}-note`}>{t("note")}</label>
          <textarea id={`${id}-note`} name="note" rows={3} maxLength={2000} placeholder={t("notePlaceholder")} defaultValue={state.values?.note} />
          {state.fieldErrors?.note && <span className="error small">{state.fieldErrors.note}</span>}
        </div>
        {state.qaOpenErrors !== undefined && (
          <QaOverrideField id={id} openErrors={state.qaOpenErrors} defaultValue={state.values?.qaOverrideReason} error={state.fieldErrors?.qaOverride} />
        )}
        {state.error && <p role="alert" className="alert alert-error">{state.error}</p>}
        <div className="row">
          <button type="submit" className="button button-primary" disabled={pending}>
            {pending ? t("submitting") : t("submitConfirm", { number: revisionNumber })}
          </button>
        </div>
      </form>
    </details>
  );
}
