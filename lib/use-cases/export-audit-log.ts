/**
 * The admin audit trail as a CSV download, with the filters of /admin/audit.
 * Admins only (the policy's admin.audit). The file is produced page by page while it
 * is sent (keyset pages of listAuditEvents, newest first), so a large log
 * costs one page of memory and the first bytes leave at once.
 */
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { AUDIT_CSV_COLUMNS, auditCsvValues, csvRecord, type AuditCsvColumn } from "@/lib/audit/csv";
import { auditQuerySchema, listAuditEvents } from "@/lib/audit/queries";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";

/** Events per database round trip while streaming. */
export const AUDIT_CSV_PAGE_SIZE = 500;

/**
 * UTF-8 byte order mark: without it, spreadsheet programs read the file in
 * the system's legacy code page and garble Chinese titles and names.
 */
const BOM = "\uFEFF";

export type AuditCsvExport = {
  /** The CSV, header first (names from `columnName`), one record per event. */
  body: ReadableStream<Uint8Array>;
  filename: string;
};

/**
 * Checks the policy, parses the filters like the page does (a bad value is
 * dropped; the page cursor `before` is ignored: the download is the whole
 * filtered log) and returns the stream. Dates are days in `timeZone`.
 */
export async function exportAuditLog(options: {
  db: Db;
  actor: Actor;
  searchParams: URLSearchParams;
  timeZone: string;
  columnName: (column: AuditCsvColumn) => string;
  pageSize?: number;
  now?: Date;
}): Promise<AuditCsvExport> {
  const { db, actor, timeZone, pageSize = AUDIT_CSV_PAGE_SIZE } = options;
  if (!can(actor, "admin.audit")) throw new AppError("forbidden", "Admins only");
  const { before: _ignored, ...filters } = auditQuerySchema.parse(Object.fromEntries(options.searchParams));
  const encoder = new TextEncoder();
  let before: string | undefined;
  let started = false;
  let done = false;

  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(BOM + csvRecord(AUDIT_CSV_COLUMNS.map(options.columnName))));
          return;
        }
        const page = await listAuditEvents(db, { ...filters, before }, timeZone, pageSize);
        if (page.entries.length > 0) controller.enqueue(encoder.encode(page.entries.map((e) => csvRecord(auditCsvValues(e))).join("")));
        // A date range that ends before it starts matches nothing: the header alone.
        if (page.nextBefore === null || page.invalidRange) done = true;
        else before = page.nextBefore;
        if (done) controller.close();
      } catch (error) {
        // The status line is gone by now: cut the download short and log why.
        log.error("Audit CSV export failed", { error: error instanceof Error ? error.message : String(error) });
        controller.error(error);
      }
    },
  });
  const day = (options.now ?? new Date()).toISOString().slice(0, 10);
  return { body, filename: `audit-log-${day}.csv` };
}
