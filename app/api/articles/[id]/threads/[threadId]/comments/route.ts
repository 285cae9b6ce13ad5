import { actorFromHeaders } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/body";
import { localeFromAcceptLanguage } from "@/lib/http/locale";
import { errorResponse } from "@/lib/http/respond";
import { MAX_COMMENT_BODY_BYTES, replyToThread } from "@/lib/use-cases/comment-threads";

/**
 * POST /api/articles/:id/threads/:threadId/comments — reply (session cookie).
 * Body: { body } (≤ 5000 characters)
 * 201 <the thread with the reply>; 401, 404, 413, 415, 422
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string; threadId: string }> }) {
  const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
  try {
    const actor = await actorFromHeaders(request.headers);
    if (!actor) throw new AppError("unauthenticated", "Not signed in");
    const { id, threadId } = await params;
    const input = await readJsonBody(request, MAX_COMMENT_BODY_BYTES);
    const thread = await replyToThread({ db, actor, articleId: id, threadId, input });
    return Response.json(thread, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error, locale, { route: "POST /api/articles/[id]/threads/[threadId]/comments" });
  }
}
