"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { currentActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { errorTranslator } from "@/lib/http/locale";
import { describeIssue, errorMessage } from "@/lib/http/respond";
import { fieldIssues } from "@/lib/http/zod-issues";
import { log } from "@/lib/log";
import { restoreRevision } from "@/lib/use-cases/restore-revision";

export type RestoreState = { ok?: string; error?: string };

/** A tampered or broken form (its fields are hidden): say so, naming the first bad field. */
function unreadableForm(t: ReturnType<typeof errorTranslator>, error: z.ZodError): string {
  const [first] = fieldIssues(error);
  return first ? `${t("bad_request")} ${describeIssue(t, first)}` : t("bad_request");
}

const restoreForm = z.object({
  articleId: z.string().min(1).max(100),
  number: z.coerce.number().int().min(1),
  baseNumber: z.coerce.number().int().min(0),
});

export async function restoreRevisionAction(_prev: RestoreState, formData: FormData): Promise<RestoreState> {
  const locale = (await getLocale()) === "zh" ? "zh" : "en";
  const t = errorTranslator(locale);
  const h = await getTranslations("History");
  const actor = await currentActor();
  if (!actor) return { error: t("unauthenticated") };
  const form = restoreForm.safeParse(Object.fromEntries(formData));
  if (!form.success) return { error: unreadableForm(t, form.error) };
  try {
    const result = await restoreRevision({ db, actor, ...form.data });
    revalidatePath(`/${locale}/articles/${form.data.articleId}`, "layout");
    if (result.unchanged) return { ok: h("restoreUnchanged", { number: form.data.number }) };
    return { ok: h("restored", { number: form.data.number, newNumber: result.revision.number }) };
  } catch (error) {
    if (error instanceof AppError) return { error: error.code === "conflict" ? h("restoreConflict") : errorMessage(t, error) };
    log.error("Restore failed", { error });
    return { error: t("internal") };
  }
}
