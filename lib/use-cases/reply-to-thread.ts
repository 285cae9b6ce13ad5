/** Reply to a comment thread (open or resolved). */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { auditEvent } from "@/lib/audit";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation/parse-input";
import { bodyObjectError, commentBody, loadCommentArticle, loadThreadView, type ThreadView } from "./comment-thread-view";

export const replyToThreadSchema = z.strictObject({ body: commentBody }, bodyObjectError);
export type ReplyToThreadInput = z.input<typeof replyToThreadSchema>;

/** Adds a reply to a thread (open or resolved). 404 for an unknown article or thread, 422 for a bad body. */
export async function replyToThread(options: { db: Db; actor: Actor; articleId: string; threadId: string; input: ReplyToThreadInput }): Promise<ThreadView> {
  const { db, actor, articleId, threadId } = options;
  const article = await loadCommentArticle(db, articleId);
  if (!can(actor, "comment.write")) throw new AppError("forbidden", "May not comment");
  const input = parseInput(replyToThreadSchema, options.input);
  const thread = await db.commentThread.findFirst({ where: { id: threadId, articleId }, select: { id: true } });
  if (!thread) throw new AppError("not_found", "No such thread");
  const commentId = randomUUID();
  try {
    await db.$transaction([
      db.comment.create({ data: { id: commentId, threadId, authorId: actor.id, body: input.body }, select: { id: true } }),
      auditEvent(db, {
        actor: { type: "user", id: actor.id },
        type: "comment.replied",
        subjectType: "comment_thread",
        subjectId: threadId,
        articleId,
        data: { commentId },
      }),
    ]);
  } catch (error) {
    // The thread went away (article deleted) between the read and the write.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003") throw new AppError("not_found", "No such thread");
    throw error;
  }
  return loadThreadView(db, article, threadId);
}

