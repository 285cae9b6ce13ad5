import { db } from "@/lib/db/client";
import { sessionRoute } from "@/lib/http/session-route";
import { removeQaDismissal } from "@/lib/use-cases/dismiss-qa-finding";

/**
 * DELETE /api/articles/:id/qa-dismissals/:dismissalId — take a dismissal back (session cookie).
 * 204; 401; 403 (another origin, an editor while the article is in review); 404
 */
export const DELETE = sessionRoute<{ id: string; dismissalId: string }>(
  "/api/articles/[id]/qa-dismissals/[dismissalId]",
  async ({ actor, params }) => {
    await removeQaDismissal({ db, actor, articleId: params.id, dismissalId: params.dismissalId });
    return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
  },
);
