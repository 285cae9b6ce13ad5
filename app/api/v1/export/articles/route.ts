import { db } from "@/lib/db/client";
import { cacheControlFor, exportAccess } from "@/lib/export/gate";
import { CACHE_CONTROL } from "@/lib/export/negotiate";
import { cacheableResponse } from "@/lib/export/respond";
import { tokenRoute } from "@/lib/http/token-route";
import { listExportArticles } from "@/lib/use-cases/export-articles";

/**
 * GET /api/v1/export/articles — published articles and tombstones, newest
 * change first. Query: limit (1–100, default 20), cursor (opaque, from
 * nextCursor), updatedSince (ISO 8601, inclusive), lang (target language,
 * BCP 47 prefix). Bearer token with the `export` scope. See lib/export/openapi.ts.
 */
export const GET = tokenRoute("/api/v1/export/articles", exportAccess, async ({ request, access }) => {
  const page = await listExportArticles({ db, params: new URL(request.url).searchParams });
  return cacheableResponse(request, { ...page, contentType: "application/json; charset=utf-8" }, cacheControlFor(access, CACHE_CONTROL.list));
});
