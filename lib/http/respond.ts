/**
 * The one mapping from errors to HTTP responses. AppErrors become their
 * status with a localized message and the fields named; anything else is
 * logged and answered as a generic 500 without internals.
 */
import type { AppLocale } from "@/i18n/routing";
import { AppError, type FieldIssue } from "@/lib/errors";
import { log } from "@/lib/log";
import { errorTranslator } from "./locale";

type Translator = ReturnType<typeof errorTranslator>;

export type ErrorBody = {
  error: {
    code: string;
    message: string;
    issues?: { path: string; code: string; message: string }[];
    [key: string]: unknown;
  };
};

/** One field issue as a sentence in the caller's language. */
export function describeIssue(t: Translator, issue: FieldIssue): string {
  const key = `fields.${issue.code}` as Parameters<Translator>[0];
  const params = { field: issue.path, max: "", ...issue.params };
  return t.has(key) ? t(key, params) : t("fields.invalid", params);
}

export function errorMessage(t: Translator, error: AppError): string {
  const params = { status: "", max: "", seconds: "", scope: "", ...error.params };
  // A workflow status is named in the reader's language ("in review", "审阅中").
  const statusKey = `statuses.${params.status}` as Parameters<Translator>[0];
  if (params.status && t.has(statusKey)) params.status = t(statusKey);
  if (error.params.messageKey) return t(String(error.params.messageKey) as Parameters<Translator>[0], params);
  return t(error.code, params);
}

/** Builds the JSON error response for `error`, in `locale`. */
export function errorResponse(error: unknown, locale: AppLocale, context?: Record<string, unknown>): Response {
  const t = errorTranslator(locale);
  if (error instanceof AppError) {
    const body: ErrorBody = {
      error: {
        ...error.details,
        code: error.code,
        message: errorMessage(t, error),
        ...(error.issues.length
          ? { issues: error.issues.map((i) => ({ path: i.path, code: i.code, message: describeIssue(t, i) })) }
          : {}),
      },
    };
    const headers: Record<string, string> = { "Cache-Control": "no-store" };
    if (error.code === "rate_limited" && error.params.seconds) headers["Retry-After"] = String(error.params.seconds);
    return Response.json(body, { status: error.status, headers });
  }
  log.error("Unhandled error", { ...context, error });
  return Response.json({ error: { code: "internal", message: t("internal") } } satisfies ErrorBody, {
    status: 500,
    headers: { "Cache-Control": "no-store" },
  });
}
