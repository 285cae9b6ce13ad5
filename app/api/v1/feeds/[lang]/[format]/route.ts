import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { matchesIfNoneMatch } from "@/lib/export/negotiate";
import { localeFromAcceptLanguage } from "@/lib/http/locale";
import { errorResponse } from "@/lib/http/respond";
import { getFeed } from "@/lib/use-cases/get-feed";

/**
 * GET /api/v1/feeds/{lang}/atom and /api/v1/feeds/{lang}/json — published
 * articles in one target language (BCP 47), newest first, as Atom 1.0 or
 * JSON Feed. Public or token-protected (`export` scope, Bearer header or
 * ?token=) by the admin setting "feeds.public"; see lib/use-cases/get-feed.ts.
 */
export async function GET(request: Request, { params }: { params: Promise<{ lang: string; format: string }> }) {
  const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
  try {
    const { lang, format } = await params;
    const feed = await getFeed({
      db,
      lang,
      format,
      headers: request.headers,
      queryToken: new URL(request.url).searchParams.get("token"),
      locale,
      baseUrl: env.COPYDESK_URL,
    });
    const etag = `"${createHash("sha256").update(feed.body).digest("base64url").slice(0, 32)}"`;
    const headers: Record<string, string> = {
      ETag: etag,
      "Cache-Control": feed.public ? "public, max-age=60" : "private, max-age=60",
      Vary: "Accept-Language, Authorization",
      "X-Content-Type-Options": "nosniff",
    };
    if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
    return new Response(feed.body, { status: 200, headers: { ...headers, "Content-Type": feed.contentType } });
  } catch (error) {
    return errorResponse(error, locale, { route: "GET /api/v1/feeds/[lang]/[format]" });
  }
}
