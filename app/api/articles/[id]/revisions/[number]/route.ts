import { actorFromHeaders } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { localeFromAcceptLanguage } from "@/lib/http/locale";
import { errorResponse } from "@/lib/http/respond";
import { getRevision } from "@/lib/use-cases/get-revision";

/**
 * GET /api/articles/:id/revisions/:number — one revision (session cookie);
 * number 0 is the machine translation as imported.
 * 200 { number, baseNumber, title, content, authorName, createdAt, message, wordCount, schemaVersion, restoredFrom }
 * 401, 404 (article or revision), 422 (number not a non-negative integer)
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; number: string }> }) {
  const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
  try {
    const actor = await actorFromHeaders(request.headers);
    if (!actor) throw new AppError("unauthenticated", "Not signed in");
    const { id, number } = await params;
    const revision = await getRevision({ db, actor, articleId: id, number });
    // Revisions are immutable, but this one may be deleted with its article
    // and must not outlive a sign-out in a shared cache.
    return Response.json(revision, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    return errorResponse(error, locale, { route: "GET /api/articles/[id]/revisions/[number]" });
  }
}
