import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/body";
import { sessionRoute } from "@/lib/http/session-route";
import type { Actor } from "@/lib/auth/roles";
import { approveRevision, approveRevisionSchema } from "@/lib/use-cases/approve-revision";
import { publishArticle, publishArticleSchema } from "@/lib/use-cases/publish-article";
import { requestChanges, requestChangesSchema } from "@/lib/use-cases/request-changes";
import { submitRevision, submitRevisionSchema } from "@/lib/use-cases/submit-revision";
import { unpublishArticle, unpublishArticleSchema } from "@/lib/use-cases/unpublish-article";
import { withdrawSubmission, withdrawSubmissionSchema } from "@/lib/use-cases/withdraw-submission";
import { checkInput } from "@/lib/validation/parse-input";
import type { z } from "zod";

type Move = (actor: Actor, articleId: string, body: unknown) => Promise<unknown>;

/** A verb with the schema of its input: the body is checked against it, then the verb runs. */
function move<S extends z.ZodType>(schema: S, verb: (options: { db: typeof db; actor: Actor; articleId: string; input: z.input<S> }) => Promise<unknown>): Move {
  return (actor, articleId, body) => verb({ db, actor, articleId, input: checkInput(schema, body) });
}

/** One use-case per workflow action; the URL names it. */
const USE_CASES: Record<string, Move> = {
  submit: move(submitRevisionSchema, submitRevision),
  withdraw: move(withdrawSubmissionSchema, withdrawSubmission),
  "request-changes": move(requestChangesSchema, requestChanges),
  approve: move(approveRevisionSchema, approveRevision),
  publish: move(publishArticleSchema, publishArticle),
  unpublish: move(unpublishArticleSchema, unpublishArticle),
};

const MAX_BODY_BYTES = 64 * 1024;

/**
 * POST /api/articles/:id/workflow/:action — move an article through review
 * (session cookie). Actions and bodies:
 *   submit           { revisionNumber, reviewerId?, note?, qaOverride?: { reason } }
 *   withdraw         { revisionNumber }
 *   request-changes  { revisionNumber, categories: [...], comment }
 *   approve          { revisionNumber, qaOverride?: { reason } }
 *   publish          { revisionNumber }   (the approved revision)
 *   unpublish        { version }          (the live version)
 * `revisionNumber` names the revision the caller looked at (the head for
 * submit, the submitted one otherwise); another one answers 409.
 * 200 { status, … }; 401; 403 (another origin, role, own revision, not the submitter);
 * 404; 409 invalid_transition (naming the current status) or conflict; 422 (issues name each field;
 * `qa_open_errors` when submit or approve finds open QA errors and no override reason).
 */
export const POST = sessionRoute<{ id: string; action: string }>("/api/articles/[id]/workflow/[action]", async ({ request, actor, params }) => {
  const { id, action } = params;
  const useCase = Object.hasOwn(USE_CASES, action) ? USE_CASES[action] : undefined;
  if (!useCase) throw new AppError("not_found", "Unknown workflow action");
  const input = await readJsonBody(request, MAX_BODY_BYTES);
  const result = await useCase(actor, id, input);
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
});
