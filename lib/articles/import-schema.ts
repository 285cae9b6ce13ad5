/**
 * The shape of an article import, shared by the API (JSON body), the import
 * form and .json uploads. Limits are documented in README ("Import").
 */
import { z } from "zod";
import { cleanString, visibleTitle } from "@/lib/text/clean-input";
import { canonicalLanguageTag } from "./language";

/** Largest accepted request body for POST /api/v1/articles. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
/** Longest body (each of source and MT), in characters. */
export const MAX_BODY_CHARS = 500_000;
export const MAX_TITLE_CHARS = 500;

const languageTag = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .transform((value, ctx) => {
    const canonical = canonicalLanguageTag(value);
    if (!canonical) {
      ctx.addIssue({ code: "custom", message: "invalid_language" });
      return z.NEVER;
    }
    return canonical;
  });

// Titles and metadata lose C0 controls and lone surrogates (lib/text/clean-input);
// bodies are the MT and stay verbatim (the editor conversion drops what it cannot hold).
const title = cleanString({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .max(MAX_TITLE_CHARS, { error: "too_long" })
  .refine(...visibleTitle);

const body = z
  .string({ error: "required" })
  .refine((v) => v.trim().length > 0, { error: "required" })
  .refine((v) => v.length <= MAX_BODY_CHARS, { error: "too_long" });

const optionalText = (max: number) =>
  cleanString({ error: "invalid_type" })
    .trim()
    .max(max, { error: "too_long" })
    .optional()
    .transform((v) => (v ? v : undefined));

export const importArticleSchema = z
  .strictObject(
    {
      sourceLang: languageTag,
      targetLang: languageTag,
      title: z.strictObject({ source: title, mt: title }, { error: "required" }),
      body: z.strictObject({ source: body, mt: body }, { error: "required" }),
      metadata: z
        .strictObject({
          outlet: optionalText(200),
          author: optionalText(200),
          originalUrl: z
            .url({ protocol: /^https?$/, error: "invalid_url" })
            .max(2000, { error: "too_long" })
            .optional(),
          originalPublishedAt: z.iso
            .datetime({ offset: true, error: "invalid_datetime" })
            .transform((v) => new Date(v))
            .optional(),
        })
        .optional(),
    },
    { error: (issue) => (issue.code === "unrecognized_keys" ? "unknown_field" : "invalid_type") },
  )
  .refine((v) => v.sourceLang !== v.targetLang, { error: "same_language", path: ["targetLang"] });

export type ImportArticleInput = z.input<typeof importArticleSchema>;
export type ImportArticle = z.output<typeof importArticleSchema>;
