"use server";

import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import { formInt, formList, formText, runFormAction, type FormActionContext, type FormState } from "@/lib/http/form-action";
import { approveRevision, approveRevisionSchema } from "@/lib/use-cases/approve-revision";
import { requestChanges, requestChangesSchema } from "@/lib/use-cases/request-changes";
import { submitRevision, submitRevisionSchema } from "@/lib/use-cases/submit-revision";
import { withdrawSubmission, withdrawSubmissionSchema } from "@/lib/use-cases/withdraw-submission";
import { checkInput } from "@/lib/validation/parse-input";

export type ReviewFormState = FormState;

type OkKey = "submitted" | "withdrawn" | "changesRequested" | "approved";

/** Runs one review verb on the article the form names; the article and "My work" are revalidated. */
async function review(formData: FormData, okKey: OkKey, move: (context: FormActionContext, articleId: string) => Promise<unknown>): Promise<ReviewFormState> {
  const r = await getTranslations("Review");
  const options = {
    name: "Workflow action",
    form: formData,
    conflict: r("staleConflict"),
    invalidSummary: r("fixFields"),
    fields: { labels: { note: r("note"), comment: r("comment"), categories: r("categories"), reviewerId: r("reviewer") } },
  };
  return runFormAction<ReviewFormState>(options, async (context) => {
    const articleId = formText(formData, "articleId");
    await move(context, articleId);
    context.revalidate(`/articles/${articleId}`, "layout");
    context.revalidate("/work");
    return r(okKey);
  });
}

export async function submitAction(_prev: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  return review(formData, "submitted", async ({ actor }, articleId) => {
    const input = checkInput(submitRevisionSchema, {
      revisionNumber: formInt(formData, "revisionNumber"),
      reviewerId: formText(formData, "reviewerId") || null,
      note: formText(formData, "note") || null,
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
    const input = checkInput(approveRevisionSchema, { revisionNumber: formInt(formData, "revisionNumber") });
    await approveRevision({ db, actor, articleId, input });
  });
}
