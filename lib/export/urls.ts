/** Paths and URLs of the export API (/api/v1/export), in one place. */
export const EXPORT_BASE_PATH = "/api/v1/export";

export const exportArticlePath = (articleId: string) => `${EXPORT_BASE_PATH}/articles/${encodeURIComponent(articleId)}`;
export const exportVersionPath = (articleId: string, version: number) => `${exportArticlePath(articleId)}/versions/${version}`;

/** Absolute URL of an article's current export, e.g. for webhooks. */
export const exportArticleUrl = (baseUrl: string, articleId: string) => new URL(exportArticlePath(articleId), baseUrl).toString();
export const exportVersionUrl = (baseUrl: string, articleId: string, version: number) =>
  new URL(exportVersionPath(articleId, version), baseUrl).toString();
