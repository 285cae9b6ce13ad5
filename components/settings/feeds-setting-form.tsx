"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changeFeedsSettingAction, type SettingsFormState } from "@/app/actions/settings";

export function FeedsSettingForm({ isPublic }: { isPublic: boolean }) {
  const t = useTranslations("Settings");
  const [state, action, pending] = useActionState<SettingsFormState, FormData>(changeFeedsSettingAction, {});
  return (
    <form action={action} className="stack">
      {state.error && <div role="alert" className="alert alert-error">{state.error}</div>}
      {state.ok && <div role="status" className="alert alert-ok">{state.ok}</div>}
      <label className="row" style={{ gap: 8 }}>
        <input type="checkbox" name="public" defaultChecked={isPublic} aria-describedby="feeds-public-hint" /> {t("feedsPublic")}
      </label>
      <span id="feeds-public-hint" className="hint">{t("feedsPublicHint")}</span>
      <div>
        <button className="button button-primary" type="submit" disabled={pending}>{t("save")}</button>
      </div>
    </form>
  );
}
