"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import {
  createWebhookEndpointAction,
  deleteWebhookEndpointAction,
  resendWebhookDeliveryAction,
  setWebhookEndpointEnabledAction,
  type WebhookFormState,
} from "@/app/actions/webhooks";
import { ConfirmSubmit } from "@/components/confirm-submit";

function FieldError({ state, name }: { state: WebhookFormState; name: string }) {
  const error = state.fieldErrors?.[name];
  return error ? <span id={`webhook-${name}-error`} className="error">{error}</span> : null;
}

/** A secret with a copy button. */
export function SecretBox({ secret, testId }: { secret: string; testId?: string }) {
  const c = useTranslations("Common");
  const [copied, setCopied] = useState(false);
  return (
    <div className="secret-box">
      <code className="mono" data-testid={testId}>{secret}</code>
      <button type="button" className="button button-small" onClick={() => void navigator.clipboard?.writeText(secret).then(() => setCopied(true))}>
        {copied ? c("copied") : c("copy")}
      </button>
    </div>
  );
}

export function RegisterEndpointForm() {
  const t = useTranslations("Webhooks");
  const [state, action, pending] = useActionState<WebhookFormState, FormData>(createWebhookEndpointAction, {});
  return (
    <form action={action} className="stack" noValidate>
      {state.error && <div role="alert" className="alert alert-error">{state.error}</div>}
      {state.ok && state.secret && (
        <div role="status" className="alert alert-ok stack" style={{ gap: 6 }}>
          <span>{state.ok}</span>
          <SecretBox secret={state.secret} testId="new-webhook-secret" />
          <span className="small">{t("secretHint")}</span>
        </div>
      )}
      <div className="grid-2">
        <div className="field">
          <label htmlFor="webhook-url">{t("url")}</label>
          <input
            id="webhook-url"
            name="url"
            type="url"
            inputMode="url"
            placeholder="https://"
            aria-invalid={state.fieldErrors?.url ? true : undefined}
            aria-describedby={state.fieldErrors?.url ? "webhook-url-error" : "webhook-url-hint"}
          />
          <span id="webhook-url-hint" className="hint">{t("urlHint")}</span>
          <FieldError state={state} name="url" />
        </div>
        <div className="field">
          <label htmlFor="webhook-description">{t("description")}</label>
          <input id="webhook-description" name="description" type="text" aria-describedby="webhook-description-hint" aria-invalid={state.fieldErrors?.description ? true : undefined} />
          <span id="webhook-description-hint" className="hint">{t("descriptionHint")}</span>
          <FieldError state={state} name="description" />
        </div>
      </div>
      <div>
        <button className="button button-primary" type="submit" disabled={pending}>{t("register")}</button>
      </div>
    </form>
  );
}

export function EndpointActions({ endpoint }: { endpoint: { id: string; url: string; enabled: boolean } }) {
  const t = useTranslations("Webhooks");
  const [toggleState, toggleAction, togglePending] = useActionState<WebhookFormState, FormData>(setWebhookEndpointEnabledAction, {});
  const [deleteState, deleteAction, deletePending] = useActionState<WebhookFormState, FormData>(deleteWebhookEndpointAction, {});
  const error = toggleState.error ?? deleteState.error;
  return (
    <div className="stack" style={{ gap: 6 }}>
      <div className="row">
        <form action={toggleAction} className="inline-form">
          <input type="hidden" name="endpointId" value={endpoint.id} />
          <input type="hidden" name="enabled" value={endpoint.enabled ? "false" : "true"} />
          {endpoint.enabled ? (
            <ConfirmSubmit label={t("disable")} question={t("confirmDisable", { url: endpoint.url })} confirmLabel={t("disable")} disabled={togglePending} />
          ) : (
            <button className="button button-small" type="submit" disabled={togglePending}>{t("enable")}</button>
          )}
        </form>
        <form action={deleteAction} className="inline-form">
          <input type="hidden" name="endpointId" value={endpoint.id} />
          <ConfirmSubmit label={t("delete")} question={t("confirmDelete", { url: endpoint.url })} confirmLabel={t("delete")} disabled={deletePending} />
        </form>
      </div>
      {error ? <span role="alert" className="error small">{error}</span> : toggleState.ok ? <span role="status" className="small muted">{toggleState.ok}</span> : null}
    </div>
  );
}

export function ResendButton({ deliveryId }: { deliveryId: string }) {
  const t = useTranslations("Webhooks");
  const [state, action, pending] = useActionState<WebhookFormState, FormData>(resendWebhookDeliveryAction, {});
  return (
    <form action={action} className="inline-form stack" style={{ gap: 4 }}>
      <input type="hidden" name="deliveryId" value={deliveryId} />
      <ConfirmSubmit label={t("resend")} question={t("confirmResend")} confirmLabel={t("resend")} className="button button-small" disabled={pending} />
      {state.error ? <span role="alert" className="error small">{state.error}</span> : state.ok ? <span role="status" className="small muted">{state.ok}</span> : null}
    </form>
  );
}
