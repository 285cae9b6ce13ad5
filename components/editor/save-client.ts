/** The editor's calls to the revisions API. */
import type { EditorDoc } from "@/lib/editor/validate";

export type RevisionSummary = { number: number; createdAt: string; title: string; message: string | null; authorName: string };
export type CurrentRevision = RevisionSummary & { content: EditorDoc };

export type SaveResult =
  | { kind: "saved"; revision: RevisionSummary }
  | { kind: "unchanged" }
  | { kind: "conflict"; current: CurrentRevision; message: string }
  | { kind: "invalid"; message: string; issues: { path: string; message: string }[] }
  | { kind: "signed-out"; message: string }
  | { kind: "failed"; message: string };

type ErrorPayload = { error?: { code?: string; message?: string; issues?: { path: string; message: string }[]; current?: CurrentRevision } };

export async function saveRevision(
  articleId: string,
  body: {
    baseNumber: number;
    title: string;
    content: EditorDoc;
    message?: string;
    editSeconds?: number;
    /** Open comment threads' ranges in `content` (components/comments/anchors-extension.ts). */
    anchors?: { threadId: string; block: number; start: number; end: number }[];
  },
  locale: string,
): Promise<SaveResult> {
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
  const payload = (await response.json().catch(() => ({}))) as ErrorPayload & { unchanged?: boolean; revision?: RevisionSummary };
  if (response.status === 201 && payload.revision) return { kind: "saved", revision: payload.revision };
  if (response.ok) return { kind: "unchanged" };
  const message = payload.error?.message ?? "";
  if (response.status === 409 && payload.error?.current) return { kind: "conflict", current: payload.error.current, message };
  if (response.status === 422) return { kind: "invalid", message, issues: payload.error?.issues ?? [] };
  if (response.status === 401) return { kind: "signed-out", message };
  return { kind: "failed", message };
}
