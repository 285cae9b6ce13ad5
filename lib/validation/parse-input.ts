/**
 * Validation for use-cases and adapters alike: zod issues become
 * {@link FieldIssue}s and a failed parse becomes the one validation error,
 * `AppError("validation_failed")` (lib/errors.ts). Schemas put a stable
 * message code ("required", "too_long", …) in each issue's message; the
 * transport (lib/http/respond.ts) turns it into a sentence in the caller's
 * language. Nothing here knows about HTTP.
 */
import type { z } from "zod";
import { AppError, type FieldIssue } from "@/lib/errors";

/** Turns zod issues into field issues (path, stable code, the schema's `max`). */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const known = /^[a-z_]+$/.test(issue.message);
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [];
    const base = issue.path.map(String).join(".");
    return {
      path: keys.length ? [base, keys[0]].filter(Boolean).join(".") : base || "(body)",
      code: issue.code === "unrecognized_keys" ? "unknown_field" : known ? issue.message : "invalid",
      message: issue.message,
      params: "maximum" in issue && typeof issue.maximum === "number" ? { max: issue.maximum } : undefined,
    };
  });
}

/** The error a failed parse throws: 422 naming every bad field. */
export function validationError(error: z.ZodError): AppError {
  return new AppError("validation_failed", "Validation failed", { issues: fieldIssues(error) });
}

/**
 * Parses `input` with `schema` or throws {@link validationError}. Each verb
 * calls it on its typed input, so its cleaning, defaults and refinements hold
 * for every caller: adapters (which {@link checkInput} first), scripts, seeds
 * and tests.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const known = typeof input === "object" && input !== null ? checked.get(input) : undefined;
  if (known?.schema === schema) return known.data as z.output<S>;
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error);
  return result.data;
}

/** What {@link checkInput} parsed, by the object it was given, so the verb's parse of it costs nothing. */
const checked = new WeakMap<object, { schema: z.ZodType; data: unknown }>();

/**
 * Checks `raw` against a verb's schema and returns it as that verb's typed
 * input; throws {@link validationError} (422 naming each field) otherwise. The
 * verb's own {@link parseInput} of the same object returns what this parse
 * produced, so the body is parsed once. Zod accepted `raw`, which is what
 * makes it the schema's input type.
 */
export function checkInput<S extends z.ZodType>(schema: S, raw: unknown): z.input<S> {
  const result = schema.safeParse(raw);
  if (!result.success) throw validationError(result.error);
  if (typeof raw === "object" && raw !== null) checked.set(raw, { schema, data: result.data });
  return raw as z.input<S>;
}
