import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { admitExportRequest, cacheControlFor } from "@/lib/export/gate";
import { CACHE_CONTROL, requestedFormat } from "@/lib/export/negotiate";
import { cacheableResponse } from "@/lib/export/respond";
import { localeFromAcceptLanguage } from "@/lib/http/locale";
import { errorResponse } from "@/lib/http/respond";
import { getExportArticle } from "@/lib/use-cases/export-articles";

/**
 * GET /api/v1/export/articles/:id/versions/:version — one published version
 * (immutable content) in a format, like the current-version route. 400 for a
 * version that is not a positive integer, 404 for an unknown one, 410 when
 * the article is retracted.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; version: string }> }) {
  const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
  try {
    const admission = await admitExportRequest(db, request);
    const { id, version } = await params;
    if (!/^[1-9]\d{0,8}$/.test(version)) {
      throw new AppError("bad_request", "Bad version", { issues: [{ path: "version", code: "invalid", message: "invalid" }] });
    }
    const format = requestedFormat(new URL(request.url).searchParams.get("format"), request.headers.get("accept"));
    const body = await getExportArticle({ db, articleId: id, version: Number(version), format });
    return cacheableResponse(request, body, cacheControlFor(admission, CACHE_CONTROL.version));
  } catch (error) {
    return errorResponse(error, locale, { route: "GET /api/v1/export/articles/:id/versions/:version" });
  }
}
