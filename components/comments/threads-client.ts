/** The comment panel's calls to the threads API. */
import type { ThreadList, ThreadView } from "@/lib/use-cases/comment-threads";

export type { ThreadList, ThreadView };

export type ThreadResult =
  | { kind: "ok"; thread: ThreadView }
  /** Someone changed the thread first; `current` is how it is now. */
  | { kind: "stale"; thread: ThreadView; message: string }
  | { kind: "failed"; message: string };

type ErrorPayload = { error?: { message?: string; current?: ThreadView; issues?: { message: string }[] } };

function base(articleId: string) {
  return `/api/articles/${encodeURIComponent(articleId)}/threads`;
}

async function send(url: string, method: string, body: unknown, locale: string): Promise<ThreadResult> {
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

export function postThread(articleId: string, body: { revision: number; block: number; start: number; end: number; body: string }, locale: string) {
  return send(base(articleId), "POST", body, locale);
}

export function postReply(articleId: string, threadId: string, body: string, locale: string) {
  return send(`${base(articleId)}/${encodeURIComponent(threadId)}/comments`, "POST", { body }, locale);
}

export function patchThreadStatus(articleId: string, threadId: string, status: "open" | "resolved", version: number, locale: string) {
  return send(`${base(articleId)}/${encodeURIComponent(threadId)}`, "PATCH", { status, version }, locale);
}
