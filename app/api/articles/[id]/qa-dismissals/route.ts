import { db } from "@/lib/db/client";
import { readJsonBody } from "@/lib/http/body";
import { sessionRoute } from "@/lib/http/session-route";
import { MAX_DISMISSAL_BODY_BYTES, dismissQaFinding, dismissQaFindingSchema, listQaDismissals } from "@/lib/use-cases/dismiss-qa-finding";
import { checkInput } from "@/lib/validation/parse-input";

/**
 * GET /api/articles/:id/qa-dismissals — the article's QA dismissals (session cookie).
 * 200 { dismissals: [{ id, check, sourceText, targetText, spanText, reason, note, userId, userName, createdAt }] }; 401, 404
 */
export const GET = sessionRoute<{ id: string }>("/api/articles/[id]/qa-dismissals", async ({ actor, params }) => {
  const dismissals = await listQaDismissals({ db, actor, articleId: params.id });
  return Response.json({ dismissals }, { headers: { "Cache-Control": "no-store" } });
});

/**
 * POST /api/articles/:id/qa-dismissals — dismiss a finding (session cookie).
 * Body: { check, sourceText, targetText, spanText, reason: "false_positive" | "intended" | "other", note? }
 * (note required for "other"; sentences ≤ 10,000 characters, span and note ≤ 1,000)
 * 201 { dismissal }; 401; 403 (another origin, an editor while the article is in review); 404; 413; 415; 422 naming each field
 */
export const POST = sessionRoute<{ id: string }>("/api/articles/[id]/qa-dismissals", async ({ request, actor, params }) => {
  const input = checkInput(dismissQaFindingSchema, await readJsonBody(request, MAX_DISMISSAL_BODY_BYTES));
  const dismissal = await dismissQaFinding({ db, actor, articleId: params.id, input });
  return Response.json({ dismissal }, { status: 201, headers: { "Cache-Control": "no-store" } });
});
