/**
 * Thread anchors sent with a save: the editor maps each open thread's range
 * through its edits and sends the result as block offsets; the save writes
 * them onto the threads in the same array transaction as the revision, so a
 * thread's anchor always names a revision that exists.
 */
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { editorSchema } from "@/lib/editor/extensions";
import type { EditorDoc } from "@/lib/editor/validate";
import { docBlockTexts, settleAnchor } from "./anchors";

/** More anchors than this in one save is a client bug, not a busy article. */
export const MAX_SAVED_ANCHORS = 1000;

const offset = z.int({ error: "invalid_type" }).min(0, { error: "invalid" }).max(10_000_000, { error: "too_big" });

/** The optional `anchors` field of a save. */
export const savedAnchorsSchema = z
  .array(
    z.strictObject({
      threadId: z.string({ error: "invalid_type" }).min(1, { error: "required" }).max(64, { error: "too_long" }),
      block: offset,
      start: offset,
      end: offset,
    }),
    { error: "invalid_type" },
  )
  .max(MAX_SAVED_ANCHORS, { error: "too_big" });

export type SavedAnchor = z.infer<typeof savedAnchorsSchema>[number];

/**
 * Pending updates (for `db.$transaction([...])`) moving the article's OPEN
 * threads among `anchors` onto revision `number` with document `doc`. A
 * thread of another article, a resolved one or an unknown id matches no row
 * and is left alone; each moved thread's version is bumped.
 */
export function anchorUpdates(db: Db, options: { articleId: string; number: number; doc: EditorDoc; lang: string; anchors: readonly SavedAnchor[] }) {
  if (options.anchors.length === 0) return [];
  const texts = docBlockTexts(editorSchema().nodeFromJSON(options.doc));
  const seen = new Set<string>();
  return options.anchors.flatMap((a) => {
    if (seen.has(a.threadId)) return [];
    seen.add(a.threadId);
    const settled = settleAnchor(texts, a, options.lang);
    if (!settled) return [];
    return [
      db.commentThread.updateMany({
        where: { id: a.threadId, articleId: options.articleId, status: "open" },
        data: {
          anchorRevision: options.number,
          anchorBlock: settled.block,
          anchorStart: settled.start,
          anchorEnd: settled.end,
          quote: settled.quote,
          version: { increment: 1 },
        },
      }),
    ];
  });
}
