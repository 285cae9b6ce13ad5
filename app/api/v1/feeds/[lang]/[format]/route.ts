import { languageName } from "@/lib/articles/language";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { strongEtag } from "@/lib/export/representation";
import { cacheableResponse } from "@/lib/export/respond";
import { FEED_CONTENT_TYPES, renderFeed } from "@/lib/feeds/build";
import { feedTranslator } from "@/lib/http/locale";
import { publicOrToken, tokenRoute } from "@/lib/http/token-route";
import { readFeedsPublic } from "@/lib/settings/feeds";
import { getFeed } from "@/lib/use-cases/get-feed";

/**
 * GET /api/v1/feeds/{lang}/atom and /api/v1/feeds/{lang}/json — published
 * articles in one target language (BCP 47), newest first, as Atom 1.0 or
 * JSON Feed, titled in the reader's language. Public or token-protected
 * (`export` scope, Bearer header or ?token=) by the admin setting
 * "feeds.public", decided before anything else so a protected install
 * reveals nothing; see lib/use-cases/get-feed.ts.
 */
export const GET = tokenRoute<{ public: boolean }, { lang: string; format: string }>(
  "/api/v1/feeds/[lang]/[format]",
  publicOrToken(() => readFeedsPublic(db), "export"),
  async ({ request, params, locale, access }) => {
    const feed = await getFeed({ db, lang: params.lang, format: params.format, baseUrl: env.COPYDESK_URL });
    const t = feedTranslator(locale);
    const language = languageName(feed.lang, locale);
    const body = renderFeed({
      format: feed.format,
      id: feed.links.atom,
      title: t("title", { language }),
      description: t("description", { language }),
      links: feed.links,
      generatorName: t("author"),
      entries: feed.entries,
      emptyUpdated: new Date(0),
    });
    const bytes = new Uint8Array(Buffer.from(body, "utf8"));
    return cacheableResponse(
      request,
      { bytes, etag: strongEtag(bytes), contentType: FEED_CONTENT_TYPES[feed.format] },
      access.public ? "public, max-age=60" : "private, max-age=60",
      "Accept-Language, Authorization",
    );
  },
);
