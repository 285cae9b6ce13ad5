import { db } from "@/lib/db/client";
import { readJsonBody } from "@/lib/http/body";
import { sessionRoute } from "@/lib/http/session-route";
import { MAX_COMMENT_BODY_BYTES } from "@/lib/use-cases/comment-thread-view";
import { replyToThread, replyToThreadSchema } from "@/lib/use-cases/reply-to-thread";
import { checkInput } from "@/lib/validation/parse-input";

/**
 * POST /api/articles/:id/threads/:threadId/comments — reply (session cookie).
 * Body: { body } (≤ 5000 characters)
 * 201 <the thread with the reply>; 401, 403 (another origin), 404, 413, 415, 422
 */
export const POST = sessionRoute<{ id: string; threadId: string }>(
  "/api/articles/[id]/threads/[threadId]/comments",
  async ({ request, actor, params }) => {
    const input = checkInput(replyToThreadSchema, await readJsonBody(request, MAX_COMMENT_BODY_BYTES));
    const thread = await replyToThread({ db, actor, articleId: params.id, threadId: params.threadId, input });
    return Response.json(thread, { status: 201, headers: { "Cache-Control": "no-store" } });
  },
);
