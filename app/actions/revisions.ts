"use server";

import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import { formInt, runArticleFormAction, type FormState } from "@/lib/http/form-action";
import { restoreRevision, restoreRevisionSchema } from "@/lib/use-cases/restore-revision";
import { checkInput } from "@/lib/validation/parse-input";

export type RestoreState = FormState;

/** Form action: bring back revision `number` on top of the head the person saw (`baseNumber`). */
export async function restoreRevisionAction(_prev: RestoreState, formData: FormData): Promise<RestoreState> {
  const h = await getTranslations("History");
  return runArticleFormAction<RestoreState>({ name: "Restore", form: formData, conflict: h("restoreConflict") }, async ({ actor, articleId }) => {
    const input = checkInput(restoreRevisionSchema, { number: formInt(formData, "number"), baseNumber: formInt(formData, "baseNumber") });
    const result = await restoreRevision({ db, actor, articleId, ...input });
    if (result.unchanged) return h("restoreUnchanged", { number: input.number });
    return h("restored", { number: input.number, newNumber: result.revision.number });
  });
}
