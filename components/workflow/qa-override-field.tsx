"use client";

import { useTranslations } from "next-intl";

/**
 * Shown in the submit and approve forms once the server refused them for
 * open QA errors: the count, and the reason that lets the move through
 * (kept in the audit trail and shown to the reviewer).
 */
export function QaOverrideField({ id, openErrors, defaultValue, error }: { id: string; openErrors: number; defaultValue?: string | readonly string[]; error?: string }) {
  const t = useTranslations("Review");
  return (
    <div className="field qa-override" data-testid="qa-override">
      <input type="hidden" name="qaOverrideRequired" value={openErrors} />
      <p className="small" style={{ margin: 0 }}>{t("qaOverrideAsk", { count: openErrors })}</p>
      <label htmlFor={`${id}-qa-override`}>{t("qaOverrideReason")}</label>
      <textarea id={`${id}-qa-override`} name="qaOverrideReason" rows={2} maxLength={1000} required defaultValue={defaultValue} placeholder={t("qaOverridePlaceholder")} />
      {error && <span className="error small">{error}</span>}
    </div>
  );
}

/** "Submitted with 2 open QA errors — reason: …", for the reviewer. */
export function QaOverrideNotice({ openErrors, reason }: { openErrors: number; reason: string }) {
  const t = useTranslations("Review");
  return (
    <p className="alert alert-warn small" style={{ margin: 0 }} data-testid="qa-override-notice">
      {t("qaOverrideSubmitted", { count: openErrors, reason })}
    </p>
  );
}
