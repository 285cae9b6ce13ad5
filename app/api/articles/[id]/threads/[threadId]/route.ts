import { db } from "@/lib/db/client";
import { readJsonBody } from "@/lib/http/body";
import { sessionRoute } from "@/lib/http/session-route";
import { MAX_COMMENT_BODY_BYTES } from "@/lib/use-cases/comment-thread-view";
import { setThreadStatus, setThreadStatusSchema } from "@/lib/use-cases/set-thread-status";
import { checkInput } from "@/lib/validation/parse-input";

/**
 * PATCH /api/articles/:id/threads/:threadId — resolve or reopen (session cookie).
 * Body: { status: "open" | "resolved", version } (the version the caller saw)
 * 200 <the thread>; 409 { error: { code: "conflict", current: <the thread> } } for a stale version;
 * 401, 403 (another origin), 404, 415, 422
 */
export const PATCH = sessionRoute<{ id: string; threadId: string }>("/api/articles/[id]/threads/[threadId]", async ({ request, actor, params }) => {
  const input = checkInput(setThreadStatusSchema, await readJsonBody(request, MAX_COMMENT_BODY_BYTES));
  const thread = await setThreadStatus({ db, actor, articleId: params.id, threadId: params.threadId, input });
  return Response.json(thread, { headers: { "Cache-Control": "no-store" } });
});
