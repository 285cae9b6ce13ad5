/**
 * The audit log as CSV, pure: RFC 4180 fields and records, made safe to open
 * in a spreadsheet.
 *
 * - A field holding a comma, a double quote, CR or LF is quoted, with its
 *   quotes doubled; records end with CRLF (RFC 4180 §2).
 * - A field that a spreadsheet would read as a formula (starting with = + - @,
 *   or a tab or CR that some strip before looking) is prefixed with an
 *   apostrophe (OWASP "CSV injection"). Titles, names and comments come from
 *   users and imports, so any of them may start with "=HYPERLINK(…)".
 */
import type { AuditEntry } from "./queries";

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field: neutralised if it would start a formula, quoted when RFC 4180 requires it. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One CSV record, CRLF-terminated. */
export function csvRecord(values: readonly string[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

/** Columns of the audit CSV, in order; the header row gives them localized names. */
export const AUDIT_CSV_COLUMNS = [
  "time",
  "action",
  "actorType",
  "actorId",
  "actorName",
  "subjectType",
  "subjectId",
  "articleId",
  "articleTitle",
  "sourceTitle",
  "details",
] as const;
export type AuditCsvColumn = (typeof AUDIT_CSV_COLUMNS)[number];

/** One event as CSV values: the time in UTC (ISO 8601), the details as JSON. */
export function auditCsvValues(entry: AuditEntry): string[] {
  const values: Record<AuditCsvColumn, string> = {
    time: entry.createdAt.toISOString(),
    action: entry.action,
    actorType: entry.actorType,
    actorId: entry.actorId ?? "",
    actorName: entry.actorName ?? "",
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    articleId: entry.articleId ?? "",
    articleTitle: entry.article?.targetTitle ?? "",
    sourceTitle: entry.article?.sourceTitle ?? "",
    details: JSON.stringify(entry.details),
  };
  return AUDIT_CSV_COLUMNS.map((column) => values[column]);
}
