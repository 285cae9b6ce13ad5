/**
 * The one adapter for the token-authenticated API (app/api/v1/**): import,
 * export, feeds, and the termbase and XLIFF routes to come. It resolves the
 * caller's language, admits the request (a Bearer token whose scope the
 * policy allows, lib/auth/api-tokens.ts; a route's rate limit is part of its
 * admission), calls the handler with what the admission found and maps
 * whatever is thrown through lib/http/respond.ts (401, 403, 429 with
 * Retry-After, the use-cases' AppErrors; anything else logged, 500).
 * Handlers only read the request, call one use-case and shape the response.
 */
import type { AppLocale } from "@/i18n/routing";
import { authenticateToken } from "@/lib/auth/api-tokens";
import type { TokenScope } from "@/lib/auth/policy";
import type { AuditActor } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { localeFromAcceptLanguage } from "./locale";
import { errorResponse } from "./respond";

export type TokenActor = Extract<AuditActor, { type: "token" }>;

/** How a route admits a request; what it returns is handed to the handler (401/403/429 are thrown). */
export type TokenAccess<A> = (request: Request) => Promise<A>;

export type TokenRouteContext<A, P> = {
  request: Request;
  params: P;
  locale: AppLocale;
  /** What the route's {@link TokenAccess} returned: the token actor, an export admission, … */
  access: A;
};

/** What Next.js passes a route handler (params of a dynamic segment; none for a static one). */
type NextRouteContext<P> = { params: Promise<P> };

/** A Bearer token that has `scope` (401 without a valid one, 403 without the scope). */
export function bearerToken(scope: TokenScope): TokenAccess<TokenActor> {
  return (request) => authenticateToken(db, request.headers, scope);
}

/**
 * Open to all while `isPublic()` says so; otherwise a token with `scope`, as
 * `Authorization: Bearer …` or, for clients that cannot send headers (feed
 * readers), as `?token=…`. Resolves to whether the answer was public.
 */
export function publicOrToken(isPublic: () => Promise<boolean>, scope: TokenScope): TokenAccess<{ public: boolean }> {
  return async (request) => {
    if (await isPublic()) return { public: true };
    const queryToken = new URL(request.url).searchParams.get("token");
    const headers = request.headers.get("authorization") || !queryToken ? request.headers : new Headers({ authorization: `Bearer ${queryToken}` });
    await authenticateToken(db, headers, scope);
    return { public: false };
  };
}

/**
 * Wraps `handler` as a token route. `route` is the route's path pattern
 * ("/api/v1/feeds/[lang]/[format]"), used in the log of an unexpected error.
 */
export function tokenRoute<A, P extends Record<string, string> = Record<string, never>>(
  route: string,
  access: TokenAccess<A>,
  handler: (context: TokenRouteContext<A, P>) => Promise<Response>,
): (request: Request, context?: NextRouteContext<P>) => Promise<Response> {
  return async (request, context) => {
    const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
    try {
      const admitted = await access(request);
      const params = context?.params ? await context.params : ({} as P);
      return await handler({ request, params, locale, access: admitted });
    } catch (error) {
      return errorResponse(error, locale, { route: `${request.method} ${route}` });
    }
  };
}
