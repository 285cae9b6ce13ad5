/**
 * A feed of published articles in one target language (Atom or JSON Feed).
 *
 * Access (public when the admin setting "feeds.public" is true, else an API
 * token with the `export` scope) is the route's: lib/http/token-route.ts
 * `publicOrToken` with lib/settings/feeds.ts `readFeedsPublic`. The feed's title and
 * description are in the reader's language, so the route renders it.
 * Language: a BCP 47 tag, canonicalized ("EN-gb" → "en-GB"); it matches
 * itself and its subtags ("zh" matches "zh-Hans"). A malformed tag is 404; a
 * well-formed one with nothing published is an empty feed.
 * Content: the live PublishedVersion of each Publication in state
 * "published", newest publication first, at most FEED_LIMIT entries.
 */
import { canonicalLanguageTag } from "@/lib/articles/language";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { exportArticleUrl } from "@/lib/export/urls";
import { FEED_FORMATS, type FeedEntry, type FeedFormat } from "@/lib/feeds/build";
import { feedEntryId, feedUrl } from "@/lib/feeds/urls";

export const FEED_LIMIT = 50;

/** The feed as data: its language and format, its links (the Atom link is its id) and entries, newest first. */
export type Feed = { lang: string; format: FeedFormat; links: { atom: string; json: string }; entries: FeedEntry[] };

function isFeedFormat(value: string): value is FeedFormat {
  return (FEED_FORMATS as readonly string[]).includes(value);
}

export async function getFeed(options: { db: Db; lang: string; format: string; baseUrl: string }): Promise<Feed> {
  const { db } = options;
  const lang = canonicalLanguageTag(options.lang);
  // 404 (no such feed URL), naming the path segment that is wrong.
  if (!lang) throw new AppError("not_found", "No such feed", { issues: [{ path: "lang", code: "invalid_language", message: "invalid_language" }] });
  if (!isFeedFormat(options.format)) throw new AppError("not_found", "No such feed", { issues: [{ path: "format", code: "invalid", message: "invalid" }] });
  const format = options.format;

  const publications = await db.publication.findMany({
    where: { state: "published", OR: [{ targetLang: lang }, { targetLang: { startsWith: `${lang}-` } }] },
    orderBy: [{ changedAt: "desc" }, { articleId: "asc" }],
    take: FEED_LIMIT,
    select: { articleId: true, version: true },
  });
  const versions = publications.length
    ? await db.publishedVersion.findMany({
        where: { OR: publications.map((p) => ({ articleId: p.articleId, version: p.version })) },
        select: { articleId: true, version: true, title: true, html: true, metadata: true, publishedAt: true },
      })
    : [];
  const byKey = new Map(versions.map((v) => [`${v.articleId}:${v.version}`, v]));
  const entries: FeedEntry[] = publications.flatMap((p) => {
    const v = byKey.get(`${p.articleId}:${p.version}`);
    if (!v) return [];
    return [{ id: feedEntryId(v.articleId), url: exportArticleUrl(options.baseUrl, v.articleId), title: v.title, html: v.html, author: authorOf(v.metadata), publishedAt: v.publishedAt }];
  });

  return { lang, format, links: { atom: feedUrl(options.baseUrl, lang, "atom"), json: feedUrl(options.baseUrl, lang, "json") }, entries };
}

function authorOf(metadata: string): string | null {
  try {
    const parsed = JSON.parse(metadata) as { author?: unknown };
    return typeof parsed.author === "string" && parsed.author.trim() ? parsed.author : null;
  } catch {
    return null;
  }
}
