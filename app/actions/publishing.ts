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
import { publishArticle, unpublishArticle } from "@/lib/use-cases/publish-article";

export type PublishActionState = { ok?: string; error?: string };

/** A tampered or broken form (its fields are hidden): say so, naming the first bad field. */
function unreadableForm(t: ReturnType<typeof errorTranslator>, error: z.ZodError): string {
  const [first] = fieldIssues(error);
  return first ? `${t("bad_request")} ${describeIssue(t, first)}` : t("bad_request");
}

const publishForm = z.object({ articleId: z.string().min(1).max(100), revisionNumber: z.coerce.number().int().min(1) });
const unpublishForm = z.object({ articleId: z.string().min(1).max(100), version: z.coerce.number().int().min(1) });

async function run(formData: FormData, kind: "publish" | "unpublish"): Promise<PublishActionState> {
  const locale = (await getLocale()) === "zh" ? "zh" : "en";
  const t = errorTranslator(locale);
  const p = await getTranslations("Publishing");
  const actor = await currentActor();
  if (!actor) return { error: t("unauthenticated") };
  try {
    if (kind === "publish") {
      const form = publishForm.safeParse(Object.fromEntries(formData));
      if (!form.success) return { error: unreadableForm(t, form.error) };
      const { articleId, revisionNumber } = form.data;
      const result = await publishArticle({ db, actor, articleId, input: { revisionNumber } });
      revalidatePath(`/${locale}/articles/${articleId}`, "layout");
      return { ok: p("publishedAs", { version: result.version }) };
    }
    const form = unpublishForm.safeParse(Object.fromEntries(formData));
    if (!form.success) return { error: unreadableForm(t, form.error) };
    const { articleId, version } = form.data;
    await unpublishArticle({ db, actor, articleId, input: { version } });
    revalidatePath(`/${locale}/articles/${articleId}`, "layout");
    return { ok: p("unpublished") };
  } catch (error) {
    if (error instanceof AppError) return { error: error.code === "conflict" ? p("conflict") : errorMessage(t, error) };
    log.error(`${kind} failed`, { error });
    return { error: t("internal") };
  }
}

/** Form action: publish the approved revision named in the form (articleId, revisionNumber). */
export async function publishAction(_prev: PublishActionState, formData: FormData): Promise<PublishActionState> {
  return run(formData, "publish");
}

/** Form action: retract the live version named in the form (articleId, version). */
export async function unpublishAction(_prev: PublishActionState, formData: FormData): Promise<PublishActionState> {
  return run(formData, "unpublish");
}
