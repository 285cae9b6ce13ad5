/**
 * Why a reviewer requests changes: a fixed list of categories (so the desk
 * can count them) plus a free comment (so the editor knows what to fix).
 * Message codes follow lib/validation/parse-input.ts and messages/*.json "Errors.fields".
 */
import { z } from "zod";
import { cleanString } from "@/lib/text/clean-input";

export const CHANGE_REQUEST_CATEGORIES = [
  "mistranslation",
  "awkward_phrasing",
  "terminology",
  "grammar",
  "omission_or_addition",
  "style",
  "other",
] as const;
export const changeRequestCategorySchema = z.enum(CHANGE_REQUEST_CATEGORIES, { error: "invalid" });
export type ChangeRequestCategory = z.infer<typeof changeRequestCategorySchema>;

export const MAX_CHANGE_REQUEST_COMMENT_CHARS = 5000;

/** Input of "request changes": at least one category, no repeats, and a comment. */
export const requestChangesSchema = z.strictObject({
  categories: z
    .array(changeRequestCategorySchema, { error: (issue) => (issue.input === undefined ? "required" : "invalid_type") })
    .min(1, { error: "required" })
    // A repeated category would count twice in reports; refuse rather than dedupe silently.
    .refine((list) => new Set(list).size === list.length, { error: "invalid" }),
  comment: cleanString({ error: (issue) => (issue.input === undefined ? "required" : "invalid_type") })
    .trim()
    .min(1, { error: "required" })
    .max(MAX_CHANGE_REQUEST_COMMENT_CHARS, { error: "too_long" }),
});
export type RequestChangesInput = z.infer<typeof requestChangesSchema>;
