import type { z } from "zod";
import { AppError, type FieldIssue } from "@/lib/errors";

/**
 * Turns zod issues into field issues. Schemas put a stable message code
 * ("required", "too_long", …) in each issue's message; the HTTP layer turns
 * it into a sentence in the caller's language.
 */
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

/** Parses `input` or throws a 422 naming every bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new AppError("validation_failed", "Validation failed", { issues: fieldIssues(result.error) });
  }
  return result.data;
}
