"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { restoreRevisionAction, type RestoreState } from "@/app/actions/revisions";
import { ConfirmSubmit } from "@/components/confirm-submit";

/** Restore with confirmation; the head the user saw travels along, so a race is refused. */
export function RestoreButton({ articleId, number, baseNumber }: { articleId: string; number: number; baseNumber: number }) {
  const t = useTranslations("History");
  const [state, action, pending] = useActionState<RestoreState, FormData>(restoreRevisionAction, {});
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="number" value={number} />
      <input type="hidden" name="baseNumber" value={baseNumber} />
      <ConfirmSubmit
        label={t("restore")}
        question={t("confirmRestore", { number })}
        confirmLabel={t("restore")}
        className="button button-small"
        disabled={pending}
      />
      {state.ok && <span role="status" className="small" style={{ color: "var(--ok)" }}>{state.ok}</span>}
      {state.error && <span role="alert" className="small error">{state.error}</span>}
    </form>
  );
}
