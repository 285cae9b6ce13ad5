import { createTranslator } from "next-intl";
import { appTimeZone } from "@/i18n/time-zone";
import { db } from "@/lib/db/client";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import { sessionRoute } from "@/lib/http/session-route";
import { exportAuditLog } from "@/lib/use-cases/export-audit-log";

/**
 * GET /api/admin/audit/csv — the audit log as CSV (session cookie, admins),
 * with the filters of /admin/audit: ?actor=&action=&article=&from=&to=.
 * 200 text/csv (RFC 4180, UTF-8 with BOM, header row in the caller's
 * language), streamed; 401 signed out, 403 not an admin.
 */
export const GET = sessionRoute("/api/admin/audit/csv", async ({ request, actor, locale }) => {
  const t = createTranslator({ locale, messages: locale === "zh" ? zh : en, namespace: "Audit.csv" });
  const { body, filename } = await exportAuditLog({
    db,
    actor,
    searchParams: new URL(request.url).searchParams,
    // The zone the audit page reads its date filters in.
    timeZone: appTimeZone(),
    columnName: (column) => t(column),
  });
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
