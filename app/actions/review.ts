"use server";

import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { formInt, formList, formText, formValues, runFormAction, type FormActionContext, type FormState } from "@/lib/http/form-action";
import { errorTranslator } from "@/lib/http/locale";
import { errorMessage } from "@/lib/http/respond";
import { approveRevision, approveRevisionSchema } from "@/lib/use-cases/approve-revision";
import { requestChanges, requestChangesSchema } from "@/lib/use-cases/request-changes";
import { submitRevision, submitRevisionSchema } from "@/lib/use-cases/submit-revision";
import { withdrawSubmission, withdrawSubmissionSchema } from "@/lib/use-cases/withdraw-submission";
import { checkInput } from "@/lib/validation/parse-input";

export type ReviewFormState = FormState<{
  /** The server found open QA errors: the form asks for an override reason. */
  qaOpenErrors?: number;
}>;

type OkKey = "submitted" | "withdrawn" | "changesRequested" | "approved";

/** The override reason of a form that was asked for one (lib/use-cases/qa-gate.ts); absent when the field is empty. */
const qaOverride = (formData: FormData) => {
  const reason = formText(formData, "qaOverrideReason");
  return reason ? { reason } : null;
};

/** Runs one review verb on the article the form names; the article and "My work" are revalidated. */
async function review(formData: FormData, okKey: OkKey, move: (context: FormActionContext, articleId: string) => Promise<unknown>): Promise<ReviewFormState> {
  const r = await getTranslations("Review");
  const options = {
    name: "Workflow action",
    form: formData,
    conflict: r("staleConflict"),
    invalidSummary: r("fixFields"),
    fields: { labels: { note: r("note"), comment: r("comment"), categories: r("categories"), reviewerId: r("reviewer"), qaOverride: r("qaOverrideReason") } },
  };
  const state = await runFormAction<ReviewFormState>(options, async (context) => {
    const articleId = formText(formData, "articleId");
    try {
      await move(context, articleId);
    } catch (error) {
      // Open QA errors without a reason: the form comes back asking for one.
      if (!(error instanceof AppError) || error.code !== "qa_open_errors") throw error;
      return { error: errorMessage(errorTranslator(context.locale), error), qaOpenErrors: Number(error.params.count), values: formValues(formData) };
    }
    context.revalidate(`/articles/${articleId}`, "layout");
    context.revalidate("/work");
    return r(okKey);
  });
  // A form that was asking for a reason keeps asking while it is refused for something else.
  const required = Number(formText(formData, "qaOverrideRequired")) || undefined;
  return state.error && state.qaOpenErrors === undefined && required ? { ...state, qaOpenErrors: required } : state;
}

export async function submitAction(_prev: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  return review(formData, "submitted", async ({ actor }, articleId) => {
    const input = checkInput(submitRevisionSchema, {
      revisionNumber: formInt(formData, "revisionNumber"),
      reviewerId: formText(formData, "reviewerId") || null,
      note: formText(formData, "note") || null,
      qaOverride: qaOverride(formData),
    });
    await submitRevision({ db, actor, articleId, input });
  });
}

export async function withdrawAction(_prev: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  return review(formData, "withdrawn", async ({ actor }, articleId) => {
    const input = checkInput(withdrawSubmissionSchema, { revisionNumber: formInt(formData, "revisionNumber") });
    await withdrawSubmission({ db, actor, articleId, input });
  });
}

export async function requestChangesAction(_prev: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  return review(formData, "changesRequested", async ({ actor }, articleId) => {
    const input = checkInput(requestChangesSchema, {
      revisionNumber: formInt(formData, "revisionNumber"),
      categories: formList(formData, "categories"),
      comment: formText(formData, "comment"),
    });
    await requestChanges({ db, actor, articleId, input });
  });
}

export async function approveAction(_prev: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  return review(formData, "approved", async ({ actor }, articleId) => {
    const input = checkInput(approveRevisionSchema, { revisionNumber: formInt(formData, "revisionNumber"), qaOverride: qaOverride(formData) });
    await approveRevision({ db, actor, articleId, input });
  });
}
