/** The comment threads of an article, anchored in one revision. */
import { z } from "zod";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { clampAnchor, reanchor } from "@/lib/comments/anchors";
import { listThreads } from "@/lib/comments/queries";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { loadCommentArticle, revisionTexts, toView, type ThreadList } from "./comment-thread-view";

export type { ThreadList, ThreadView } from "./comment-thread-view";

const revisionNumber = z.coerce.number({ error: "invalid_type" }).int({ error: "invalid" }).min(0, { error: "invalid" });

/** `revision` as the query string gives it (0 = the MT); empty or missing means the head. */
export const listArticleThreadsSchema = z.object({
  revision: z.preprocess((v) => (v === "" || v === null ? undefined : v), revisionNumber.optional()),
});
/** Written out: a coerced query value is `unknown` to zod, but callers pass the query's text or a number. */
export type ListArticleThreadsInput = { revision?: string | number | null };

/**
 * The article's threads, anchored in revision `revision` (default: the head).
 * A thread last anchored in another revision (someone saved since) is found
 * again in this one by its quote, else kept on its sentence (lib/comments/anchors.ts).
 */
export async function listArticleThreads(options: { db: Db; actor: Actor; articleId: string; input: ListArticleThreadsInput }): Promise<ThreadList> {
  const { db, actor, articleId } = options;
  const article = await loadCommentArticle(db, articleId);
  if (!can(actor, "comment.read")) throw new AppError("forbidden", "May not read comments");
  const revision = parseInput(listArticleThreadsSchema, options.input).revision ?? article.headRevisionNumber;
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

