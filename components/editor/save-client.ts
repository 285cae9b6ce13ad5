/**
 * The editor's calls to the revisions API. Request and response types are
 * the use-case's own (type-only imports: no server code reaches the browser).
 */
import type { ErrorBody } from "@/lib/http/respond";
import type { RevisionSummary, SaveConflictHead, SaveRevisionInput, SaveRevisionResult } from "@/lib/use-cases/save-revision";

export type { RevisionSummary };
/** The head another save put in place, as a 409 returns it. */
export type CurrentRevision = SaveConflictHead;

export type SaveResult =
  | { kind: "saved"; revision: RevisionSummary }
  | { kind: "unchanged" }
  | { kind: "conflict"; current: CurrentRevision; message: string }
  | { kind: "invalid"; message: string; issues: NonNullable<ErrorBody["error"]["issues"]> }
  | { kind: "signed-out"; message: string }
  | { kind: "failed"; message: string };

/** The error envelope of lib/http/respond.ts; a 409 adds the head as `current`. */
type ErrorPayload = { error?: Partial<ErrorBody["error"]> & { current?: CurrentRevision } };

export async function saveRevision(articleId: string, body: SaveRevisionInput, locale: string): Promise<SaveResult> {
  let response: Response;
  try {
    response = await fetch(`/api/articles/${encodeURIComponent(articleId)}/revisions`, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": locale },
      body: JSON.stringify(body),
    });
  } catch {
    return { kind: "failed", message: "" };
  }
  const payload = (await response.json().catch(() => ({}))) as ErrorPayload & Partial<SaveRevisionResult>;
  if (response.status === 201 && payload.revision) return { kind: "saved", revision: payload.revision };
  if (response.ok) return { kind: "unchanged" };
  const message = payload.error?.message ?? "";
  if (response.status === 409 && payload.error?.current) return { kind: "conflict", current: payload.error.current, message };
  if (response.status === 422) return { kind: "invalid", message, issues: payload.error?.issues ?? [] };
  if (response.status === 401) return { kind: "signed-out", message };
  return { kind: "failed", message };
}
