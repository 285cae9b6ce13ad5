"use server";

import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import { formInt, runArticleFormAction, type FormState } from "@/lib/http/form-action";
import { publishArticle, publishArticleSchema } from "@/lib/use-cases/publish-article";
import { unpublishArticle, unpublishArticleSchema } from "@/lib/use-cases/unpublish-article";
import { checkInput } from "@/lib/validation/parse-input";

export type PublishActionState = FormState;

/** Form action: publish the approved revision named in the form (articleId, revisionNumber). */
export async function publishAction(_prev: PublishActionState, formData: FormData): Promise<PublishActionState> {
  const p = await getTranslations("Publishing");
  return runArticleFormAction<PublishActionState>({ name: "Publish", form: formData, conflict: p("conflict") }, async ({ actor, articleId }) => {
    const input = checkInput(publishArticleSchema, { revisionNumber: formInt(formData, "revisionNumber") });
    const result = await publishArticle({ db, actor, articleId, input });
    return p("publishedAs", { version: result.version });
  });
}

/** Form action: retract the live version named in the form (articleId, version). */
export async function unpublishAction(_prev: PublishActionState, formData: FormData): Promise<PublishActionState> {
  const p = await getTranslations("Publishing");
  return runArticleFormAction<PublishActionState>({ name: "Unpublish", form: formData, conflict: p("conflict") }, async ({ actor, articleId }) => {
    await unpublishArticle({ db, actor, articleId, input: checkInput(unpublishArticleSchema, { version: formInt(formData, "version") }) });
    return p("unpublished");
  });
}
