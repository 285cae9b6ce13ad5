import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing, type AppLocale } from "./i18n/routing";
import { env } from "./lib/env";
import { refusePageRequest } from "./lib/http/action-guard";
import { errorTranslator, localeFromAcceptLanguage } from "./lib/http/locale";
import { log } from "./lib/log";
import { contentSecurityPolicy, createNonce, isHttpsRequest } from "./lib/security/csp";

// Locale negotiation: a prefixed path wins, then the locale cookie, then
// Accept-Language. Authentication is checked by each page and route.
const handleI18nRouting = createMiddleware(routing);

/** The UI language of a page request: its path prefix, else Accept-Language. */
function requestLocale(request: NextRequest): AppLocale {
  const prefix = request.nextUrl.pathname.split("/")[1] ?? "";
  return (routing.locales as readonly string[]).includes(prefix) ? (prefix as AppLocale) : localeFromAcceptLanguage(request.headers.get("accept-language"));
}

/**
 * Every page request gets a fresh CSP nonce. Next.js reads the nonce from the
 * request's Content-Security-Policy header while rendering (and tags its own
 * scripts with it), so the header goes on the request, which next-intl copies
 * into the rewrite/next it returns, and on the response for the browser.
 *
 * A POST to a page is a server action: one from another origin, or with a
 * body that is not a server-action body, is answered here with 4xx (Next.js
 * would answer 500) and logged as a client error (lib/http/action-guard.ts).
 */
export default async function proxy(request: NextRequest) {
  const refusal = await refusePageRequest(request, env.COPYDESK_URL);
  if (refusal) {
    log.warn("Client error: refused a page request", {
      status: refusal.status,
      reason: refusal.reason,
      method: request.method,
      path: request.nextUrl.pathname,
      origin: request.headers.get("origin"),
    });
    const t = errorTranslator(requestLocale(request));
    return new Response(t(refusal.messageKey, { max: "4 MB" }), {
      status: refusal.status,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  const policy = contentSecurityPolicy({
    nonce: createNonce(),
    development: process.env.NODE_ENV === "development",
    upgradeInsecureRequests: isHttpsRequest(request.url, request.headers.get("x-forwarded-proto")),
  });
  request.headers.set("content-security-policy", policy);
  const response = handleI18nRouting(request);
  response.headers.set("content-security-policy", policy);
  return response;
}

// API routes (JSON, exports) are not pages: their static headers, CSP
// included, come from next.config.js; the session routes check the origin
// themselves (lib/http/session-route.ts).
export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
