/**
 * Read models over audit_event: an article's timeline and the admin trail
 * with filters. Newest first; keyset pagination on (createdAt, id) so deep
 * pages cost the same as the first. Details are parsed here and described by
 * ./describe.ts.
 */
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { containsText } from "@/lib/db/text-search";
import type { Prisma } from "@/lib/generated/prisma/client";
import { startOfZonedDay } from "./dates";
import { parseDetails, referencedIds, type NameLookup } from "./describe";

export const AUDIT_PAGE_SIZE = 50;
export const TIMELINE_LIMIT = 100;

/** Actions the filter offers even before they happened once. */
export const KNOWN_AUDIT_ACTIONS = [
  "article.imported",
  "revision.saved",
  "revision.restored",
  "article.submitted",
  "article.withdrawn",
  "article.changes_requested",
  "article.approved",
  "article.published",
  "article.unpublished",
  "comment.thread_created",
  "comment.replied",
  "comment.resolved",
  "comment.reopened",
  "user.created",
  "user.role_changed",
  "user.disabled",
  "user.enabled",
  "api_token.created",
  "api_token.revoked",
  "setting.changed",
  "auth.sign_in_succeeded",
  "auth.sign_in_failed",
  "auth.sign_in_throttled",
  "auth.locked_out",
  "auth.account_slowed",
] as const;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined);

/** Query string of /admin/audit. Each bad value is dropped rather than failing the page. */
export const auditQuerySchema = z.object({
  actor: optionalText(100),
  action: z
    .string()
    .trim()
    .regex(/^[a-z_]+(\.[a-z_]+)+$/)
    .max(80)
    .optional()
    .catch(undefined),
  article: optionalText(200),
  from: day,
  to: day,
  /** Id of the last event of the previous page. */
  before: optionalText(100),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export type AuditEntry = {
  id: string;
  action: string;
  createdAt: Date;
  actorType: string;
  actorId: string | null;
  actorName: string | null;
  subjectType: string;
  subjectId: string;
  articleId: string | null;
  article: { sourceTitle: string; targetTitle: string } | null;
  details: Record<string, unknown>;
};

const EVENT_SELECT = {
  id: true,
  action: true,
  createdAt: true,
  actorType: true,
  actorId: true,
  actor: { select: { name: true } },
  subjectType: true,
  subjectId: true,
  articleId: true,
  details: true,
} as const;

type EventRow = Prisma.AuditEventGetPayload<{ select: typeof EVENT_SELECT }>;

/** Rows → entries, with the names of users and tokens the details point to, and article titles. */
async function toEntries(db: Db, rows: EventRow[], withArticles: boolean): Promise<{ entries: AuditEntry[]; names: NameLookup }> {
  const parsed = rows.map((row) => ({ row, details: parseDetails(row.details) }));
  const ids = [...new Set(parsed.flatMap(({ row, details }) => referencedIds({ action: row.action, subjectId: row.subjectId, details })))];
  const articleIds = withArticles ? [...new Set(rows.flatMap((r) => (r.articleId ? [r.articleId] : [])))] : [];
  const [users, tokens, articles] = await Promise.all([
    ids.length ? db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [],
    ids.length ? db.apiToken.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [],
    articleIds.length ? db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, sourceTitle: true, targetTitle: true } }) : [],
  ]);
  const names = new Map<string, string>([...users, ...tokens].map((x) => [x.id, x.name]));
  const titles = new Map(articles.map((a) => [a.id, { sourceTitle: a.sourceTitle, targetTitle: a.targetTitle }]));
  const entries = parsed.map(({ row, details }) => ({
    id: row.id,
    action: row.action,
    createdAt: row.createdAt,
    actorType: row.actorType,
    actorId: row.actorId,
    actorName: row.actor?.name ?? null,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    articleId: row.articleId,
    article: row.articleId ? (titles.get(row.articleId) ?? null) : null,
    details,
  }));
  return { entries, names };
}

/** An article's events, newest first (at most `limit`; `more` says whether older ones exist). */
export async function getArticleTimeline(db: Db, articleId: string, limit = TIMELINE_LIMIT) {
  const rows = await db.auditEvent.findMany({
    where: { articleId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: EVENT_SELECT,
  });
  const { entries, names } = await toEntries(db, rows.slice(0, limit), false);
  return { entries, names, more: rows.length > limit };
}

/** Resolves the article filter: an exact id, else articles whose titles contain the text. */
async function articleFilter(db: Db, article: string): Promise<Prisma.AuditEventWhereInput> {
  const exact = await db.article.findUnique({ where: { id: article }, select: { id: true } });
  if (exact) return { articleId: exact.id };
  const matches = await db.article.findMany({
    where: { OR: [{ sourceTitle: containsText(db, article) }, { targetTitle: containsText(db, article) }, { mtTitle: containsText(db, article) }] },
    select: { id: true },
    take: 500,
  });
  // Events of a deleted article still carry its id.
  return { articleId: { in: [...matches.map((m) => m.id), article] } };
}

export type AuditPage = {
  entries: AuditEntry[];
  names: NameLookup;
  /** Pass as ?before= for the next (older) page; null on the last page. */
  nextBefore: string | null;
  /** The to-date is before the from-date. */
  invalidRange: boolean;
};

/**
 * One page of the trail, newest first. Dates are calendar days in `timeZone`;
 * `to` includes its whole day.
 */
export async function listAuditEvents(db: Db, query: AuditQuery, timeZone: string, pageSize = AUDIT_PAGE_SIZE): Promise<AuditPage> {
  const from = query.from ? startOfZonedDay(query.from, timeZone) : null;
  const to = query.to ? startOfZonedDay(query.to, timeZone, 1) : null;
  const invalidRange = from !== null && to !== null && to <= from;
  const and: Prisma.AuditEventWhereInput[] = [];
  if (query.actor) and.push({ actorId: query.actor });
  if (query.action) and.push({ action: query.action });
  if (query.article) and.push(await articleFilter(db, query.article));
  if (from) and.push({ createdAt: { gte: from } });
  if (to) and.push({ createdAt: { lt: to } });
  if (query.before) {
    const cursor = await db.auditEvent.findUnique({ where: { id: query.before }, select: { id: true, createdAt: true } });
    if (cursor) and.push({ OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] });
  }
  const rows = await db.auditEvent.findMany({
    where: { AND: and },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
    select: EVENT_SELECT,
  });
  const page = rows.slice(0, pageSize);
  const { entries, names } = await toEntries(db, page, true);
  return { entries, names, nextBefore: rows.length > pageSize ? (page.at(-1)?.id ?? null) : null, invalidRange };
}

/** Options for the filter form: every user, and every action known or seen. */
export async function auditFilterOptions(db: Db) {
  const [users, seen] = await Promise.all([
    db.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, email: true } }),
    db.auditEvent.findMany({ distinct: ["action"], select: { action: true } }),
  ]);
  const actions = [...new Set<string>([...KNOWN_AUDIT_ACTIONS, ...seen.map((s) => s.action)])].sort();
  return { users, actions };
}
