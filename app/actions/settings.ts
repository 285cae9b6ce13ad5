"use server";

import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import { runFormAction, type FormState } from "@/lib/http/form-action";
import { changeFeedsSetting } from "@/lib/use-cases/change-feeds-setting";

export type SettingsFormState = FormState;

export async function changeFeedsSettingAction(_prev: SettingsFormState, formData: FormData): Promise<SettingsFormState> {
  return runFormAction<SettingsFormState>({ name: "Settings action", form: formData }, async ({ actor, revalidate }) => {
    const result = await changeFeedsSetting({ db, actor, input: { public: formData.get("public") === "on" } });
    revalidate("/admin/settings");
    const s = await getTranslations("Settings");
    return result.changed ? s("saved") : s("unchanged");
  });
}
