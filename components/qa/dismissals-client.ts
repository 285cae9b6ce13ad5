/** The findings panel's calls to the QA dismissals API (app/api/articles/[id]/qa-dismissals). */
import type { QaDismissalKey, QaDismissalReason, QaDismissalView } from "@/lib/qa/dismissals";

export type DismissResult = { kind: "ok"; dismissal: QaDismissalView } | { kind: "failed"; message: string };

function base(articleId: string) {
  return `/api/articles/${encodeURIComponent(articleId)}/qa-dismissals`;
}

type ErrorPayload = { error?: { message?: string; issues?: { message: string }[] } };

function errorText(payload: ErrorPayload): string {
  return [payload.error?.message ?? "", ...(payload.error?.issues?.map((i) => i.message) ?? [])].join(" ").trim();
}

/** The article's dismissals; null when they could not be loaded. */
export async function fetchDismissals(articleId: string, locale: string): Promise<QaDismissalView[] | null> {
  try {
    const response = await fetch(base(articleId), { headers: { "accept-language": locale }, cache: "no-store" });
    if (!response.ok) return null;
    const payload = (await response.json()) as { dismissals?: QaDismissalView[] };
    return Array.isArray(payload.dismissals) ? payload.dismissals : null;
  } catch {
    return null;
  }
}

export async function postDismissal(
  articleId: string,
  body: QaDismissalKey & { reason: QaDismissalReason; note?: string },
  locale: string,
): Promise<DismissResult> {
  try {
    const response = await fetch(base(articleId), {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": locale },
      body: JSON.stringify(body),
    });
    const payload = (await response.json().catch(() => ({}))) as ErrorPayload & { dismissal?: QaDismissalView };
    if (response.ok && payload.dismissal) return { kind: "ok", dismissal: payload.dismissal };
    return { kind: "failed", message: errorText(payload) };
  } catch {
    return { kind: "failed", message: "" };
  }
}

/** True when the dismissal is gone (deleted now, or already). */
export async function deleteDismissal(articleId: string, dismissalId: string, locale: string): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    const response = await fetch(`${base(articleId)}/${encodeURIComponent(dismissalId)}`, { method: "DELETE", headers: { "accept-language": locale } });
    if (response.ok || response.status === 404) return { ok: true };
    return { ok: false, message: errorText((await response.json().catch(() => ({}))) as ErrorPayload) };
  } catch {
    return { ok: false, message: "" };
  }
}
