/**
 * Comment threads on an article's translation: start a thread on a range or
 * sentence of a revision, reply, resolve and reopen, and list the threads
 * anchored in a given revision.
 *
 * Every write is one array transaction with its audit event. A status change
 * is guarded by the thread's version (`update where { id, version }`), so two
 * people resolving and reopening at once cannot both win silently: the loser
 * gets 409 with the thread as it now is.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { auditEvent } from "@/lib/audit";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { clampAnchor, docBlockTexts, reanchor, settleAnchor, type AnchorFit, type QuotedAnchor } from "@/lib/comments/anchors";
import { MAX_COMMENT_CHARS } from "@/lib/comments/limits";
import { listThreads, type StoredThread, type ThreadStatus } from "@/lib/comments/queries";
import type { Db } from "@/lib/db/client";
import { editorSchema } from "@/lib/editor/extensions";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseOrThrow } from "@/lib/http/zod-issues";
import { cleanString } from "@/lib/text/clean-input";

export { MAX_COMMENT_CHARS };
/** Largest accepted request body of the comment endpoints. */
export const MAX_COMMENT_BODY_BYTES = 64 * 1024;

const required = (issue: { input: unknown }) => (issue.input === undefined ? "required" : "invalid_type");
const nonNegativeInt = () => z.int({ error: required }).min(0, { error: "invalid" }).max(10_000_000, { error: "too_big" });
const commentBody = cleanString({ error: required })
  .trim()
  .min(1, { error: "required" })
  .max(MAX_COMMENT_CHARS, { error: "too_long" });

const createSchema = z.strictObject(
  {
    /** The revision the anchor's offsets refer to (0 = the MT). */
    revision: nonNegativeInt(),
    block: nonNegativeInt(),
    start: nonNegativeInt(),
    end: nonNegativeInt(),
    body: commentBody,
  },
  { error: (issue) => (issue.code === "invalid_type" ? "invalid_type" : undefined) },
);
const replySchema = z.strictObject({ body: commentBody }, { error: (issue) => (issue.code === "invalid_type" ? "invalid_type" : undefined) });
const statusSchema = z.strictObject(
  {
    status: z.enum(["open", "resolved"], { error: (issue) => (issue.input === undefined ? "required" : "invalid") }),
    version: z.int({ error: required }).min(1, { error: "invalid" }),
  },
  { error: (issue) => (issue.code === "invalid_type" ? "invalid_type" : undefined) },
);
const revisionParam = z.coerce.number({ error: "invalid_type" }).int({ error: "invalid" }).min(0, { error: "invalid" });

type Person = { id: string; name: string };

/** One thread as the API returns it, anchored in the revision asked for. */
export type ThreadView = {
  id: string;
  status: ThreadStatus;
  version: number;
  createdAt: string;
  createdBy: Person;
  resolvedBy: Person | null;
  resolvedAt: string | null;
  /** Offsets in revision `ThreadList.revision`; `fit` says how the text was found again. */
  anchor: QuotedAnchor & { fit: AnchorFit };
  /** The text when the thread was made or last re-anchored by a save. */
  storedQuote: string;
  comments: { id: string; body: string; createdAt: string; author: Person }[];
};

export type ThreadList = { revision: number; openCount: number; threads: ThreadView[] };

type ArticleRow = { id: string; headRevisionNumber: number; targetLang: string; mtDoc: string };

async function loadArticle(db: Db, articleId: string): Promise<ArticleRow> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, headRevisionNumber: true, targetLang: true, mtDoc: true },
  });
  if (!article) throw new AppError("not_found", "No such article");
  return article;
}

/** Block texts of revision `number` (0 = MT), memoised per call site; null for a revision that does not exist. */
function revisionTexts(db: Db, article: ArticleRow) {
  const cache = new Map<number, Promise<string[] | null>>();
  const load = async (number: number): Promise<string[] | null> => {
    const json =
      number === 0
        ? article.mtDoc
        : (await db.revision.findUnique({ where: { articleId_number: { articleId: article.id, number } }, select: { content: true } }))?.content;
    return json === undefined ? null : docBlockTexts(editorSchema().nodeFromJSON(JSON.parse(json)));
  };
  return (number: number) => {
    if (!cache.has(number)) cache.set(number, load(number));
    return cache.get(number)!;
  };
}

function toView(thread: StoredThread, anchor: QuotedAnchor & { fit: AnchorFit }): ThreadView {
  return {
    id: thread.id,
    status: thread.status === "resolved" ? "resolved" : "open",
    version: thread.version,
    createdAt: thread.createdAt.toISOString(),
    createdBy: thread.createdBy,
    resolvedBy: thread.resolvedBy,
    resolvedAt: thread.resolvedAt?.toISOString() ?? null,
    anchor,
    storedQuote: thread.quote,
    comments: thread.comments.map((c) => ({ id: c.id, body: c.body, createdAt: c.createdAt.toISOString(), author: c.author })),
  };
}

/**
 * The article's threads, anchored in revision `revision` (default: the head).
 * A thread last anchored in another revision (someone saved since) is found
 * again in this one by its quote, else kept on its sentence (lib/comments/anchors.ts).
 */
export async function listArticleThreads(options: { db: Db; actor: Actor; articleId: string; revision?: unknown }): Promise<ThreadList> {
  const { db, actor, articleId } = options;
  const article = await loadArticle(db, articleId);
  if (!can(actor, "comment.read")) throw new AppError("forbidden", "May not read comments");
  const revision =
    options.revision === undefined || options.revision === null || options.revision === ""
      ? article.headRevisionNumber
      : parseOrThrow(z.object({ revision: revisionParam }), { revision: options.revision }).revision;
  const texts = revisionTexts(db, article);
  const target = await texts(revision);
  if (!target) throw new AppError("not_found", "No such revision");
  const stored = await listThreads(db, articleId);
  const threads = await Promise.all(
    stored.map(async (thread) => {
      const anchor = { block: thread.anchorBlock, start: thread.anchorStart, end: thread.anchorEnd, quote: thread.quote };
      if (thread.anchorRevision === revision) {
        return toView(thread, { ...(clampAnchor(target, anchor) ?? anchor), fit: "exact" });
      }
      const from = (await texts(thread.anchorRevision)) ?? [];
      return toView(thread, reanchor(anchor, from, target, article.targetLang) ?? { ...anchor, fit: "block" });
    }),
  );
  return { revision, openCount: threads.filter((t) => t.status === "open").length, threads };
}

async function loadThreadView(db: Db, article: ArticleRow, threadId: string): Promise<ThreadView> {
  const [thread] = await listThreads(db, article.id, threadId);
  if (!thread) throw new AppError("not_found", "No such thread");
  return toView(thread, { block: thread.anchorBlock, start: thread.anchorStart, end: thread.anchorEnd, quote: thread.quote, fit: "exact" });
}

/**
 * Starts a thread on offsets `start`–`end` of block `block` of revision
 * `revision`, with its first comment. An empty range is widened to the
 * sentence at that place. 404 for an unknown article or revision, 422 naming
 * bad fields.
 */
export async function createThread(options: { db: Db; actor: Actor; articleId: string; input: unknown }): Promise<ThreadView> {
  const { db, actor, articleId } = options;
  const article = await loadArticle(db, articleId);
  if (!can(actor, "comment.write")) throw new AppError("forbidden", "May not comment");
  const input = parseOrThrow(createSchema, options.input);
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

/** Adds a reply to a thread (open or resolved). 404 for an unknown article or thread, 422 for a bad body. */
export async function replyToThread(options: { db: Db; actor: Actor; articleId: string; threadId: string; input: unknown }): Promise<ThreadView> {
  const { db, actor, articleId, threadId } = options;
  const article = await loadArticle(db, articleId);
  if (!can(actor, "comment.write")) throw new AppError("forbidden", "May not comment");
  const input = parseOrThrow(replySchema, options.input);
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

/**
 * Resolves or reopens a thread. `version` is the version the caller saw: 409
 * (with `details.current`, the thread now) when it moved on; setting the
 * status it already has is answered with the thread unchanged.
 */
export async function setThreadStatus(options: { db: Db; actor: Actor; articleId: string; threadId: string; input: unknown }): Promise<ThreadView> {
  const { db, actor, articleId, threadId } = options;
  const article = await loadArticle(db, articleId);
  const input = parseOrThrow(statusSchema, options.input);
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
