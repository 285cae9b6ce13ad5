import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/body";
import { sessionRoute } from "@/lib/http/session-route";
import { publishArticle, unpublishArticle } from "@/lib/use-cases/publish-article";
import { approveRevision, requestChanges, submitRevision, withdrawSubmission } from "@/lib/use-cases/review";

/** One use-case per workflow action; the URL names it. */
const USE_CASES = {
  submit: submitRevision,
  withdraw: withdrawSubmission,
  "request-changes": requestChanges,
  approve: approveRevision,
  publish: publishArticle,
  unpublish: unpublishArticle,
} as const;

const MAX_BODY_BYTES = 64 * 1024;

/**
 * POST /api/articles/:id/workflow/:action — move an article through review
 * (session cookie). Actions and bodies:
 *   submit           { revisionNumber, reviewerId?, note? }
 *   withdraw         { revisionNumber }
 *   request-changes  { revisionNumber, categories: [...], comment }
 *   approve          { revisionNumber }
 *   publish          { revisionNumber }   (the approved revision)
 *   unpublish        { version }          (the live version)
 * `revisionNumber` names the revision the caller looked at (the head for
 * submit, the submitted one otherwise); another one answers 409.
 * 200 { status, … }; 401; 403 (another origin, role, own revision, not the submitter);
 * 404; 409 invalid_transition (naming the current status) or conflict; 422.
 */
export const POST = sessionRoute<{ id: string; action: string }>("/api/articles/[id]/workflow/[action]", async ({ request, actor, params }) => {
  const { id, action } = params;
  const useCase = Object.hasOwn(USE_CASES, action) ? USE_CASES[action as keyof typeof USE_CASES] : undefined;
  if (!useCase) throw new AppError("not_found", "Unknown workflow action");
  const input = await readJsonBody(request, MAX_BODY_BYTES);
  const result = await useCase({ db, actor, articleId: id, input });
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
});
