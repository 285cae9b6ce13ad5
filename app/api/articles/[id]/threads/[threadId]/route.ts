import { actorFromHeaders } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/body";
import { localeFromAcceptLanguage } from "@/lib/http/locale";
import { errorResponse } from "@/lib/http/respond";
import { MAX_COMMENT_BODY_BYTES, setThreadStatus } from "@/lib/use-cases/comment-threads";

/**
 * PATCH /api/articles/:id/threads/:threadId — resolve or reopen (session cookie).
 * Body: { status: "open" | "resolved", version } (the version the caller saw)
 * 200 <the thread>; 409 { error: { code: "conflict", current: <the thread> } } for a stale version;
 * 401, 404, 415, 422
 */
export async function PATCH(request: Request, { params }: { params: Promise<{ id: string; threadId: string }> }) {
  const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
  try {
    const actor = await actorFromHeaders(request.headers);
    if (!actor) throw new AppError("unauthenticated", "Not signed in");
    const { id, threadId } = await params;
    const input = await readJsonBody(request, MAX_COMMENT_BODY_BYTES);
    const thread = await setThreadStatus({ db, actor, articleId: id, threadId, input });
    return Response.json(thread, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error, locale, { route: "PATCH /api/articles/[id]/threads/[threadId]" });
  }
}
