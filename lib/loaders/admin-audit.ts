import { auditFilterOptions, auditQuerySchema, listAuditEvents } from "@/lib/audit/queries";
import type { Db } from "@/lib/db/client";
import type { SearchParams } from "./search-params";

/**
 * /admin/audit: one page of the trail for the filters in the query string,
 * the filter form's options, and the filters alone (without the cursor) for
 * links that keep them. Dates are days in `timeZone`.
 */
export async function loadAuditPage(db: Db, options: { searchParams: SearchParams; timeZone: string }) {
  const query = auditQuerySchema.parse(options.searchParams);
  const [filterOptions, result] = await Promise.all([auditFilterOptions(db), listAuditEvents(db, query, options.timeZone)]);
  const { before: _before, ...filters } = query;
  const filterQuery = Object.fromEntries(Object.entries(filters).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return { query, filterQuery, filtered: Object.keys(filterQuery).length > 0, filterOptions, result };
}

export type AuditPageData = Awaited<ReturnType<typeof loadAuditPage>>;
