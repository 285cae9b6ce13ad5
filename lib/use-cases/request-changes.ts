/**
 * Request changes: the submitted revision goes back with one or more reason
 * categories and a comment. The submission fields stay (they name what was
 * sent back) until the next save starts a new draft. Article state, review
 * record and audit event in one array transaction guarded by the version.
 */
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { ArticleStatus } from "@/lib/articles/status";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { commitGuarded } from "@/lib/db/guarded-write";
import { requestChangesSchema as reasonsSchema } from "@/lib/workflow/reasons";
import { articleEvent, moveArticle, openDecision, revisionNumberField } from "./workflow-article";

export const requestChangesSchema = reasonsSchema.extend({ revisionNumber: revisionNumberField });
export type RequestChangesInput = z.input<typeof requestChangesSchema>;
export type RequestChangesResult = { status: ArticleStatus; reviewId: string };

export async function requestChanges(options: { db: Db; actor: Actor; articleId: string; input: RequestChangesInput }): Promise<RequestChangesResult> {
  const { db, actor, articleId } = options;
  const { article, next, input } = await openDecision(db, actor, articleId, "request_changes", requestChangesSchema, options.input);
  const reviewId = randomUUID();
  await commitGuarded(db, [
    moveArticle(db, article, { status: next }),
    db.review.create({
      data: {
        id: reviewId,
        articleId,
        revisionNumber: input.revisionNumber,
        reviewerId: actor.id,
        decision: "changes_requested",
        comment: input.comment || null,
        categories: { create: input.categories.map((category) => ({ category, articleId })) },
      },
      select: { id: true },
    }),
    articleEvent(db, actor, articleId, { type: "article.changes_requested", data: { revisionNumber: input.revisionNumber, categories: input.categories, comment: input.comment, reviewId } }),
  ]);
  return { status: next, reviewId };
}
