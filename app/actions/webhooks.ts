"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { errorTranslator } from "@/lib/http/locale";
import { describeIssue, errorMessage } from "@/lib/http/respond";
import { log } from "@/lib/log";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  resendWebhookDelivery,
  setWebhookEndpointEnabled,
} from "@/lib/use-cases/manage-webhooks";

export type WebhookFormState = { ok?: string; error?: string; fieldErrors?: Record<string, string>; secret?: string };

type Actor = NonNullable<Awaited<ReturnType<typeof currentActor>>>;
type WebhookTranslator = Awaited<ReturnType<typeof getTranslations<"Webhooks">>>;

/** Runs one webhook use-case and turns its outcome into form state in the UI language. */
async function run(work: (actor: Actor, w: WebhookTranslator) => Promise<string | WebhookFormState>): Promise<WebhookFormState> {
  const locale = (await getLocale()) === "zh" ? "zh" : "en";
  const t = errorTranslator(locale);
  const actor = await currentActor();
  if (!actor) return { error: t("unauthenticated") };
  const w = await getTranslations("Webhooks");
  try {
    const result = await work(actor, w);
    revalidatePath(`/${locale}/admin/webhooks`, "layout");
    return typeof result === "string" ? { ok: result } : result;
  } catch (error) {
    if (!(error instanceof AppError)) {
      log.error("Webhook action failed", { error });
      return { error: t("internal") };
    }
    const labels: Record<string, string> = { url: w("url"), description: w("description") };
    const fieldErrors = Object.fromEntries(error.issues.map((i) => [i.path, describeIssue(t, { ...i, path: labels[i.path] ?? i.path })]));
    return { error: error.issues.length ? undefined : errorMessage(t, error), fieldErrors };
  }
}

const text = (formData: FormData, name: string) => {
  const v = formData.get(name);
  return typeof v === "string" ? v : "";
};

export async function createWebhookEndpointAction(_prev: WebhookFormState, formData: FormData): Promise<WebhookFormState> {
  return run(async (actor, w) => {
    const created = await createWebhookEndpoint({ db, actor, input: { url: text(formData, "url"), description: text(formData, "description") } });
    return { ok: w("created"), secret: created.secret };
  });
}

export async function setWebhookEndpointEnabledAction(_prev: WebhookFormState, formData: FormData): Promise<WebhookFormState> {
  return run(async (actor, w) => {
    const enabled = text(formData, "enabled") === "true";
    await setWebhookEndpointEnabled({ db, actor, endpointId: text(formData, "endpointId"), enabled });
    return enabled ? w("enabledOk") : w("disabledOk");
  });
}

export async function deleteWebhookEndpointAction(_prev: WebhookFormState, formData: FormData): Promise<WebhookFormState> {
  return run(async (actor, w) => {
    await deleteWebhookEndpoint({ db, actor, endpointId: text(formData, "endpointId") });
    return w("deletedOk");
  });
}

export async function resendWebhookDeliveryAction(_prev: WebhookFormState, formData: FormData): Promise<WebhookFormState> {
  return run(async (actor, w) => {
    await resendWebhookDelivery({ db, actor, deliveryId: text(formData, "deliveryId") });
    return w("resent");
  });
}
