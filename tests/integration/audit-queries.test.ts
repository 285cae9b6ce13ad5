/** The article timeline and the admin audit trail: filters and keyset pagination, newest first. */
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { migrateTestDb, seedTestUser } from "./helpers";
import { importedArticle } from "./revision-helpers";

let db: Db;
type User = Awaited<ReturnType<typeof seedTestUser>>;
let ana: User;
let rui: User;
let adm: User;
let article: string;
let other: string;
const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  db = await migrateTestDb();
  const { seedAuditEventRow } = await import("@/lib/seed/workflow-states");
  [ana, rui, adm] = await Promise.all([seedTestUser("editor"), seedTestUser("reviewer"), seedTestUser("admin")]);
  article = await importedArticle(ana.id);
  other = await importedArticle(ana.id);
  await db.article.update({ where: { id: article }, data: { targetTitle: "Floods in the delta" } });
  // importArticle wrote two article.imported events "now"; the rest are in March 2026.
  const ev = (actorId: string | null, action: string, createdAt: string, articleId: string | null = article, details: Record<string, unknown> = {}, subjectId?: string) =>
    seedAuditEventRow(db, { actorId, action, articleId, createdAt: at(createdAt), details, ...(subjectId ? { subjectId, subjectType: "user" } : {}) });
  await ev(ana.id, "revision.saved", "2026-03-01T10:00:00Z", article, { number: 1 });
  await ev(ana.id, "article.submitted", "2026-03-01T11:00:00Z", article, { revisionNumber: 1, reviewerId: rui.id, note: "Quick look" });
  await ev(rui.id, "article.changes_requested", "2026-03-02T09:00:00Z", article, { revisionNumber: 1, categories: ["grammar"], comment: "Tense" });
  await ev(ana.id, "revision.saved", "2026-03-02T23:30:00Z", other, { number: 1 });
  await ev(adm.id, "user.role_changed", "2026-03-03T08:00:00Z", null, { from: "editor", to: "reviewer" }, rui.id);
  // Three events in the same millisecond: pagination must neither skip nor repeat them.
  for (let i = 0; i < 3; i++) await ev(ana.id, "comment.replied", "2026-03-04T12:00:00Z", article);
});

async function list(query: Record<string, string>, pageSize?: number, timeZone = "UTC") {
  const { auditQuerySchema, listAuditEvents } = await import("@/lib/audit/queries");
  return listAuditEvents(db, auditQuerySchema.parse(query), timeZone, pageSize);
}

describe("article timeline", () => {
  it("lists the article's events newest first, with the names details refer to", async () => {
    const { getArticleTimeline } = await import("@/lib/audit/queries");
    const { entries, names, more } = await getArticleTimeline(db, article);
    expect(entries.map((e) => e.action)).toEqual(["article.imported", "comment.replied", "comment.replied", "comment.replied", "article.changes_requested", "article.submitted", "revision.saved"]);
    expect(entries.find((e) => e.action === "article.submitted")!.details).toMatchObject({ note: "Quick look" });
    expect(names.get(rui.id)).toBe(rui.name);
    expect(more).toBe(false);
    expect((await getArticleTimeline(db, article, 3)).more).toBe(true);
  });
});

describe("audit trail", () => {
  it("filters by actor", async () => {
    const r = await list({ actor: rui.id });
    expect(r.entries.map((e) => e.action)).toEqual(["article.changes_requested"]);
  });

  it("filters by action, and names the user an admin event was about", async () => {
    const r = await list({ action: "user.role_changed" });
    expect(r.entries).toHaveLength(1);
    expect(r.entries[0]!.articleId).toBeNull();
    expect(r.names.get(rui.id)).toBe(rui.name);
  });

  it("filters by article id or by words of its title", async () => {
    const byId = await list({ article: other, action: "revision.saved" });
    expect(byId.entries.map((e) => e.articleId)).toEqual([other]);
    const byTitle = await list({ article: "delta", action: "revision.saved" });
    expect(byTitle.entries.map((e) => e.articleId)).toEqual([article]);
    expect(byTitle.entries[0]!.article?.targetTitle).toBe("Floods in the delta");
    expect((await list({ article: "no such words" })).entries).toEqual([]);
  });

  it("filters by calendar days in the desk's time zone, including the whole 'to' day", async () => {
    const utc = await list({ from: "2026-03-02", to: "2026-03-02" });
    expect(utc.entries.map((e) => e.action)).toEqual(["revision.saved", "article.changes_requested"]);
    // 23:30 UTC on the 2nd is already the 3rd in Shanghai.
    const shanghai = await list({ from: "2026-03-03", to: "2026-03-03" }, undefined, "Asia/Shanghai");
    expect(shanghai.entries.map((e) => e.action)).toEqual(["user.role_changed", "revision.saved"]);
  });

  it("flags a range that ends before it starts", async () => {
    const r = await list({ from: "2026-03-05", to: "2026-03-01" });
    expect(r.invalidRange).toBe(true);
    expect(r.entries).toEqual([]);
  });

  it("pages newest first with a keyset cursor, across events of the same instant", async () => {
    const all = await list({ from: "2026-03-01", to: "2026-03-31" });
    expect(all.entries).toHaveLength(8);
    const seen: string[] = [];
    let before: string | undefined;
    for (let i = 0; i < 10; i++) {
      const page = await list({ from: "2026-03-01", to: "2026-03-31", ...(before ? { before } : {}) }, 3);
      seen.push(...page.entries.map((e) => e.id));
      if (!page.nextBefore) break;
      before = page.nextBefore;
    }
    expect(seen).toEqual(all.entries.map((e) => e.id));
  });

  it("drops bad query values instead of failing", async () => {
    const { auditQuerySchema } = await import("@/lib/audit/queries");
    expect(auditQuerySchema.parse({ actor: "", action: "DROP TABLE", from: "yesterday", to: ["2026-01-01"], article: "  ", before: "x".repeat(500) })).toEqual({
      actor: undefined,
      action: undefined,
      article: undefined,
      from: undefined,
      to: undefined,
      before: undefined,
    });
  });

  it("offers every known action and every user in the filters", async () => {
    const { auditFilterOptions } = await import("@/lib/audit/queries");
    const options = await auditFilterOptions(db);
    expect(options.actions).toEqual(expect.arrayContaining(["article.approved", "user.role_changed", "comment.replied", "api_token.revoked"]));
    expect(options.users.map((u) => u.id)).toEqual(expect.arrayContaining([ana.id, rui.id, adm.id]));
  });
});
