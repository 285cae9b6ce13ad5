/**
 * The QA gate of the review workflow: submitting (editor) and approving
 * (reviewer) a revision whose recomputed findings still hold errors that no
 * dismissal covers is refused with 422 `qa_open_errors` (naming the count)
 * unless the request carries an override reason. The findings are
 * recomputed here from the stored revision and dismissals
 * (./check-revision.ts), never taken from the browser. The use-cases store
 * the override with the submission or the review and in the audit event.
 */
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { QaCounts } from "@/lib/qa/check-document";
import { cleanString } from "@/lib/text/clean-input";
import { checkRevision } from "./check-revision";

export const MAX_QA_OVERRIDE_CHARS = 1000;

/** `qaOverride: { reason }` in a submit or approve body; absent or null when there is nothing to override. */
export const qaOverrideField = z
  .strictObject(
    {
      reason: cleanString({ error: (issue) => (issue.input === undefined ? "required" : "invalid_type") })
        .trim()
        .min(1, { error: "required" })
        .max(MAX_QA_OVERRIDE_CHARS, { error: "too_long" }),
    },
    { error: (issue) => (issue.code === "invalid_type" ? "invalid_type" : undefined) },
  )
  .nullish()
  .transform((v) => v ?? null);

/** What passed the gate: the counts, and the override when errors were open. */
export type QaGatePass = { counts: QaCounts; override: { reason: string; openErrors: number } | null };

/**
 * Recomputes the QA of revision `revisionNumber` and lets it through when no
 * error is open, or when `override` gives a reason (kept only when needed).
 */
export async function passQaGate(db: Db, articleId: string, revisionNumber: number, override: { reason: string } | null): Promise<QaGatePass> {
  const { counts } = await checkRevision({ db, articleId, revisionNumber });
  if (counts.errors === 0) return { counts, override: null };
  if (!override) {
    throw new AppError("qa_open_errors", `${counts.errors} open QA errors`, {
      params: { count: counts.errors },
      details: { openErrors: counts.errors, qa: counts },
    });
  }
  return { counts, override: { reason: override.reason, openErrors: counts.errors } };
}

/** The audit details of a gated move: the counts, and the override when there was one. */
export function qaAuditDetails(pass: QaGatePass): { qa: QaCounts; qaOverride?: { reason: string; openErrors: number } } {
  return { qa: pass.counts, ...(pass.override ? { qaOverride: pass.override } : {}) };
}
