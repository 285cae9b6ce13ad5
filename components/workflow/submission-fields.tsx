"use client";

import { useTranslations } from "next-intl";
import type { ReviewFormState } from "@/app/actions/review";
import { QaOverrideField } from "./qa-override-field";

/**
 * The fields of a submission, shared by the article page's form and the
 * desk's dialog: which revision, to whom (by default `defaultReviewerId`
 * when that person may still receive it), a note, and — once the server has
 * refused for open QA errors — the override reason. Keeps what was typed
 * when the server refuses.
 */
export function SubmissionFields({
  id,
  state,
  articleId,
  revisionNumber,
  reviewers,
  defaultReviewerId,
}: {
  id: string;
  state: ReviewFormState;
  articleId: string;
  revisionNumber: number;
  reviewers: { id: string; name: string }[];
  defaultReviewerId?: string | null;
}) {
  const t = useTranslations("Review");
  const defaultReviewer = reviewers.some((r) => r.id === defaultReviewerId) ? (defaultReviewerId ?? "") : "";
  return (
    <>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="revisionNumber" value={revisionNumber} />
      <div className="field">
        <label htmlFor={`${id}-reviewer`}>{t("reviewer")}</label>
        <select id={`${id}-reviewer`} name="reviewerId" defaultValue={state.values?.reviewerId ?? defaultReviewer}>
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
    </>
  );
}
