import { db } from "@/lib/db/client";
import { admitExportRequest, cacheControlFor } from "@/lib/export/gate";
import { CACHE_CONTROL } from "@/lib/export/negotiate";
import { cacheableResponse } from "@/lib/export/respond";
import { localeFromAcceptLanguage } from "@/lib/http/locale";
import { errorResponse } from "@/lib/http/respond";
import { listExportArticles } from "@/lib/use-cases/export-articles";

/**
 * GET /api/v1/export/articles — published articles and tombstones, newest
 * change first. Query: limit (1–100, default 20), cursor (opaque, from
 * nextCursor), updatedSince (ISO 8601, inclusive), lang (target language,
 * BCP 47 prefix). Bearer token with the `export` scope. See lib/export/openapi.ts.
 */
export async function GET(request: Request) {
  const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
  try {
    const admission = await admitExportRequest(db, request);
    const page = await listExportArticles({ db, params: new URL(request.url).searchParams });
    return cacheableResponse(request, { ...page, contentType: "application/json; charset=utf-8" }, cacheControlFor(admission, CACHE_CONTROL.list));
  } catch (error) {
    return errorResponse(error, locale, { route: "GET /api/v1/export/articles" });
  }
}
