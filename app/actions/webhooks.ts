"use server";

import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import { formText, runFormAction, type FormActionOptions, type FormState } from "@/lib/http/form-action";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  resendWebhookDelivery,
  setWebhookEndpointEnabled,
} from "@/lib/use-cases/manage-webhooks";

export type WebhookFormState = FormState<{ secret?: string }>;

async function webhookForm(form: FormData): Promise<FormActionOptions> {
  const w = await getTranslations("Webhooks");
  return { name: "Webhook action", form, fields: { labels: { url: w("url"), description: w("description") } } };
}

export async function createWebhookEndpointAction(_prev: WebhookFormState, formData: FormData): Promise<WebhookFormState> {
  return runFormAction<WebhookFormState>(await webhookForm(formData), async ({ actor, revalidate }) => {
    const created = await createWebhookEndpoint({ db, actor, input: { url: formText(formData, "url"), description: formText(formData, "description") } });
    revalidate("/admin/webhooks", "layout");
    return { ok: (await getTranslations("Webhooks"))("created"), secret: created.secret };
  });
}

export async function setWebhookEndpointEnabledAction(_prev: WebhookFormState, formData: FormData): Promise<WebhookFormState> {
  return runFormAction<WebhookFormState>(await webhookForm(formData), async ({ actor, revalidate }) => {
    const enabled = formText(formData, "enabled") === "true";
    await setWebhookEndpointEnabled({ db, actor, endpointId: formText(formData, "endpointId"), enabled });
    revalidate("/admin/webhooks", "layout");
    const w = await getTranslations("Webhooks");
    return enabled ? w("enabledOk") : w("disabledOk");
  });
}

export async function deleteWebhookEndpointAction(_prev: WebhookFormState, formData: FormData): Promise<WebhookFormState> {
  return runFormAction<WebhookFormState>(await webhookForm(formData), async ({ actor, revalidate }) => {
    await deleteWebhookEndpoint({ db, actor, endpointId: formText(formData, "endpointId") });
    revalidate("/admin/webhooks", "layout");
    return (await getTranslations("Webhooks"))("deletedOk");
  });
}

export async function resendWebhookDeliveryAction(_prev: WebhookFormState, formData: FormData): Promise<WebhookFormState> {
  return runFormAction<WebhookFormState>(await webhookForm(formData), async ({ actor, revalidate }) => {
    await resendWebhookDelivery({ db, actor, deliveryId: formText(formData, "deliveryId") });
    revalidate("/admin/webhooks", "layout");
    return (await getTranslations("Webhooks"))("resent");
  });
}
