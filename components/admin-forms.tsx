"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import {
  changeRoleAction,
  createTokenAction,
  createUserAction,
  revokeTokenAction,
  setDisabledAction,
  type AdminState,
} from "@/app/actions/admin";
import { ROLES } from "@/lib/auth/roles";
import { TOKEN_SCOPES } from "@/lib/auth/policy";
import { ConfirmSubmit } from "./confirm-submit";

function Feedback({ state }: { state: AdminState }) {
  if (state.error) return <div role="alert" className="alert alert-error">{state.error}</div>;
  if (state.ok) return <div role="status" className="alert alert-ok">{state.ok}</div>;
  return null;
}

function FieldError({ state, name }: { state: AdminState; name: string }) {
  const error = state.fieldErrors?.[name];
  return error ? <span id={`${name}-error`} className="error">{error}</span> : null;
}

export function CreateUserForm() {
  const t = useTranslations("Admin");
  const r = useTranslations("Roles");
  const [state, action, pending] = useActionState<AdminState, FormData>(createUserAction, {});
  return (
    <form action={action} className="stack" noValidate>
      <Feedback state={state} />
      <div className="grid-4">
        <div className="field">
          <label htmlFor="new-name">{t("name")}</label>
          <input id="new-name" name="name" type="text" aria-invalid={state.fieldErrors?.name ? true : undefined} />
          <FieldError state={state} name="name" />
        </div>
        <div className="field">
          <label htmlFor="new-email">{t("email")}</label>
          <input id="new-email" name="email" type="email" aria-invalid={state.fieldErrors?.email ? true : undefined} />
          <FieldError state={state} name="email" />
        </div>
        <div className="field">
          <label htmlFor="new-role">{t("role")}</label>
          <select id="new-role" name="role" defaultValue="editor">
            {ROLES.map((role) => <option key={role} value={role}>{r(role)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="new-password">{t("password")}</label>
          <input id="new-password" name="password" type="password" autoComplete="new-password" aria-invalid={state.fieldErrors?.password ? true : undefined} />
          <span className="hint">{t("passwordHint")}</span>
          <FieldError state={state} name="password" />
        </div>
      </div>
      <div>
        <button className="button button-primary" type="submit" disabled={pending}>{t("createUser")}</button>
      </div>
    </form>
  );
}

export function UserActions({ user, self }: { user: { id: string; name: string; role: string; disabled: boolean }; self: boolean }) {
  const t = useTranslations("Admin");
  const r = useTranslations("Roles");
  const [roleState, roleAction, rolePending] = useActionState<AdminState, FormData>(changeRoleAction, {});
  const [disableState, disableAction, disablePending] = useActionState<AdminState, FormData>(setDisabledAction, {});
  const message = roleState.error ?? disableState.error ?? roleState.ok ?? disableState.ok;
  return (
    <div className="stack" style={{ gap: 6 }}>
      <div className="row">
        <form action={roleAction} className="inline-form">
          <input type="hidden" name="userId" value={user.id} />
          <label htmlFor={`role-${user.id}`} className="visually-hidden">{`${t("role")} · ${user.name}`}</label>
          <select id={`role-${user.id}`} name="role" defaultValue={user.role} disabled={self}>
            {ROLES.map((role) => <option key={role} value={role}>{r(role)}</option>)}
          </select>
          <button className="button button-small" type="submit" disabled={self || rolePending}>{t("changeRole")}</button>
        </form>
        <form action={disableAction} className="inline-form">
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="name" value={user.name} />
          <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
          {user.disabled ? (
            <button className="button button-small" type="submit" disabled={disablePending}>{t("enable")}</button>
          ) : (
            <ConfirmSubmit label={t("disable")} question={t("confirmDisable", { name: user.name })} confirmLabel={t("disable")} disabled={self || disablePending} />
          )}
        </form>
      </div>
      {message && <span role="status" className="small muted">{message}</span>}
    </div>
  );
}

export function CreateTokenForm() {
  const t = useTranslations("Admin");
  const c = useTranslations("Common");
  const [state, action, pending] = useActionState<AdminState, FormData>(createTokenAction, {});
  const [copied, setCopied] = useState(false);
  return (
    <form action={action} className="stack" noValidate>
      <Feedback state={state} />
      {state.secret && (
        <div className="secret-box">
          <code className="mono" data-testid="new-token">{state.secret}</code>
          <button
            type="button"
            className="button button-small"
            onClick={() => void navigator.clipboard?.writeText(state.secret ?? "").then(() => setCopied(true))}
          >
            {copied ? c("copied") : c("copy")}
          </button>
        </div>
      )}
      <div className="grid-2">
        <div className="field">
          <label htmlFor="token-name">{t("tokenName")}</label>
          <input id="token-name" name="name" type="text" aria-invalid={state.fieldErrors?.name ? true : undefined} />
          <span className="hint">{t("tokenNameHint")}</span>
          <FieldError state={state} name="name" />
        </div>
        <fieldset>
          <legend>{t("scopes")}</legend>
          {TOKEN_SCOPES.map((scope) => (
            <label key={scope} className="row" style={{ gap: 6 }}>
              <input type="checkbox" name="scopes" value={scope} defaultChecked={scope === "import"} /> {t(`scope_${scope}`)}
            </label>
          ))}
          <FieldError state={state} name="scopes" />
        </fieldset>
      </div>
      <div>
        <button className="button button-primary" type="submit" disabled={pending}>{t("createToken")}</button>
      </div>
    </form>
  );
}

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const t = useTranslations("Admin");
  const [state, action, pending] = useActionState<AdminState, FormData>(revokeTokenAction, {});
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="tokenId" value={tokenId} />
      <ConfirmSubmit label={t("revoke")} question={t("confirmRevoke", { name })} confirmLabel={t("revoke")} disabled={pending} />
      {state.error && <span role="alert" className="error small">{state.error}</span>}
    </form>
  );
}
