import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startup } = await import("./lib/server/startup");
    await startup();
  }
}

/**
 * Errors Next.js reports from requests. A server action that failed because
 * of the request (Next's CSRF refusal, a body over the limit or one React
 * could not decode — most are answered 4xx by proxy.ts before they get here)
 * is logged as a client error, not as a crash.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const [{ isClientActionError }, { log }] = await Promise.all([import("./lib/http/action-guard"), import("./lib/log")]);
  const where = { method: request.method, path: request.path, routePath: context.routePath, routeType: context.routeType };
  if (context.routeType === "action" && isClientActionError(error)) {
    log.warn("Client error in a server action", { ...where, error: error instanceof Error ? error.message : String(error) });
  } else {
    log.error("Request failed", { ...where, error });
  }
};
