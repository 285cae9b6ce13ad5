"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { submitAction, type ReviewFormState } from "@/app/actions/review";
import { SubmissionFields } from "./submission-fields";

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
        <SubmissionFields id={id} state={state} articleId={articleId} revisionNumber={revisionNumber} reviewers={reviewers} defaultReviewerId={defaultReviewerId} />
        <div className="row">
          <button type="submit" className="button button-primary" disabled={pending}>
            {pending ? t("submitting") : t("submitConfirm", { number: revisionNumber })}
          </button>
        </div>
      </form>
    </details>
  );
}
