import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Locale negotiation: a prefixed path wins, then the locale cookie, then
// Accept-Language. Authentication is checked by each page and route.
export default createMiddleware(routing);

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
