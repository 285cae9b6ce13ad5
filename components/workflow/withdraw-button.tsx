"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { withdrawAction, type ReviewFormState } from "@/app/actions/review";
import { ConfirmSubmit } from "@/components/confirm-submit";

/** The submitter takes the submission back, after confirming. */
export function WithdrawButton({ articleId, revisionNumber }: { articleId: string; revisionNumber: number }) {
  const t = useTranslations("Review");
  const [state, action, pending] = useActionState<ReviewFormState, FormData>(withdrawAction, {});
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="revisionNumber" value={revisionNumber} />
      <ConfirmSubmit label={t("withdraw")} question={t("confirmWithdraw", { number: revisionNumber })} confirmLabel={t("withdraw")} className="button" disabled={pending} />
      {state.ok && <span role="status" className="small" style={{ color: "var(--ok)" }}>{state.ok}</span>}
      {state.error && <span role="alert" className="small error">{state.error}</span>}
    </form>
  );
}
