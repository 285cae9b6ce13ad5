/**
 * Dismissing a QA finding ("not a fault here", with a reason), and the
 * rule for who may. A dismissal is stored as text (check, flagged text,
 * target sentence, source sentence: see lib/qa/dismissals.ts), so it is
 * found again after saves that move or edit the sentence.
 *
 * Who may: reviewers and admins at any time (judging a finding is part of
 * reviewing, and their dismissals count at approval); editors whenever
 * they may save, i.e. not while the article is in review, when the
 * submitted text and its counts are frozen for the reviewer
 * (the `qa.dismiss` rule of lib/auth/policy.ts).
 *
 * The row and its audit event go in one array transaction. The status read
 * is not a guard of the write: a dismissal changes no article state, and a
 * submit landing in between recomputes the counts with what is stored then.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { auditEvent } from "@/lib/audit";
import { qaDismissalReasonSchema } from "@/lib/audit/events";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { parseArticleStatus } from "@/lib/articles/status";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { QA_CHECK_IDS } from "@/lib/qa/registry";
import { QA_DISMISSAL_REASONS, type QaDismissalView } from "@/lib/qa/dismissals";
import { cleanString } from "@/lib/text/clean-input";
import { parseInput } from "@/lib/validation/parse-input";
import { DISMISSAL_SELECT, dismissalView, loadQaDismissals } from "./check-revision";

/** A sentence pair can hold several sentences (one bead); the demo's longest is under 1,000. */
export const MAX_DISMISSAL_SENTENCE_CHARS = 10_000;
export const MAX_DISMISSAL_SPAN_CHARS = 1_000;
export const MAX_DISMISSAL_NOTE_CHARS = 1_000;
/** The body of a POST: two sentences at their limit, JSON-escaped, and room for the rest. */
export const MAX_DISMISSAL_BODY_BYTES = 128 * 1024;

const required = (issue: { input: unknown }) => (issue.input === undefined ? "required" : "invalid_type");

// Texts are not trimmed: they must equal the desk's sentence and span exactly
// (a spacing finding's span is the space itself).
export const dismissQaFindingSchema = z
  .strictObject(
    {
      check: z.string({ error: required }).refine((id) => QA_CHECK_IDS.includes(id), { error: "invalid" }),
      sourceText: cleanString({ error: required }).max(MAX_DISMISSAL_SENTENCE_CHARS, { error: "too_long" }),
      targetText: cleanString({ error: required }).min(1, { error: "required" }).max(MAX_DISMISSAL_SENTENCE_CHARS, { error: "too_long" }),
      spanText: cleanString({ error: required }).min(1, { error: "required" }).max(MAX_DISMISSAL_SPAN_CHARS, { error: "too_long" }),
      reason: z.enum(QA_DISMISSAL_REASONS, { error: (issue) => (issue.input === undefined ? "required" : "invalid") }),
      note: cleanString({ error: "invalid_type" })
        .trim()
        .max(MAX_DISMISSAL_NOTE_CHARS, { error: "too_long" })
        .nullish()
        .transform((v) => v || null),
    },
    { error: (issue) => (issue.code === "invalid_type" ? "invalid_type" : undefined) },
  )
  .superRefine((value, ctx) => {
    if (value.reason === "other" && !value.note) ctx.addIssue({ code: "custom", path: ["note"], message: "required" });
  });

/** The POST body of /api/articles/:id/qa-dismissals. */
export type DismissQaFindingInput = z.input<typeof dismissQaFindingSchema>;

/** Loads the article's status and refuses an actor who may not dismiss now (404, 403). */
export async function assertMayDismiss(db: Db, actor: Actor, articleId: string): Promise<void> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { status: true } });
  if (!article) throw new AppError("not_found", "No such article");
  if (!can(actor, "qa.dismiss", { status: parseArticleStatus(article.status) })) {
    throw new AppError("forbidden", "May not dismiss QA findings now", { details: { reason: "in_review" } });
  }
}

/** Stores a dismissal and its audit event. 404, 403 (see the module comment), 422 naming each bad field. */
export async function dismissQaFinding(options: { db: Db; actor: Actor; articleId: string; input: DismissQaFindingInput }): Promise<QaDismissalView> {
  const { db, actor, articleId } = options;
  await assertMayDismiss(db, actor, articleId);
  const input = parseInput(dismissQaFindingSchema, options.input);
  const id = randomUUID();
  const [row] = await db.$transaction([
    db.qaDismissal.create({
      data: { id, articleId, userId: actor.id, ...input },
      select: DISMISSAL_SELECT,
    }),
    auditEvent(db, {
      actor: { type: "user", id: actor.id },
      type: "qa.dismissed",
      subjectType: "qa_dismissal",
      subjectId: id,
      articleId,
      data: { check: input.check, spanText: input.spanText, targetText: input.targetText, reason: input.reason, note: input.note ?? null },
    }),
  ]);
  return dismissalView(row);
}

/** Takes a dismissal back (the finding counts again). 404 for an unknown dismissal or one of another article; 403 as for dismissing. */
export async function removeQaDismissal(options: { db: Db; actor: Actor; articleId: string; dismissalId: string }): Promise<void> {
  const { db, actor, articleId, dismissalId } = options;
  await assertMayDismiss(db, actor, articleId);
  const row = await db.qaDismissal.findFirst({ where: { id: dismissalId, articleId }, select: { id: true, check: true, spanText: true, reason: true, userId: true } });
  if (!row) throw new AppError("not_found", "No such dismissal");
  try {
    await db.$transaction([
      // deleteMany would succeed on a row a concurrent request removed; delete fails, and so does the audit with it.
      db.qaDismissal.delete({ where: { id: row.id }, select: { id: true } }),
      auditEvent(db, {
        actor: { type: "user", id: actor.id },
        type: "qa.dismissal_removed",
        subjectType: "qa_dismissal",
        subjectId: row.id,
        articleId,
        data: { check: row.check, spanText: row.spanText, reason: qaDismissalReasonSchema.parse(row.reason), dismissedBy: row.userId },
      }),
    ]);
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "P2025") throw new AppError("not_found", "No such dismissal");
    throw error;
  }
}

/** The article's dismissals, for the desk and the review page (everyone who may read articles). */
export async function listQaDismissals(options: { db: Db; actor: Actor; articleId: string }): Promise<QaDismissalView[]> {
  const { db, actor, articleId } = options;
  if (!can(actor, "article.read")) throw new AppError("forbidden", "May not read articles");
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!article) throw new AppError("not_found", "No such article");
  return loadQaDismissals(db, articleId);
}
