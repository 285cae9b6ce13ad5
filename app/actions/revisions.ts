"use server";

import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import { formInt, runFormAction, type FormState } from "@/lib/http/form-action";
import { restoreRevision, restoreRevisionSchema } from "@/lib/use-cases/restore-revision";
import { articleFormSchema } from "@/lib/validation/fields";
import { checkInput } from "@/lib/validation/parse-input";

export type RestoreState = FormState;

export async function restoreRevisionAction(_prev: RestoreState, formData: FormData): Promise<RestoreState> {
  const h = await getTranslations("History");
  return runFormAction<RestoreState>({ name: "Restore", form: formData, conflict: h("restoreConflict") }, async ({ actor, revalidate }) => {
    const { articleId } = checkInput(articleFormSchema, { articleId: formData.get("articleId") });
    const input = checkInput(restoreRevisionSchema, { number: formInt(formData, "number"), baseNumber: formInt(formData, "baseNumber") });
    const result = await restoreRevision({ db, actor, articleId, ...input });
    revalidate(`/articles/${articleId}`, "layout");
    if (result.unchanged) return h("restoreUnchanged", { number: input.number });
    return h("restored", { number: input.number, newNumber: result.revision.number });
  });
}
