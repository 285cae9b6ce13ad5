import { actorFromHeaders } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/body";
import { localeFromAcceptLanguage } from "@/lib/http/locale";
import { errorResponse } from "@/lib/http/respond";
import { MAX_SAVE_BODY_BYTES, saveRevision } from "@/lib/use-cases/save-revision";

/**
 * POST /api/articles/:id/revisions — save the editor's text (session cookie).
 *
 * Body (JSON, at most MAX_SAVE_BODY_BYTES = 3 MB):
 *   { baseNumber, title, content: <editor JSON>, message?, editSeconds? }
 * 201 { unchanged: false, revision: { number, createdAt, title, message, authorName } }
 * 200 { unchanged: true, revision: <the head, as above> | null (head is the MT) }
 * 409 { error: { code: "conflict", message, current: <revision view of the head> } }
 * 401, 404, 413, 415, 422 (issues name each field: "title", "content.content[2].attrs.href" …)
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
  try {
    const actor = await actorFromHeaders(request.headers);
    if (!actor) throw new AppError("unauthenticated", "Not signed in");
    const { id } = await params;
    const input = await readJsonBody(request, MAX_SAVE_BODY_BYTES);
    const result = await saveRevision({ db, actor, articleId: id, input });
    return Response.json(result, { status: result.unchanged ? 200 : 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error, locale, { route: "POST /api/articles/[id]/revisions" });
  }
}
