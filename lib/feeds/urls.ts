/** Paths of the feeds (/api/v1/feeds/{lang}/{atom|json}), in one place. */
import type { FeedFormat } from "./build";

export const FEEDS_BASE_PATH = "/api/v1/feeds";

export const feedPath = (lang: string, format: FeedFormat) => `${FEEDS_BASE_PATH}/${encodeURIComponent(lang)}/${format}`;
export const feedUrl = (baseUrl: string, lang: string, format: FeedFormat) => new URL(feedPath(lang, format), baseUrl).toString();
/** A feed entry's permanent id: one per article, so a new version updates the reader's entry. */
export const feedEntryId = (articleId: string) => `urn:copydesk:article:${encodeURIComponent(articleId)}`;
