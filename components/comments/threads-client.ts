/** The comment panel's calls to the threads API. */
import type { ErrorBody } from "@/lib/http/respond";
import type { ThreadList, ThreadView } from "@/lib/use-cases/comment-thread-view";
import type { CreateThreadInput } from "@/lib/use-cases/create-thread";
import type { ReplyToThreadInput } from "@/lib/use-cases/reply-to-thread";
import type { SetThreadStatusInput } from "@/lib/use-cases/set-thread-status";

export type { ThreadList, ThreadView };

export type ThreadResult =
  | { kind: "ok"; thread: ThreadView }
  /** Someone changed the thread first; `current` is how it is now. */
  | { kind: "stale"; thread: ThreadView; message: string }
  | { kind: "failed"; message: string };

/** The API's error body (lib/http/respond.ts); a 409 carries the thread as it now is. */
type ErrorPayload = { error?: Partial<ErrorBody["error"]> & { current?: ThreadView } };

function base(articleId: string) {
  return `/api/articles/${encodeURIComponent(articleId)}/threads`;
}

async function send(url: string, method: string, body: CreateThreadInput | ReplyToThreadInput | SetThreadStatusInput, locale: string): Promise<ThreadResult> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { "content-type": "application/json", "accept-language": locale },
      body: JSON.stringify(body),
    });
  } catch {
    return { kind: "failed", message: "" };
  }
  const payload = (await response.json().catch(() => ({}))) as ErrorPayload & ThreadView;
  if (response.ok) return { kind: "ok", thread: payload };
  if (response.status === 409 && payload.error?.current) return { kind: "stale", thread: payload.error.current, message: payload.error.message ?? "" };
  const issues = payload.error?.issues?.map((i) => i.message) ?? [];
  return { kind: "failed", message: [payload.error?.message ?? "", ...issues].join(" ").trim() };
}

/** The threads anchored in revision `revision`; null when they could not be loaded. */
export async function fetchThreads(articleId: string, revision: number, locale: string): Promise<ThreadList | null> {
  try {
    const response = await fetch(`${base(articleId)}?revision=${revision}`, { headers: { "accept-language": locale }, cache: "no-store" });
    return response.ok ? ((await response.json()) as ThreadList) : null;
  } catch {
    return null;
  }
}

export function postThread(articleId: string, body: CreateThreadInput, locale: string) {
  return send(base(articleId), "POST", body, locale);
}

export function postReply(articleId: string, threadId: string, body: string, locale: string) {
  const input: ReplyToThreadInput = { body };
  return send(`${base(articleId)}/${encodeURIComponent(threadId)}/comments`, "POST", input, locale);
}

export function patchThreadStatus(articleId: string, threadId: string, status: SetThreadStatusInput["status"], version: number, locale: string) {
  const input: SetThreadStatusInput = { status, version };
  return send(`${base(articleId)}/${encodeURIComponent(threadId)}`, "PATCH", input, locale);
}
