import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { contentSecurityPolicy, createNonce, isHttpsRequest } from "./lib/security/csp";

// Locale negotiation: a prefixed path wins, then the locale cookie, then
// Accept-Language. Authentication is checked by each page and route.
const handleI18nRouting = createMiddleware(routing);

/**
 * Every page request gets a fresh CSP nonce. Next.js reads the nonce from the
 * request's Content-Security-Policy header while rendering (and tags its own
 * scripts with it), so the header goes on the request, which next-intl copies
 * into the rewrite/next it returns, and on the response for the browser.
 */
export default function proxy(request: NextRequest) {
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
// included, come from next.config.js.
export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
