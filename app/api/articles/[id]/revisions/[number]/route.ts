import { db } from "@/lib/db/client";
import { sessionRoute } from "@/lib/http/session-route";
import { getRevision } from "@/lib/use-cases/get-revision";

/**
 * GET /api/articles/:id/revisions/:number — one revision (session cookie);
 * number 0 is the machine translation as imported.
 * 200 { number, baseNumber, title, content, authorName, createdAt, message, wordCount, schemaVersion, restoredFrom }
 * 401, 404 (article or revision), 422 (number not a non-negative integer)
 */
export const GET = sessionRoute<{ id: string; number: string }>("/api/articles/[id]/revisions/[number]", async ({ actor, params }) => {
  const revision = await getRevision({ db, actor, articleId: params.id, number: params.number });
  // Revisions are immutable, but this one may be deleted with its article
  // and must not outlive a sign-out in a shared cache.
  return Response.json(revision, { headers: { "Cache-Control": "private, no-store" } });
});
