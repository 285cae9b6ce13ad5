import { db } from "@/lib/db/client";
import { admitExportRequest, cacheControlFor } from "@/lib/export/gate";
import { CACHE_CONTROL, requestedFormat } from "@/lib/export/negotiate";
import { cacheableResponse } from "@/lib/export/respond";
import { localeFromAcceptLanguage } from "@/lib/http/locale";
import { errorResponse } from "@/lib/http/respond";
import { getExportArticle } from "@/lib/use-cases/export-articles";

/**
 * GET /api/v1/export/articles/:id — the live version, as JSON (default),
 * HTML, Markdown or text: `?format=json|html|markdown|text`, else the Accept
 * header. Strong ETag, If-None-Match → 304. 404 never published, 410
 * retracted, 400 unknown format. See lib/export/openapi.ts.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
  try {
    const admission = await admitExportRequest(db, request);
    const { id } = await params;
    const format = requestedFormat(new URL(request.url).searchParams.get("format"), request.headers.get("accept"));
    const body = await getExportArticle({ db, articleId: id, format });
    return cacheableResponse(request, body, cacheControlFor(admission, CACHE_CONTROL.article));
  } catch (error) {
    return errorResponse(error, locale, { route: "GET /api/v1/export/articles/:id" });
  }
}
