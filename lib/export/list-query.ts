/**
 * The export list's query parameters and its opaque cursor. Pure.
 *
 * Order: Publication.changedAt descending, then articleId descending (a total
 * order, so keyset paging neither skips nor repeats rows that do not change
 * meanwhile). The cursor is base64url JSON of the last row's key; clients
 * must treat it as opaque.
 */
import { z } from "zod";
import { canonicalLanguageTag } from "@/lib/articles/language";
import { AppError, type FieldIssue } from "@/lib/errors";
import { fieldIssues } from "@/lib/validation/parse-input";

export const DEFAULT_LIST_LIMIT = 20;
export const MAX_LIST_LIMIT = 100;

export type ListCursor = { changedAt: Date; articleId: string };

export type ListQuery = {
  limit: number;
  cursor: ListCursor | null;
  updatedSince: Date | null;
  lang: string | null;
};

/** The largest time a JavaScript Date holds (ECMAScript: ±8.64e15 ms); beyond it is an Invalid Date. */
const MAX_DATE_MS = 8.64e15;

// Every part is checked, so a decoded cursor always makes a valid query: a
// time a Date can hold, and an article id of the characters ids are made of.
const cursorPayload = z.strictObject({
  t: z.int().min(0).max(MAX_DATE_MS),
  a: z.string().regex(/^[A-Za-z0-9_-]{1,200}$/),
});

export function encodeCursor(cursor: ListCursor): string {
  return Buffer.from(JSON.stringify({ t: cursor.changedAt.getTime(), a: cursor.articleId }), "utf8").toString("base64url");
}

/** The cursor, or null when it is not one this API issued. */
export function decodeCursor(value: string): ListCursor | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(value)) return null;
  try {
    const json = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(value, "base64url"));
    const parsed = cursorPayload.safeParse(JSON.parse(json));
    if (!parsed.success) return null;
    const changedAt = new Date(parsed.data.t);
    return Number.isNaN(changedAt.getTime()) ? null : { changedAt, articleId: parsed.data.a };
  } catch {
    return null;
  }
}

const schema = z.object({
  // Decimal digits only: Number() would also take "0x10", "1e1" or " 5".
  limit: z
    .string()
    .regex(/^\d{1,6}$/, { error: "invalid_type" })
    .pipe(z.coerce.number<string>().int().min(1, { error: "invalid" }).max(MAX_LIST_LIMIT, { error: "too_big" }))
    .optional()
    .transform((v) => v ?? DEFAULT_LIST_LIMIT),
  cursor: z.string().optional(),
  updatedSince: z.union([z.iso.datetime({ offset: true }), z.iso.date()], { error: "invalid_datetime" }).optional(),
  lang: z.string().max(35).optional(),
});

/**
 * Parses the list's query string; 400 `bad_request` naming each bad
 * parameter (limit 1–100, cursor as issued, updatedSince ISO 8601 date or
 * date-time with offset, lang a BCP 47 tag). Unknown parameters are ignored.
 */
export function parseListQuery(params: URLSearchParams): ListQuery {
  const raw: Record<string, string> = {};
  for (const key of ["limit", "cursor", "updatedSince", "lang"]) {
    const value = params.get(key);
    if (value !== null) raw[key] = value;
  }
  const parsed = schema.safeParse(raw);
  const issues: FieldIssue[] = parsed.success ? [] : fieldIssues(parsed.error);
  const cursor = parsed.success && parsed.data.cursor !== undefined ? decodeCursor(parsed.data.cursor) : null;
  if (parsed.success && parsed.data.cursor !== undefined && !cursor) issues.push({ path: "cursor", code: "invalid_cursor", message: "invalid_cursor" });
  const lang = parsed.success && parsed.data.lang !== undefined ? canonicalLanguageTag(parsed.data.lang) : null;
  if (parsed.success && parsed.data.lang !== undefined && !lang) issues.push({ path: "lang", code: "invalid_language", message: "invalid_language" });
  if (!parsed.success || issues.length) {
    for (const issue of issues) if (issue.code === "too_big") issue.params = { max: MAX_LIST_LIMIT };
    throw new AppError("bad_request", "Invalid query", { issues });
  }
  return {
    limit: parsed.data.limit,
    cursor,
    updatedSince: parsed.data.updatedSince !== undefined ? new Date(parsed.data.updatedSince) : null,
    lang,
  };
}
