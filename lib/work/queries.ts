/**
 * "My work": the queues a person acts on, as read models for the /work page
 * and the navigation count.
 *
 * Membership rules that Prisma's filters cannot express (a revision compared
 * with its own article's head or last approval) are small SQL fragments over
 * quoted identifiers, portable between SQLite and PostgreSQL. Each list query
 * selects ids only, then loads what a row shows (no revision bodies).
 *
 * - Changes requested: status changes_requested, and mine (below).
 * - Drafts: status draft, and mine.
 *   "Mine" = I authored the head revision, or I submitted it.
 * - Assigned to me: in_review, assignedReviewerId = me, I authored none of the
 *   revisions in the submission.
 * - Review queue: in_review, not assigned to me, I authored none of the
 *   revisions in the submission; oldest submission first.
 * - Edited by me: in_review, I authored a revision in the submission (the
 *   four-eyes rule of lib/auth/policy.ts stops me judging it).
 * - Awaiting review (editors; reviewers have "edited by me"): in_review, and I
 *   submitted it or authored a revision in the submission; oldest first.
 */
import { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import { can } from "@/lib/auth/policy";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { ARTICLE_ROW_SELECT } from "@/lib/read/articles";
import { CHANGE_REQUEST_CATEGORIES, changeRequestCategorySchema, type ChangeRequestCategory } from "@/lib/workflow/reasons";

export const WORK_PAGE_SIZE = 20;

export const WORK_LISTS = ["changes", "drafts", "assigned", "queue", "edited", "awaiting"] as const;
export type WorkList = (typeof WORK_LISTS)[number];

const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);

/** Query string of /work: one page number per list (?queue=2&drafts=3). */
export const workQuerySchema = z.object({
  changes: pageParam,
  drafts: pageParam,
  assigned: pageParam,
  queue: pageParam,
  edited: pageParam,
  awaiting: pageParam,
});
export type WorkQuery = z.infer<typeof workQuerySchema>;

/** The head revision's author is me, or I submitted it. */
const mine = (me: string) => Prisma.sql`(
  a."submittedById" = ${me}
  OR EXISTS (SELECT 1 FROM "revision" r WHERE r."articleId" = a."id" AND r."number" = a."headRevisionNumber" AND r."authorId" = ${me})
)`;

/** I authored a revision after the last approval, up to the submitted one. */
const authoredSubmission = (me: string) => Prisma.sql`EXISTS (
  SELECT 1 FROM "revision" r
  WHERE r."articleId" = a."id" AND r."authorId" = ${me}
    AND r."number" > COALESCE(a."approvedRevisionNumber", 0)
    AND r."number" <= COALESCE(a."submittedRevisionNumber", a."headRevisionNumber")
)`;

function listWhere(list: WorkList, me: string): Prisma.Sql {
  switch (list) {
    case "changes":
      return Prisma.sql`a."status" = 'changes_requested' AND ${mine(me)}`;
    case "drafts":
      return Prisma.sql`a."status" = 'draft' AND ${mine(me)}`;
    case "assigned":
      return Prisma.sql`a."status" = 'in_review' AND a."assignedReviewerId" = ${me} AND NOT ${authoredSubmission(me)}`;
    case "queue":
      return Prisma.sql`a."status" = 'in_review' AND (a."assignedReviewerId" IS NULL OR a."assignedReviewerId" <> ${me}) AND NOT ${authoredSubmission(me)}`;
    case "edited":
      return Prisma.sql`a."status" = 'in_review' AND ${authoredSubmission(me)}`;
    case "awaiting":
      return Prisma.sql`a."status" = 'in_review' AND (a."submittedById" = ${me} OR ${authoredSubmission(me)})`;
  }
}

function listOrder(list: WorkList): Prisma.Sql {
  // Review lists: oldest submission first (the longest wait is served first).
  return list === "assigned" || list === "queue" || list === "edited" || list === "awaiting"
    ? Prisma.sql`a."submittedAt" ASC, a."id" ASC`
    : Prisma.sql`a."updatedAt" DESC, a."id" DESC`;
}

/** Lists a role sees: everyone edits; reviewers and admins also review. */
export function visibleLists(actor: Actor): WorkList[] {
  return can(actor, "work.review_queue") ? ["changes", "assigned", "queue", "edited", "drafts"] : ["changes", "drafts", "awaiting"];
}

async function countList(db: Db, list: WorkList, me: string): Promise<number> {
  const rows = await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS n FROM "article" a WHERE ${listWhere(list, me)}`;
  return Number(rows[0]?.n ?? 0);
}

async function listIds(db: Db, list: WorkList, me: string, page: number, pageSize: number): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT a."id" AS id FROM "article" a WHERE ${listWhere(list, me)}
    ORDER BY ${listOrder(list)} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  return rows.map((r) => r.id);
}

export type WorkItem = {
  id: string;
  status: string;
  sourceTitle: string;
  targetTitle: string;
  sourceLang: string;
  targetLang: string;
  updatedAt: Date;
  headRevisionNumber: number;
  submittedRevisionNumber: number | null;
  submittedAt: Date | null;
  submitterName: string | null;
  reviewerName: string | null;
  /** The latest review, when it asked for changes: what still has to be fixed. */
  changeRequest: { reviewerName: string; createdAt: Date; categories: ChangeRequestCategory[]; comment: string | null } | null;
};

export type WorkListPage = { list: WorkList; items: WorkItem[]; total: number; page: number; pageCount: number };

async function loadItems(db: Db, ids: string[]): Promise<WorkItem[]> {
  if (ids.length === 0) return [];
  const [articles, reviews] = await Promise.all([
    db.article.findMany({
      where: { id: { in: ids } },
      select: {
        ...ARTICLE_ROW_SELECT,
        submittedRevisionNumber: true,
        submittedAt: true,
        submittedBy: { select: { name: true } },
        assignedReviewer: { select: { name: true } },
      },
    }),
    db.review.findMany({
      where: { articleId: { in: ids } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { articleId: true, decision: true, comment: true, createdAt: true, reviewer: { select: { name: true } }, categories: { select: { category: true } } },
    }),
  ]);
  const latestReview = new Map<string, (typeof reviews)[number]>();
  for (const review of reviews) if (!latestReview.has(review.articleId)) latestReview.set(review.articleId, review);
  const byId = new Map(articles.map((a) => [a.id, a]));
  return ids.flatMap((id) => {
    const a = byId.get(id);
    if (!a) return [];
    const review = latestReview.get(id);
    const open = review?.decision === "changes_requested" && (a.status === "changes_requested" || a.status === "draft");
    return [
      {
        id: a.id,
        status: a.status,
        sourceTitle: a.sourceTitle,
        targetTitle: a.targetTitle,
        sourceLang: a.sourceLang,
        targetLang: a.targetLang,
        updatedAt: a.updatedAt,
        headRevisionNumber: a.headRevisionNumber,
        submittedRevisionNumber: a.submittedRevisionNumber,
        submittedAt: a.submittedAt,
        submitterName: a.submittedBy?.name ?? null,
        reviewerName: a.assignedReviewer?.name ?? null,
        changeRequest:
          open && review
            ? {
                reviewerName: review.reviewer.name,
                createdAt: review.createdAt,
                categories: review.categories
                  .map((c) => changeRequestCategorySchema.catch("other").parse(c.category))
                  .sort((x, y) => CHANGE_REQUEST_CATEGORIES.indexOf(x) - CHANGE_REQUEST_CATEGORIES.indexOf(y)),
                comment: review.comment,
              }
            : null,
      },
    ];
  });
}

/** One page of one list. */
export async function getWorkList(db: Db, actor: Actor, list: WorkList, page: number, pageSize = WORK_PAGE_SIZE): Promise<WorkListPage> {
  const total = await countList(db, list, actor.id);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(page, pageCount);
  const items = total === 0 ? [] : await loadItems(db, await listIds(db, list, actor.id, current, pageSize));
  return { list, items, total, page: current, pageCount };
}

/** Every list the actor sees, each on its own page. */
export async function getMyWork(db: Db, actor: Actor, query: WorkQuery, pageSize = WORK_PAGE_SIZE): Promise<WorkListPage[]> {
  return Promise.all(visibleLists(actor).map((list) => getWorkList(db, actor, list, query[list], pageSize)));
}

/**
 * The navigation badge: what waits for the actor (their change requests and
 * drafts, and for reviewers what they can review). One COUNT, no rows: the
 * counted lists are disjoint (by status, and in review by assignment).
 */
export async function countMyWork(db: Db, actor: Actor): Promise<number> {
  // Waiting on someone else is nothing to do.
  const lists = visibleLists(actor).filter((l) => l !== "edited" && l !== "awaiting");
  const where = Prisma.join(
    lists.map((list) => Prisma.sql`(${listWhere(list, actor.id)})`),
    " OR ",
  );
  const rows = await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS n FROM "article" a WHERE ${where}`;
  return Number(rows[0]?.n ?? 0);
}
