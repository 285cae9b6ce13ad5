import { z } from "zod";

/** An article's place in the workflow. Transitions live in lib/workflow (review issue). */
export const ARTICLE_STATUSES = ["draft", "in_review", "changes_requested", "approved", "published"] as const;
export const articleStatusSchema = z.enum(ARTICLE_STATUSES);
export type ArticleStatus = z.infer<typeof articleStatusSchema>;

/** A stored status; an unknown value is a data bug, so it fails loudly. */
export function parseArticleStatus(value: string): ArticleStatus {
  return articleStatusSchema.parse(value);
}
