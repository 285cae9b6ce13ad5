/** Resolve or reopen a comment thread, guarded by the version the caller saw. */
import { z } from "zod";
import { auditEvent } from "@/lib/audit";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation/parse-input";
import { bodyObjectError, loadCommentArticle, loadThreadView, required, type ThreadView } from "./comment-thread-view";

export const setThreadStatusSchema = z.strictObject(
  {
    status: z.enum(["open", "resolved"], { error: (issue) => (issue.input === undefined ? "required" : "invalid") }),
    version: z.int({ error: required }).min(1, { error: "invalid" }),
  },
  bodyObjectError,
);
export type SetThreadStatusInput = z.input<typeof setThreadStatusSchema>;

/**
 * Resolves or reopens a thread. `version` is the version the caller saw: 409
 * (with `details.current`, the thread now) when it moved on; setting the
 * status it already has is answered with the thread unchanged.
 */
export async function setThreadStatus(options: { db: Db; actor: Actor; articleId: string; threadId: string; input: SetThreadStatusInput }): Promise<ThreadView> {
  const { db, actor, articleId, threadId } = options;
  const article = await loadCommentArticle(db, articleId);
  const input = parseInput(setThreadStatusSchema, options.input);
  const allowed = input.status === "resolved" ? can(actor, "comment.resolve") : can(actor, "comment.reopen");
  if (!allowed) throw new AppError("forbidden", "May not change this thread");
  const thread = await db.commentThread.findFirst({ where: { id: threadId, articleId }, select: { status: true, version: true } });
  if (!thread) throw new AppError("not_found", "No such thread");
  const stale = async () => new AppError("conflict", "Thread changed", { details: { current: await loadThreadView(db, article, threadId) } });
  if (thread.version !== input.version) throw await stale();
  if (thread.status === input.status) return loadThreadView(db, article, threadId);
  const resolving = input.status === "resolved";
  try {
    await db.$transaction([
      // The compare-and-set: matches no row (P2025, rolling back the audit) once the version moved.
      db.commentThread.update({
        where: { id: threadId, articleId, version: input.version },
        data: {
          status: input.status,
          resolvedById: resolving ? actor.id : null,
          resolvedAt: resolving ? new Date() : null,
          version: { increment: 1 },
        },
        select: { id: true },
      }),
      auditEvent(db, {
        actor: { type: "user", id: actor.id },
        type: resolving ? "comment.resolved" : "comment.reopened",
        subjectType: "comment_thread",
        subjectId: threadId,
        articleId,
        data: { version: input.version + 1 },
      }),
    ]);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") throw await stale();
    throw error;
  }
  return loadThreadView(db, article, threadId);
}
