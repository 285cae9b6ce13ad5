"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { errorTranslator } from "@/lib/http/locale";
import { errorMessage } from "@/lib/http/respond";
import { log } from "@/lib/log";
import { changeFeedsSetting } from "@/lib/use-cases/change-feeds-setting";

export type SettingsFormState = { ok?: string; error?: string };

export async function changeFeedsSettingAction(_prev: SettingsFormState, formData: FormData): Promise<SettingsFormState> {
  const locale = (await getLocale()) === "zh" ? "zh" : "en";
  const t = errorTranslator(locale);
  const actor = await currentActor();
  if (!actor) return { error: t("unauthenticated") };
  try {
    const result = await changeFeedsSetting({ db, actor, input: { public: formData.get("public") === "on" } });
    revalidatePath(`/${locale}/admin/settings`);
    const s = await getTranslations("Settings");
    return { ok: result.changed ? s("saved") : s("unchanged") };
  } catch (error) {
    if (error instanceof AppError) return { error: errorMessage(t, error) };
    log.error("Settings action failed", { error });
    return { error: t("internal") };
  }
}
