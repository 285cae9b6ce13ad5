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

export type ReviewFormState = {
  ok?: string;
  error?: string;
  fieldErrors?: Record<string, string>;
  /** The server found open QA errors: the form asks for an override reason. */
  qaOpenErrors?: number;
  /** What was typed, shown again when the form comes back refused. */
  values?: Record<string, string>;
};

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

/** The override reason of a form that was asked for one (./qa-gate.ts); absent when the field is empty. */
const qaOverride = (formData: FormData) => {
  const reason = text(formData, "qaOverrideReason");
  return reason ? { reason } : null;
};

/** The typed fields a refused form shows again. */
const typed = (formData: FormData, names: string[]) => Object.fromEntries(names.map((name) => [name, text(formData, name)]));

/** Runs one workflow use-case for a form and answers in the UI language. */
async function run(
  formData: FormData,
  useCase: UseCase,
  input: unknown,
  okKey: "submitted" | "withdrawn" | "changesRequested" | "approved",
  keep: string[] = [],
): Promise<ReviewFormState> {
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
    const values = typed(formData, keep);
    if (error.code === "qa_open_errors") return { error: errorMessage(t, error), qaOpenErrors: Number(error.params.count), values };
    const labels: Record<string, string> = { note: r("note"), comment: r("comment"), categories: r("categories"), reviewerId: r("reviewer"), qaOverride: r("qaOverrideReason") };
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) {
      const field = issue.path.split(".")[0] ?? issue.path;
      fieldErrors[field] ??= describeIssue(t, { ...issue, path: labels[field] ?? field });
    }
    const qaOpenErrors = text(formData, "qaOverrideRequired") ? Number(text(formData, "qaOverrideRequired")) || undefined : undefined;
    return { error: error.issues.length ? r("fixFields") : errorMessage(t, error), fieldErrors, values, ...(qaOpenErrors ? { qaOpenErrors } : {}) };
  }
}

export async function submitAction(_prev: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  return run(
    formData,
    submitRevision,
    { revisionNumber: int(formData, "revisionNumber"), reviewerId: text(formData, "reviewerId") || null, note: text(formData, "note") || null, qaOverride: qaOverride(formData) },
    "submitted",
    ["reviewerId", "note", "qaOverrideReason"],
  );
}

export async function withdrawAction(_prev: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  return run(formData, withdrawSubmission, { revisionNumber: int(formData, "revisionNumber") }, "withdrawn");
}

export async function requestChangesAction(_prev: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  const categories = formData.getAll("categories").filter((v): v is string => typeof v === "string");
  return run(formData, requestChanges, { revisionNumber: int(formData, "revisionNumber"), categories, comment: text(formData, "comment") }, "changesRequested");
}

export async function approveAction(_prev: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  return run(formData, approveRevision, { revisionNumber: int(formData, "revisionNumber"), qaOverride: qaOverride(formData) }, "approved", ["qaOverrideReason"]);
}
