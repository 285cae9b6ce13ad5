"use server";

import { getTranslations } from "next-intl/server";
import { importArticleSchema, MAX_IMPORT_BYTES } from "@/lib/articles/import-schema";
import { authorize } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { formText, runFormAction, type FormActionOptions, type FormState, type FormValues } from "@/lib/http/form-action";
import { checkInput } from "@/lib/validation/parse-input";
import { importArticle } from "@/lib/use-cases/import-article";

export type ImportState = FormState;

/** Form field name → import JSON path, and the label key naming it. */
const FIELDS = {
  sourceLang: { path: "sourceLang", label: "sourceLang" },
  targetLang: { path: "targetLang", label: "targetLang" },
  sourceTitle: { path: "title.source", label: "sourceTitle" },
  mtTitle: { path: "title.mt", label: "mtTitle" },
  sourceBody: { path: "body.source", label: "sourceBody" },
  mtBody: { path: "body.mt", label: "mtBody" },
  outlet: { path: "metadata.outlet", label: "outlet" },
  author: { path: "metadata.author", label: "author" },
  originalUrl: { path: "metadata.originalUrl", label: "originalUrl" },
  originalPublishedAt: { path: "metadata.originalPublishedAt", label: "originalPublishedAt" },
} as const;

type FieldName = keyof typeof FIELDS;

function formToInput(values: Record<FieldName, string>) {
  const metadata = {
    outlet: values.outlet || undefined,
    author: values.author || undefined,
    originalUrl: values.originalUrl || undefined,
    originalPublishedAt: values.originalPublishedAt || undefined,
  };
  // Browsers submit textarea line breaks as CRLF; the text typed had LF.
  const text = (v: string) => v.replace(/\r\n?/g, "\n");
  return {
    sourceLang: values.sourceLang,
    targetLang: values.targetLang,
    title: { source: values.sourceTitle, mt: values.mtTitle },
    body: { source: text(values.sourceBody), mt: text(values.mtBody) },
    ...(Object.values(metadata).some(Boolean) ? { metadata } : {}),
  };
}

/** Imports `raw` (the form's fields as import JSON, or an uploaded .json) and opens the new article. */
async function runImport(raw: unknown, values?: FormValues): Promise<ImportState> {
  const labels = await getTranslations("Import");
  const options: FormActionOptions = {
    name: "Import",
    values,
    invalidSummary: labels("failed"),
    fields: {
      labels: Object.fromEntries((Object.keys(FIELDS) as FieldName[]).map((name) => [name, labels(FIELDS[name].label)])),
      fieldOf: (path) => (Object.keys(FIELDS) as FieldName[]).find((name) => FIELDS[name].path === path) ?? path,
    },
  };
  return runFormAction<ImportState>(options, async ({ actor }) => {
    authorize(actor, "article.import");
    if (Buffer.byteLength(JSON.stringify(raw ?? null)) > MAX_IMPORT_BYTES) {
      throw new AppError("payload_too_large", "Too large", { params: { max: `${MAX_IMPORT_BYTES / 1024 / 1024} MB` } });
    }
    const input = checkInput(importArticleSchema, raw);
    const { id } = await importArticle({ db, actor: { type: "user", id: actor.id }, input });
    return { redirectTo: `/articles/${id}` };
  });
}

export async function importFormAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const values = Object.fromEntries((Object.keys(FIELDS) as FieldName[]).map((name) => [name, formText(formData, name)])) as Record<FieldName, string>;
  return runImport(formToInput(values), values);
}

/** The .json upload: the client parsed the file; the server validates it like the API. */
export async function importJsonAction(_prev: ImportState, json: unknown): Promise<ImportState> {
  return runImport(json);
}
