/**
 * A feed of published articles in one target language (Atom or JSON Feed).
 *
 * Access: public when the admin setting "feeds.public" is true; otherwise an
 * API token with the `export` scope, as `Authorization: Bearer …` or, for
 * feed readers that cannot send headers, `?token=…` (401/403 otherwise).
 * Language: a BCP 47 tag, canonicalized ("EN-gb" → "en-GB"); it matches
 * itself and its subtags ("zh" matches "zh-Hans"). A malformed tag is 404; a
 * well-formed one with nothing published is an empty feed.
 * Content: the live PublishedVersion of each Publication in state
 * "published", newest publication first, at most FEED_LIMIT entries.
 */
import { createTranslator } from "next-intl";
import type { AppLocale } from "@/i18n/routing";
import { canonicalLanguageTag, languageName } from "@/lib/articles/language";
import { authenticateToken } from "@/lib/auth/api-tokens";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { exportArticleUrl } from "@/lib/export/urls";
import { FEED_CONTENT_TYPES, FEED_FORMATS, renderFeed, type FeedEntry, type FeedFormat } from "@/lib/feeds/build";
import { feedEntryId, feedUrl } from "@/lib/feeds/urls";
import { readFeedsPublic } from "@/lib/settings/feeds";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

export const FEED_LIMIT = 50;

export type FeedResult = { body: string; contentType: string; public: boolean };

function isFeedFormat(value: string): value is FeedFormat {
  return (FEED_FORMATS as readonly string[]).includes(value);
}

/** The request's token: the Authorization header, else `?token=`. */
function credentials(headers: Headers, queryToken: string | null): Headers {
  if (headers.get("authorization") || !queryToken) return headers;
  return new Headers({ authorization: `Bearer ${queryToken}` });
}

export async function getFeed(options: {
  db: Db;
  lang: string;
  format: string;
  headers: Headers;
  queryToken: string | null;
  locale: AppLocale;
  baseUrl: string;
  now?: Date;
}): Promise<FeedResult> {
  const { db } = options;
  const isPublic = await readFeedsPublic(db);
  // Access first, so a protected install reveals nothing (not even which URLs exist).
  if (!isPublic) await authenticateToken(db, credentials(options.headers, options.queryToken), "export");
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

  const t = createTranslator({ locale: options.locale, messages: options.locale === "zh" ? zh : en, namespace: "Feeds" });
  const language = languageName(lang, options.locale);
  const links = { atom: feedUrl(options.baseUrl, lang, "atom"), json: feedUrl(options.baseUrl, lang, "json") };
  const body = renderFeed({
    format,
    id: links.atom,
    title: t("title", { language }),
    description: t("description", { language }),
    links,
    generatorName: t("author"),
    entries,
    emptyUpdated: options.now ?? new Date(0),
  });
  return { body, contentType: FEED_CONTENT_TYPES[format], public: isPublic };
}

function authorOf(metadata: string): string | null {
  try {
    const parsed = JSON.parse(metadata) as { author?: unknown };
    return typeof parsed.author === "string" && parsed.author.trim() ? parsed.author : null;
  } catch {
    return null;
  }
}
