"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef, useState, useTransition } from "react";
import { importFormAction, importJsonAction, type ImportState } from "@/app/actions/import";

type FieldProps = {
  name: string;
  label: string;
  state: ImportState;
  hint?: string;
  multiline?: boolean;
  lang?: string;
  placeholder?: string;
};

function Field({ name, label, state, hint, multiline, lang, placeholder }: FieldProps) {
  const error = state.fieldErrors?.[name];
  const describedBy = [hint ? `${name}-hint` : "", error ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined;
  const common = {
    id: name,
    name,
    defaultValue: state.values?.[name] ?? "",
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    lang,
    placeholder,
  };
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {multiline ? <textarea {...common} rows={12} /> : <input type="text" {...common} />}
      {hint && <span id={`${name}-hint`} className="hint">{hint}</span>}
      {error && <span id={`${name}-error`} className="error">{error}</span>}
    </div>
  );
}

export function ImportForm({ maxBytes }: { maxBytes: number }) {
  const t = useTranslations("Import");
  const [state, formAction, pending] = useActionState<ImportState, FormData>(importFormAction, {});
  const [fileState, fileAction, filePending] = useActionState<ImportState, unknown>(importJsonAction, {});
  const [fileError, setFileError] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const fileInput = useRef<HTMLInputElement>(null);

  async function uploadFile() {
    setFileError(null);
    const file = fileInput.current?.files?.[0];
    if (!file) return setFileError(t("noFile"));
    if (file.size > maxBytes) return setFileError(t("fileTooLarge", { max: `${Math.round(maxBytes / 1024 / 1024)} MB` }));
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      return setFileError(t("invalidJson"));
    }
    startTransition(() => fileAction(json));
  }

  const fileIssues = Object.values(fileState.fieldErrors ?? {});
  return (
    <div className="stack" style={{ gap: 24 }}>
      <form action={formAction} className="card card-body stack" noValidate>
        {state.error && <div role="alert" className="alert alert-error">{state.error}</div>}
        <div className="grid-4">
          <Field name="sourceLang" label={t("sourceLang")} hint={t("langHint")} state={state} placeholder="zh" />
          <Field name="targetLang" label={t("targetLang")} hint={t("langHint")} state={state} placeholder="en" />
        </div>
        <div className="grid-2">
          <Field name="sourceTitle" label={t("sourceTitle")} state={state} />
          <Field name="mtTitle" label={t("mtTitle")} state={state} />
          <Field name="sourceBody" label={t("sourceBody")} state={state} multiline />
          <Field name="mtBody" label={t("mtBody")} state={state} multiline />
        </div>
        <fieldset>
          <legend>{t("optional")}</legend>
          <div className="grid-2">
            <Field name="outlet" label={t("outlet")} state={state} />
            <Field name="author" label={t("author")} state={state} />
            <Field name="originalUrl" label={t("originalUrl")} state={state} placeholder="https://" />
            <Field name="originalPublishedAt" label={t("originalPublishedAt")} state={state} />
          </div>
        </fieldset>
        <div>
          <button className="button button-primary" type="submit" disabled={pending}>
            {pending ? t("submitting") : t("submit")}
          </button>
        </div>
      </form>

      <section className="card card-body stack" aria-labelledby="upload-heading">
        <h2 id="upload-heading">{t("orUpload")}</h2>
        {(fileError || fileState.error) && (
          <div role="alert" className="alert alert-error">
            {fileError ?? fileState.error}
            {!fileError && fileIssues.length > 0 && (
              <ul>{fileIssues.map((m) => <li key={m}>{m}</li>)}</ul>
            )}
          </div>
        )}
        <div className="row">
          <label htmlFor="import-file" className="visually-hidden">{t("fileLabel")}</label>
          <input id="import-file" ref={fileInput} type="file" accept="application/json,.json" />
          <button className="button" type="button" onClick={uploadFile} disabled={filePending}>
            {filePending ? t("submitting") : t("upload")}
          </button>
        </div>
      </section>
    </div>
  );
}
