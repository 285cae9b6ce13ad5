/**
 * What the comment-thread verbs share (create-thread, reply-to-thread,
 * set-thread-status, list-article-threads): the article and revision texts
 * anchors are read against, the thread as the API returns it, and the field
 * schemas of the bodies.
 *
 * Every write is one array transaction with its audit event. A status change
 * is guarded by the thread's version (`update where { id, version }`), so two
 * people resolving and reopening at once cannot both win silently: the loser
 * gets 409 with the thread as it now is.
 */
import { z } from "zod";
import { docBlockTexts, type AnchorFit, type QuotedAnchor } from "@/lib/comments/anchors";
import { MAX_COMMENT_CHARS } from "@/lib/comments/limits";
import { listThreads, type StoredThread, type ThreadStatus } from "@/lib/comments/queries";
import type { Db } from "@/lib/db/client";
import { editorSchema } from "@/lib/editor/extensions";
import { AppError } from "@/lib/errors";
import { cleanString } from "@/lib/text/clean-input";

export { MAX_COMMENT_CHARS };
/** Largest accepted request body of the comment endpoints. */
export const MAX_COMMENT_BODY_BYTES = 64 * 1024;

export const required = (issue: { input: unknown }) => (issue.input === undefined ? "required" : "invalid_type");
export const nonNegativeInt = () => z.int({ error: required }).min(0, { error: "invalid" }).max(10_000_000, { error: "too_big" });
export const commentBody = cleanString({ error: required })
  .trim()
  .min(1, { error: "required" })
  .max(MAX_COMMENT_CHARS, { error: "too_long" });
/** A body that is not an object is named as such, not field by field. */
export const bodyObjectError = { error: (issue: { code: string }) => (issue.code === "invalid_type" ? "invalid_type" : undefined) };

export type Person = { id: string; name: string };

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

export type ArticleRow = { id: string; headRevisionNumber: number; targetLang: string; mtDoc: string };

export async function loadCommentArticle(db: Db, articleId: string): Promise<ArticleRow> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, headRevisionNumber: true, targetLang: true, mtDoc: true },
  });
  if (!article) throw new AppError("not_found", "No such article");
  return article;
}

/** Block texts of revision `number` (0 = MT), memoised per call site; null for a revision that does not exist. */
export function revisionTexts(db: Db, article: ArticleRow) {
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

export function toView(thread: StoredThread, anchor: QuotedAnchor & { fit: AnchorFit }): ThreadView {
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

export async function loadThreadView(db: Db, article: ArticleRow, threadId: string): Promise<ThreadView> {
  const [thread] = await listThreads(db, article.id, threadId);
  if (!thread) throw new AppError("not_found", "No such thread");
  return toView(thread, { block: thread.anchorBlock, start: thread.anchorStart, end: thread.anchorEnd, quote: thread.quote, fit: "exact" });
}

