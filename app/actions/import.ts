"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { MAX_IMPORT_BYTES } from "@/lib/articles/import-schema";
import { authorize } from "@/lib/auth/policy";
import { currentActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { errorTranslator } from "@/lib/http/locale";
import { describeIssue, errorMessage } from "@/lib/http/respond";
import { log } from "@/lib/log";
import { importArticle } from "@/lib/use-cases/import-article";

export type ImportState = {
  error?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

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

async function runImport(input: unknown, values?: Record<string, string>): Promise<ImportState> {
  const actor = await currentActor();
  const locale = (await getLocale()) === "zh" ? "zh" : "en";
  const t = errorTranslator(locale);
  if (!actor) return { error: t("unauthenticated"), values };
  let id: string;
  try {
    authorize(actor, "article.import");
    if (Buffer.byteLength(JSON.stringify(input ?? null)) > MAX_IMPORT_BYTES) {
      throw new AppError("payload_too_large", "Too large", { params: { max: `${MAX_IMPORT_BYTES / 1024 / 1024} MB` } });
    }
    ({ id } = await importArticle({ db, actor: { type: "user", id: actor.id }, input }));
  } catch (error) {
    if (!(error instanceof AppError)) {
      log.error("Import failed", { error });
      return { error: t("internal"), values };
    }
    const labels = await getTranslations("Import");
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) {
      const entry = Object.entries(FIELDS).find(([, f]) => f.path === issue.path);
      const field = entry ? labels(entry[1].label) : issue.path;
      fieldErrors[entry ? entry[0] : issue.path] = describeIssue(t, { ...issue, path: field });
    }
    return { error: error.issues.length ? labels("failed") : errorMessage(t, error), fieldErrors, values };
  }
  redirect(`/${locale}/articles/${id}`);
}

export async function importFormAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const values = Object.fromEntries(
    (Object.keys(FIELDS) as FieldName[]).map((name) => {
      const v = formData.get(name);
      return [name, typeof v === "string" ? v : ""];
    }),
  ) as Record<FieldName, string>;
  return runImport(formToInput(values), values);
}

/** The .json upload: the client parsed the file; the server validates it like the API. */
export async function importJsonAction(_prev: ImportState, json: unknown): Promise<ImportState> {
  return runImport(json);
}
