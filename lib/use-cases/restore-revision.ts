import { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { positiveIntField } from "@/lib/validation/fields";
import { parseInput } from "@/lib/validation/parse-input";
import { saveRevision, type SaveRevisionResult } from "./save-revision";

/** The revision to bring back and the head the person saw. */
export const restoreRevisionSchema = z.strictObject({
  number: positiveIntField(),
  baseNumber: z.int({ error: (issue) => (issue.input === undefined ? "required" : "invalid_type") }).min(0, { error: "invalid" }),
});
export type RestoreRevisionInput = z.input<typeof restoreRevisionSchema>;

/**
 * Brings back an older revision as a new revision on top of the head; history
 * is never rewritten. `baseNumber` is the head the person saw, so a restore
 * racing a save is refused with 409 like any other save.
 */
export async function restoreRevision(options: { db: Db; actor: Actor; articleId: string } & RestoreRevisionInput): Promise<SaveRevisionResult> {
  const { db, actor, articleId } = options;
  const { number, baseNumber } = parseInput(restoreRevisionSchema, { number: options.number, baseNumber: options.baseNumber });
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
