import { db } from "@/lib/db/client";
import { readJsonBody } from "@/lib/http/body";
import { sessionRoute } from "@/lib/http/session-route";
import { checkSaveRevisionInput, MAX_SAVE_BODY_BYTES, saveRevision } from "@/lib/use-cases/save-revision";

/**
 * POST /api/articles/:id/revisions — save the editor's text (session cookie).
 *
 * Body (JSON, at most MAX_SAVE_BODY_BYTES = 3 MB):
 *   { baseNumber, title, content: <editor JSON>, message?, editSeconds? }
 * 201 { unchanged: false, revision: { number, createdAt, title, message, authorName } }
 * 200 { unchanged: true, revision: <the head, as above> | null (head is the MT) }
 * 409 { error: { code: "conflict", message, current: <revision view of the head> } }
 * 401, 403 (another origin), 404, 413, 415, 422 (issues name each field: "title", "content.content[2].attrs.href" …)
 */
export const POST = sessionRoute<{ id: string }>("/api/articles/[id]/revisions", async ({ request, actor, params }) => {
  const input = checkSaveRevisionInput(await readJsonBody(request, MAX_SAVE_BODY_BYTES));
  const result = await saveRevision({ db, actor, articleId: params.id, input });
  return Response.json(result, { status: result.unchanged ? 200 : 201, headers: { "Cache-Control": "no-store" } });
});
