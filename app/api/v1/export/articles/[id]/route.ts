import { db } from "@/lib/db/client";
import { cacheControlFor, exportAccess } from "@/lib/export/gate";
import { CACHE_CONTROL, requestedFormat } from "@/lib/export/negotiate";
import { cacheableResponse } from "@/lib/export/respond";
import { tokenRoute } from "@/lib/http/token-route";
import { getExportArticle } from "@/lib/use-cases/export-articles";

/**
 * GET /api/v1/export/articles/:id — the live version, as JSON (default),
 * HTML, Markdown or text: `?format=json|html|markdown|text`, else the Accept
 * header. Strong ETag, If-None-Match → 304. 404 never published, 410
 * retracted, 400 unknown format. See lib/export/openapi.ts.
 */
export const GET = tokenRoute<Awaited<ReturnType<typeof exportAccess>>, { id: string }>(
  "/api/v1/export/articles/[id]",
  exportAccess,
  async ({ request, params, access }) => {
    const format = requestedFormat(new URL(request.url).searchParams.get("format"), request.headers.get("accept"));
    const body = await getExportArticle({ db, articleId: params.id, format });
    return cacheableResponse(request, body, cacheControlFor(access, CACHE_CONTROL.article));
  },
);
