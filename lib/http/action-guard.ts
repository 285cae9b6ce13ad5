/**
 * Requests to pages that Next.js would answer with 500 although the client is
 * at fault: a POST from another origin (Next's own CSRF check throws "Invalid
 * Server Actions request." and answers 500) and a server-action body that is
 * not one (React's decodeReply throws, 500 again). `proxy.ts` answers them
 * with 403 / 400 / 415 before Next.js runs the action, and logs them as client
 * errors. `isClientActionError` classifies what still reaches the framework,
 * for instrumentation.ts.
 */
import { isCrossOrigin, isMutatingMethod, originFacts } from "./origin-check";

export type PageRequestRefusal = {
  status: 400 | 403 | 413 | 415;
  /** Errors.<messageKey> is the localized answer. */
  messageKey: "cross_origin" | "bad_request" | "payload_too_large" | "unsupported_media_type";
  /** For the log, in English. */
  reason: string;
};

/** Matches next.config.js `experimental.serverActions.bodySizeLimit` (4 MB). */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 4 * 1024 * 1024;

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Why a request to a page must be refused, or null to let Next.js handle it.
 * Reads a clone of the body only for a fetch action (`Next-Action` header):
 * React sends its arguments either as a JSON text body or as multipart form
 * data whose root field "0" is JSON.
 */
export async function refusePageRequest(request: Request, appOrigin: string): Promise<PageRequestRefusal | null> {
  if (!isMutatingMethod(request.method)) return null;
  if (isCrossOrigin(originFacts(request.headers), appOrigin)) {
    return { status: 403, messageKey: "cross_origin", reason: "cross-origin POST to a page (server action)" };
  }
  if (!request.headers.has("next-action")) return null;

  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > SERVER_ACTION_BODY_LIMIT_BYTES) {
    return { status: 413, messageKey: "payload_too_large", reason: "server action body over the limit" };
  }
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await request.clone().formData();
    } catch {
      return { status: 400, messageKey: "bad_request", reason: "server action body is not multipart form data" };
    }
    const root = form.get("0");
    if (typeof root !== "string" || !isJson(root)) {
      return { status: 400, messageKey: "bad_request", reason: "server action form data has no JSON root field" };
    }
    return null;
  }
  if (type === "" || type.startsWith("text/plain")) {
    if (!isJson(await request.clone().text())) {
      return { status: 400, messageKey: "bad_request", reason: "server action body is not JSON" };
    }
    return null;
  }
  // URL-encoded fetch actions are answered 404 by Next.js itself.
  if (type.startsWith("application/x-www-form-urlencoded")) return null;
  return { status: 415, messageKey: "unsupported_media_type", reason: `server action body of type ${type.slice(0, 100)}` };
}

/**
 * Whether an error Next.js reports from a server action was caused by the
 * request, not by the app: its CSRF refusal, a body over the size limit, a
 * body React could not decode, or an unknown action id.
 */
export function isClientActionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const status = (error as { statusCode?: unknown }).statusCode;
  if (typeof status === "number" && status >= 400 && status < 500) return true;
  if (error.message === "Invalid Server Actions request.") return true;
  if (/^Body exceeded .* limit/.test(error.message)) return true;
  if (/^Failed to find Server Action/.test(error.message)) return true;
  return error instanceof SyntaxError;
}
