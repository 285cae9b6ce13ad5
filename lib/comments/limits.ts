/** Limits of comments, shared by the API and the panel (client-safe). */
export const MAX_COMMENT_CHARS = 5000;
