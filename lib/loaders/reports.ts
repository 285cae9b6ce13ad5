import type { Db } from "@/lib/db/client";
import { getReasonsReport, reasonsQuerySchema } from "@/lib/reports/reasons";
import type { SearchParams } from "./search-params";

/** /reports: the change-request reasons report for ?range= and ?page=. */
export async function loadReasonsReportPage(db: Db, options: { searchParams: SearchParams }) {
  return getReasonsReport(db, reasonsQuerySchema.parse(options.searchParams));
}

export type ReasonsReportPageData = Awaited<ReturnType<typeof loadReasonsReportPage>>;
