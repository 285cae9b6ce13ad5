"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signInAction, type SignInState } from "@/app/actions/auth";

export function SignInForm({ locale, next }: { locale: string; next: string }) {
  const t = useTranslations("SignIn");
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  const message =
    state.error === "throttled" ? t("throttled", { minutes: state.minutes ?? 15 }) : state.error ? t(state.error) : null;
  return (
    <form action={action} className="stack" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="next" value={next} />
      {message && (
        <div role="alert" className="alert alert-error">
          {message}
        </div>
      )}
      <div className="field">
        <label htmlFor="email">{t("email")}</label>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.email} autoFocus />
      </div>
      <div className="field">
        <label htmlFor="password">{t("password")}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button className="button button-primary" type="submit" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
