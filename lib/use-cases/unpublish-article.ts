/**
 * Unpublish (retract) an article: its Publication becomes a tombstone, the
 * export lists it as such and answers 410; every PublishedVersion is kept
 * (history).
 *
 * One ARRAY transaction: the article update guarded by the version read (a
 * concurrent move fails as a whole → 409), the Publication update guarded by
 * its rowVersion, the audit event and the webhook outbox event. After the
 * commit this instance's export cache forgets the article.
 *
 * Workflow: published → approved; and an article whose working copy moved
 * on (status draft, in_review, …) while a version is still live
 * (publishedRevisionNumber set) may be retracted too: publishedRevisionNumber
 * is cleared, the status stays (LIVE_TRANSITIONS in
 * lib/workflow/transitions.ts, asked with the `live` fact).
 */
import { z } from "zod";
import { parseArticleStatus, type ArticleStatus } from "@/lib/articles/status";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { commitGuarded } from "@/lib/db/guarded-write";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { forgetArticle } from "@/lib/export/store";
import { exportArticleUrl } from "@/lib/export/urls";
import { positiveIntField } from "@/lib/validation/fields";
import { parseInput } from "@/lib/validation/parse-input";
import { webhookEvent } from "@/lib/webhooks/outbox";
import { checkWorkflowMove } from "@/lib/workflow/guard";
import { articleEvent, moveArticle } from "./workflow-article";

/** Unpublish: the live version the caller saw (it must still be the live one). */
export const unpublishArticleSchema = z.strictObject({ version: positiveIntField() });
export type UnpublishArticleInput = z.input<typeof unpublishArticleSchema>;

export type UnpublishResult = { status: ArticleStatus; version: number; retractedAt: string };

async function loadArticle(db: Db, articleId: string) {
  const row = await db.article.findUnique({ where: { id: articleId }, select: { id: true, status: true, version: true, publishedRevisionNumber: true } });
  if (!row) throw new AppError("not_found", "No such article");
  return { ...row, status: parseArticleStatus(row.status) };
}

/**
 * Retracts the live version: the export lists the article as a tombstone and
 * answers 410 for it; versions and history are kept. 403 for editors, 409
 * `invalid_transition` when nothing is live, 409 `conflict` when `version`
 * is no longer the live one or another move landed first.
 */
export async function unpublishArticle(options: { db: Db; actor: Actor; articleId: string; input: UnpublishArticleInput; now?: Date }): Promise<UnpublishResult> {
  const { db, actor, articleId } = options;
  const article = await loadArticle(db, articleId);
  // Also when the working copy moved on but a version is live: then the status stays (lib/workflow/transitions.ts).
  const next = checkWorkflowMove(actor, article.status, "unpublish", { revisionAuthorIds: [] }, { live: article.publishedRevisionNumber !== null });
  const input = parseInput(unpublishArticleSchema, options.input);
  const publication = await db.publication.findUnique({ where: { articleId }, select: { state: true, version: true, rowVersion: true } });
  if (!publication || publication.state !== "published" || publication.version !== input.version) {
    throw new AppError("conflict", "Not the live version", { details: { liveVersion: publication?.state === "published" ? publication.version : null } });
  }
  const now = options.now ?? new Date();
  await commitGuarded(db, [
    moveArticle(db, article, { status: next, publishedRevisionNumber: null }),
    db.publication.update({
      where: { articleId, rowVersion: publication.rowVersion },
      data: { state: "retracted", changedAt: now, retractedAt: now, rowVersion: { increment: 1 } },
      select: { articleId: true },
    }),
    articleEvent(db, actor, articleId, { type: "article.unpublished", data: { version: publication.version } }),
    webhookEvent(db, {
      type: "article.unpublished",
      at: now,
      data: { articleId, version: publication.version, url: exportArticleUrl(env.COPYDESK_URL, articleId) },
    }),
  ]);
  forgetArticle(articleId);
  return { status: next, version: publication.version, retractedAt: now.toISOString() };
}
