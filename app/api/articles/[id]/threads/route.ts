import { db } from "@/lib/db/client";
import { readJsonBody } from "@/lib/http/body";
import { sessionRoute } from "@/lib/http/session-route";
import { MAX_COMMENT_BODY_BYTES } from "@/lib/use-cases/comment-thread-view";
import { createThread, createThreadSchema } from "@/lib/use-cases/create-thread";
import { listArticleThreads } from "@/lib/use-cases/list-article-threads";
import { checkInput } from "@/lib/validation/parse-input";

/**
 * GET /api/articles/:id/threads?revision=n — the article's comment threads
 * (session cookie), anchored in revision n (default: the head; 0 = the MT).
 * 200 { revision, openCount, threads: [{ id, status, version, anchor: { block, start, end, quote, fit }, comments: [...] , ...}] }
 * 401, 404 (article or revision), 422 (revision)
 */
export const GET = sessionRoute<{ id: string }>("/api/articles/[id]/threads", async ({ request, actor, params }) => {
  const revision = new URL(request.url).searchParams.get("revision") ?? undefined;
  const result = await listArticleThreads({ db, actor, articleId: params.id, input: { revision } });
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
});

/**
 * POST /api/articles/:id/threads — start a thread (session cookie).
 * Body: { revision, block, start, end, body } (offsets in the block's text; body ≤ 5000 characters)
 * 201 <the thread>; 401, 403 (another origin), 404, 413, 415, 422 (issues name each field)
 */
export const POST = sessionRoute<{ id: string }>("/api/articles/[id]/threads", async ({ request, actor, params }) => {
  const input = checkInput(createThreadSchema, await readJsonBody(request, MAX_COMMENT_BODY_BYTES));
  const thread = await createThread({ db, actor, articleId: params.id, input });
  return Response.json(thread, { status: 201, headers: { "Cache-Control": "no-store" } });
});
