import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { saveRevision, type SaveRevisionResult } from "./save-revision";

/**
 * Brings back an older revision as a new revision on top of the head; history
 * is never rewritten. `baseNumber` is the head the person saw, so a restore
 * racing a save is refused with 409 like any other save.
 */
export async function restoreRevision(options: { db: Db; actor: Actor; articleId: string; number: number; baseNumber: number }): Promise<SaveRevisionResult> {
  const { db, actor, articleId, number, baseNumber } = options;
  const revision = await db.revision.findUnique({
    where: { articleId_number: { articleId, number } },
    select: { title: true, content: true },
  });
  if (!revision) throw new AppError("not_found", "No such revision");
  return saveRevision({
    db,
    actor,
    articleId,
    restoredFrom: number,
    input: { baseNumber, title: revision.title, content: JSON.parse(revision.content) as unknown, message: null },
  });
}
