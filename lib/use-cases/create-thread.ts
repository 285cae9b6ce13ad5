/** Start a comment thread on a range of a revision, with its first comment. */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { auditEvent } from "@/lib/audit";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { settleAnchor } from "@/lib/comments/anchors";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { bodyObjectError, commentBody, loadCommentArticle, loadThreadView, nonNegativeInt, revisionTexts, type ThreadView } from "./comment-thread-view";

export const createThreadSchema = z.strictObject(
  {
    /** The revision the anchor's offsets refer to (0 = the MT). */
    revision: nonNegativeInt(),
    block: nonNegativeInt(),
    start: nonNegativeInt(),
    end: nonNegativeInt(),
    body: commentBody,
  },
  bodyObjectError,
);
export type CreateThreadInput = z.input<typeof createThreadSchema>;

/**
 * Starts a thread on offsets `start`–`end` of block `block` of revision
 * `revision`, with its first comment. An empty range is widened to the
 * sentence at that place. 404 for an unknown article or revision, 422 naming
 * bad fields.
 */
export async function createThread(options: { db: Db; actor: Actor; articleId: string; input: CreateThreadInput }): Promise<ThreadView> {
  const { db, actor, articleId } = options;
  const article = await loadCommentArticle(db, articleId);
  if (!can(actor, "comment.write")) throw new AppError("forbidden", "May not comment");
  const input = parseInput(createThreadSchema, options.input);
  const texts = await revisionTexts(db, article)(input.revision);
  if (!texts) throw new AppError("not_found", "No such revision");
  const anchor = settleAnchor(texts, input, article.targetLang);
  if (!anchor || anchor.start === anchor.end) {
    throw new AppError("validation_failed", "Nothing to anchor to", { issues: [{ path: "end", code: "invalid", message: "invalid" }] });
  }
  // Ids made here so the audit event can name the thread in the same array transaction.
  const threadId = randomUUID();
  const commentId = randomUUID();
  await db.$transaction([
    db.commentThread.create({
      data: {
        id: threadId,
        articleId,
        createdById: actor.id,
        anchorRevision: input.revision,
        anchorBlock: anchor.block,
        anchorStart: anchor.start,
        anchorEnd: anchor.end,
        quote: anchor.quote,
      },
      select: { id: true },
    }),
    db.comment.create({ data: { id: commentId, threadId, authorId: actor.id, body: input.body }, select: { id: true } }),
    auditEvent(db, {
      actor: { type: "user", id: actor.id },
      type: "comment.thread_created",
      subjectType: "comment_thread",
      subjectId: threadId,
      articleId,
      data: { commentId, revision: input.revision, block: anchor.block, start: anchor.start, end: anchor.end },
    }),
  ]);
  return loadThreadView(db, article, threadId);
}

