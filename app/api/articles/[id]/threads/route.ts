import { actorFromHeaders } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/body";
import { localeFromAcceptLanguage } from "@/lib/http/locale";
import { errorResponse } from "@/lib/http/respond";
import { createThread, listArticleThreads, MAX_COMMENT_BODY_BYTES } from "@/lib/use-cases/comment-threads";

type Context = { params: Promise<{ id: string }> };

/**
 * GET /api/articles/:id/threads?revision=n — the article's comment threads
 * (session cookie), anchored in revision n (default: the head; 0 = the MT).
 * 200 { revision, openCount, threads: [{ id, status, version, anchor: { block, start, end, quote, fit }, comments: [...] , ...}] }
 * 401, 404 (article or revision), 422 (revision)
 */
export async function GET(request: Request, { params }: Context) {
  const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
  try {
    const actor = await actorFromHeaders(request.headers);
    if (!actor) throw new AppError("unauthenticated", "Not signed in");
    const { id } = await params;
    const revision = new URL(request.url).searchParams.get("revision") ?? undefined;
    const result = await listArticleThreads({ db, actor, articleId: id, revision });
    return Response.json(result, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error, locale, { route: "GET /api/articles/[id]/threads" });
  }
}

/**
 * POST /api/articles/:id/threads — start a thread (session cookie).
 * Body: { revision, block, start, end, body } (offsets in the block's text; body ≤ 5000 characters)
 * 201 <the thread>; 401, 404, 413, 415, 422 (issues name each field)
 */
export async function POST(request: Request, { params }: Context) {
  const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
  try {
    const actor = await actorFromHeaders(request.headers);
    if (!actor) throw new AppError("unauthenticated", "Not signed in");
    const { id } = await params;
    const input = await readJsonBody(request, MAX_COMMENT_BODY_BYTES);
    const thread = await createThread({ db, actor, articleId: id, input });
    return Response.json(thread, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error, locale, { route: "POST /api/articles/[id]/threads" });
  }
}
