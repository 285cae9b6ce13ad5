"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { errorTranslator } from "@/lib/http/locale";
import { describeIssue, errorMessage } from "@/lib/http/respond";
import { log } from "@/lib/log";
import { approveRevision, requestChanges, submitRevision, withdrawSubmission } from "@/lib/use-cases/review";

export type ReviewFormState = { ok?: string; error?: string; fieldErrors?: Record<string, string> };

const text = (formData: FormData, name: string) => {
  const v = formData.get(name);
  return typeof v === "string" ? v : "";
};
/** Form numbers arrive as text; anything else is passed through for zod to name. */
const int = (formData: FormData, name: string): unknown => {
  const v = text(formData, name);
  return /^\d{1,9}$/.test(v) ? Number(v) : v;
};

type UseCase = (options: { db: typeof db; actor: NonNullable<Awaited<ReturnType<typeof currentActor>>>; articleId: string; input: unknown }) => Promise<unknown>;

/** Runs one workflow use-case for a form and answers in the UI language. */
async function run(formData: FormData, useCase: UseCase, input: unknown, okKey: "submitted" | "withdrawn" | "changesRequested" | "approved"): Promise<ReviewFormState> {
  const locale = (await getLocale()) === "zh" ? "zh" : "en";
  const t = errorTranslator(locale);
  const r = await getTranslations("Review");
  const actor = await currentActor();
  if (!actor) return { error: t("unauthenticated") };
  const articleId = text(formData, "articleId");
  try {
    await useCase({ db, actor, articleId, input });
    revalidatePath(`/${locale}/articles/${articleId}`, "layout");
    revalidatePath(`/${locale}/work`);
    return { ok: r(okKey) };
  } catch (error) {
    if (!(error instanceof AppError)) {
      log.error("Workflow action failed", { error });
      return { error: t("internal") };
    }
    if (error.code === "conflict") return { error: r("staleConflict") };
    const labels: Record<string, string> = { note: r("note"), comment: r("comment"), categories: r("categories"), reviewerId: r("reviewer") };
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) {
      const field = issue.path.split(".")[0] ?? issue.path;
      fieldErrors[field] ??= describeIssue(t, { ...issue, path: labels[field] ?? field });
    }
    return { error: error.issues.length ? r("fixFields") : errorMessage(t, error), fieldErrors };
  }
}

export async function submitAction(_prev: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  return run(formData, submitRevision, { revisionNumber: int(formData, "revisionNumber"), reviewerId: text(formData, "reviewerId") || null, note: text(formData, "note") || null }, "submitted");
}

export async function withdrawAction(_prev: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  return run(formData, withdrawSubmission, { revisionNumber: int(formData, "revisionNumber") }, "withdrawn");
}

export async function requestChangesAction(_prev: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  const categories = formData.getAll("categories").filter((v): v is string => typeof v === "string");
  return run(formData, requestChanges, { revisionNumber: int(formData, "revisionNumber"), categories, comment: text(formData, "comment") }, "changesRequested");
}

export async function approveAction(_prev: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  return run(formData, approveRevision, { revisionNumber: int(formData, "revisionNumber") }, "approved");
}
