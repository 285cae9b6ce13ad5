/** Paths and URLs of the export API (/api/v1/export), in one place. */
export const EXPORT_BASE_PATH = "/api/v1/export";

export const exportArticlePath = (articleId: string) => `${EXPORT_BASE_PATH}/articles/${encodeURIComponent(articleId)}`;
/**
 * The article's current export as JSON whatever the Accept header says: a
 * browser following a link asks for text/html first, which would get the HTML
 * rendering instead of the JSON the link promises.
 */
export const exportArticleJsonPath = (articleId: string) => `${exportArticlePath(articleId)}?format=json`;
export const exportVersionPath = (articleId: string, version: number) => `${exportArticlePath(articleId)}/versions/${version}`;

/** Absolute URL of an article's current export, e.g. for webhooks. */
export const exportArticleUrl = (baseUrl: string, articleId: string) => new URL(exportArticlePath(articleId), baseUrl).toString();
export const exportVersionUrl = (baseUrl: string, articleId: string, version: number) =>
  new URL(exportVersionPath(articleId, version), baseUrl).toString();
