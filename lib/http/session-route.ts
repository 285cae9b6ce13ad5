/**
 * The one adapter for route handlers that serve the signed-in UI (session
 * cookie, app/api/articles/**). It resolves the caller's language, refuses
 * a mutating request from another origin (CSRF: lib/http/origin-check.ts,
 * against COPYDESK_URL), authenticates the session (401 without one), calls
 * the handler with a typed context and maps whatever it throws through
 * lib/http/respond.ts. Handlers only parse, call one use-case and shape the
 * response.
 */
import type { AppLocale } from "@/i18n/routing";
import type { Actor } from "@/lib/auth/roles";
import { actorFromHeaders } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { localeFromAcceptLanguage } from "./locale";
import { isCrossOrigin, isMutatingMethod, originFacts } from "./origin-check";
import { errorResponse } from "./respond";

export type SessionRouteContext<P> = {
  request: Request;
  actor: Actor;
  params: P;
  locale: AppLocale;
};

/** What Next.js passes a route handler of a dynamic segment. */
type NextRouteContext<P> = { params: Promise<P> };

/** The AppError for a mutating request from a page of another origin (403). */
export function crossOriginError(): AppError {
  return new AppError("forbidden", "Cross-origin request refused", { params: { messageKey: "cross_origin" } });
}

/**
 * Wraps `handler` as a session route. `route` is the route's path pattern
 * ("/api/articles/[id]/revisions"), used in the log of an unexpected error.
 */
export function sessionRoute<P extends Record<string, string>>(
  route: string,
  handler: (context: SessionRouteContext<P>) => Promise<Response>,
): (request: Request, context: NextRouteContext<P>) => Promise<Response> {
  return async (request, { params }) => {
    const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
    try {
      if (isMutatingMethod(request.method) && isCrossOrigin(originFacts(request.headers), env.COPYDESK_URL)) {
        throw crossOriginError();
      }
      const actor = await actorFromHeaders(request.headers);
      if (!actor) throw new AppError("unauthenticated", "Not signed in");
      return await handler({ request, actor, params: await params, locale });
    } catch (error) {
      return errorResponse(error, locale, { route: `${request.method} ${route}` });
    }
  };
}
