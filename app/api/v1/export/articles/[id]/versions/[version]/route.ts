import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { cacheControlFor, exportAccess } from "@/lib/export/gate";
import { CACHE_CONTROL, requestedFormat } from "@/lib/export/negotiate";
import { cacheableResponse } from "@/lib/export/respond";
import { tokenRoute } from "@/lib/http/token-route";
import { getExportArticle } from "@/lib/use-cases/export-articles";

/**
 * GET /api/v1/export/articles/:id/versions/:version — one published version
 * (immutable content) in a format, like the current-version route. 400 for a
 * version that is not a positive integer, 404 for an unknown one, 410 when
 * the article is retracted.
 */
export const GET = tokenRoute<Awaited<ReturnType<typeof exportAccess>>, { id: string; version: string }>(
  "/api/v1/export/articles/[id]/versions/[version]",
  exportAccess,
  async ({ request, params, access }) => {
    if (!/^[1-9]\d{0,8}$/.test(params.version)) {
      throw new AppError("bad_request", "Bad version", { issues: [{ path: "version", code: "invalid", message: "invalid" }] });
    }
    const format = requestedFormat(new URL(request.url).searchParams.get("format"), request.headers.get("accept"));
    const body = await getExportArticle({ db, articleId: params.id, version: Number(params.version), format });
    return cacheableResponse(request, body, cacheControlFor(access, CACHE_CONTROL.version));
  },
);
