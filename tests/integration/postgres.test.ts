/**
 * The core flows on PostgreSQL, through the real use-cases and route handlers:
 * a throwaway database is created (lib/db/postgres-scratch.ts), migrated from
 * prisma/postgresql/migrations, used as DATABASE_URL for this file, and dropped.
 *
 * Never skipped: CI runs PostgreSQL (127.0.0.1:5432, trust auth, or
 * COPYDESK_POSTGRES_ADMIN_URL), and an unreachable server fails this file with
 * a message saying so.
 *
 * Nothing from lib/ is imported statically: lib/env reads DATABASE_URL once,
 * and tests/setup/test-db.ts points it at SQLite until beforeAll changes it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import type { ScratchDatabase } from "@/lib/db/postgres-scratch";

let scratch: ScratchDatabase | undefined;
let db: Db;
let editor: Actor;
let reviewer: Actor;
let helpers: typeof import("./revision-helpers");

beforeAll(async () => {
  const { createScratchDatabase } = await import("@/lib/db/postgres-scratch");
  scratch = await createScratchDatabase("copydesk_test");
  process.env.DATABASE_URL = scratch.url;
  const { databaseProvider } = await import("@/lib/env");
  expect(databaseProvider()).toBe("postgresql");
  const { migrateTestDb } = await import("./helpers");
  db = await migrateTestDb();
  helpers = await import("./revision-helpers");
  const { actorOf } = await import("./publish-helpers");
  [editor, reviewer] = await Promise.all([actorOf("editor"), actorOf("reviewer")]);
});

afterAll(async () => {
  await db?.$disconnect();
  await scratch?.drop();
});

const asActor = (u: { id: string; name: string; email: string; role: Actor["role"] }): Actor => ({ id: u.id, name: u.name, email: u.email, role: u.role });

describe("PostgreSQL", () => {
  it("is what the app's client talks to, migrated from prisma/postgresql/migrations", async () => {
    const server = await db.$queryRaw<{ version: string }[]>`SELECT version() AS version`;
    expect(server[0]?.version).toMatch(/^PostgreSQL/);
    const applied = await db.$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL`;
    expect(applied.length).toBeGreaterThan(0);
    const { applyMigrations } = await import("@/lib/db/migrate");
    expect(await applyMigrations(process.env.DATABASE_URL!)).toEqual([]);
  });

  it("imports an article and saves revisions; 20 concurrent saves from one base: exactly one lands", async () => {
    const user = await helpers.signedInUser("editor");
    const articleId = await helpers.importedArticle(user.id);
    const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    expect(article).toMatchObject({ status: "draft", version: 1, headRevisionNumber: 0, mtTitle: "Test title" });
    expect(article.originalPublishedAt?.toISOString()).toBe("2024-01-01T19:04:05.000Z");

    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        helpers.postRevision(articleId, { baseNumber: 0, title: `Title ${i}`, content: helpers.doc(`Edit ${i}.`) }, { cookie: user.cookie }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const winner = statuses.indexOf(201);
    expect(await db.revision.findMany({ where: { articleId }, select: { number: true, title: true } })).toEqual([{ number: 1, title: `Title ${winner}` }]);
    expect(await db.article.findUniqueOrThrow({ where: { id: articleId } })).toMatchObject({ headRevisionNumber: 1, version: 2, targetTitle: `Title ${winner}` });
    expect(await db.auditEvent.count({ where: { articleId, action: "revision.saved" } })).toBe(1);

    // Straight to the use-case, so every racer passed the head check before any wrote.
    const { saveRevision } = await import("@/lib/use-cases/save-revision");
    const racers = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        saveRevision({ db, actor: asActor(user), articleId, input: { baseNumber: 1, title: `Racer ${i}`, content: helpers.doc(`Racer ${i}.`) } }),
      ),
    );
    expect(racers.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of racers) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "conflict" });
    expect(await db.revision.count({ where: { articleId } })).toBe(2);
  });

  it("takes an article through review, publishing and the export list with its cursor", async () => {
    const { approvedArticle } = await import("./publish-helpers");
    const { publishArticle } = await import("@/lib/use-cases/publish-article");
    const { unpublishArticle } = await import("@/lib/use-cases/unpublish-article");
    const { listExportArticles, getExportArticle } = await import("@/lib/use-cases/export-articles");
    const { clearExportCaches } = await import("@/lib/export/store");

    const published: string[] = [];
    for (const title of ["First story", "Second story", "Third story"]) {
      const { articleId, revisionNumber } = await approvedArticle(editor, reviewer, title, `${title} body.`);
      expect(await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { status: true } })).toEqual({ status: "approved" });
      await publishArticle({ db, actor: reviewer, articleId, input: { revisionNumber } });
      published.push(articleId);
    }
    await unpublishArticle({ db, actor: reviewer, articleId: published[0]!, input: { version: 1 } });
    clearExportCaches();

    const one = await getExportArticle({ db, articleId: published[1]!, format: "json" });
    expect(one.contentType).toMatch(/^application\/json/);
    // The bytes are the published version read back from PostgreSQL, not just some object.
    expect(JSON.parse(Buffer.from(one.bytes).toString("utf8"))).toMatchObject({ id: published[1], title: "Second story", version: 1 });
    const seen: { id: string; state: string }[] = [];
    let cursor: string | null = null;
    do {
      const params: URLSearchParams = new URLSearchParams({ limit: "2", ...(cursor ? { cursor } : {}) });
      const { list } = await listExportArticles({ db, params });
      seen.push(...list.data.map((d) => ({ id: d.id, state: d.state })));
      cursor = list.nextCursor;
    } while (cursor);
    // Newest change first: the retraction, then the later publications.
    expect(seen).toEqual([
      { id: published[0], state: "retracted" },
      { id: published[2], state: "published" },
      { id: published[1], state: "published" },
    ]);

    const actions = await db.auditEvent.findMany({ where: { articleId: published[0]! }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(["article.imported", "revision.saved", "article.submitted", "article.approved", "article.published", "article.unpublished"]),
    );
  });

  it("creates, answers and resolves a comment thread", async () => {
    const { createThread } = await import("@/lib/use-cases/create-thread");
    const { replyToThread } = await import("@/lib/use-cases/reply-to-thread");
    const { setThreadStatus } = await import("@/lib/use-cases/set-thread-status");
    const articleId = await helpers.importedArticle(editor.id);
    const thread = await createThread({ db, actor: reviewer, articleId, input: { revision: 0, block: 0, start: 0, end: 5, body: "Check this." } });
    await replyToThread({ db, actor: editor, articleId, threadId: thread.id, input: { body: "Checked." } });
    const resolved = await setThreadStatus({ db, actor: editor, articleId, threadId: thread.id, input: { status: "resolved", version: thread.version } });
    expect(resolved).toMatchObject({ id: thread.id, status: "resolved" });
    expect(await db.comment.count({ where: { threadId: thread.id } })).toBe(2);
    const actions = (await db.auditEvent.findMany({ where: { articleId }, select: { action: true } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["comment.thread_created", "comment.replied", "comment.resolved"]));
  });

  it("runs the work queues' raw SQL, and title search ignores case", async () => {
    const { getMyWork, countMyWork, workQuerySchema } = await import("@/lib/work/queries");
    const { saveRevision } = await import("@/lib/use-cases/save-revision");
    const { submitRevision } = await import("@/lib/use-cases/submit-revision");
    const { actorOf } = await import("./publish-helpers");
    const author = await actorOf("editor");
    const judge = await actorOf("reviewer");
    const draft = await helpers.importedArticle(author.id);
    await saveRevision({ db, actor: author, articleId: draft, input: { baseNumber: 0, title: "Zebra Crossing", content: helpers.doc("Draft.") } });
    const submitted = await helpers.importedArticle(author.id);
    await saveRevision({ db, actor: author, articleId: submitted, input: { baseNumber: 0, title: "Submitted", content: helpers.doc("For review.") } });
    await submitRevision({ db, actor: author, articleId: submitted, input: { qaOverride: (await import("./helpers")).INCIDENTAL_QA_OVERRIDE, revisionNumber: 1 } });

    const mine = Object.fromEntries((await getMyWork(db, author, workQuerySchema.parse({}))).map((p) => [p.list, p]));
    expect(mine.drafts?.items.map((i) => i.id)).toEqual([draft]);
    expect(await countMyWork(db, author)).toBe(1);
    const theirs = Object.fromEntries((await getMyWork(db, judge, workQuerySchema.parse({}))).map((p) => [p.list, p]));
    expect(theirs.queue?.items.map((i) => i.id)).toContain(submitted);
    expect(theirs.queue?.total).toBeGreaterThanOrEqual(1);

    const { listArticles } = await import("@/lib/read/articles");
    const found = await listArticles(db, { q: "zebra crossing", page: 1 });
    expect(found.items.map((i) => i.id)).toEqual([draft]);
  });

  it("drops NUL characters, which PostgreSQL text cannot hold, instead of failing the write", async () => {
    const { importArticle } = await import("@/lib/use-cases/import-article");
    const input = { sourceLang: "zh", targetLang: "en", title: { source: "标\u0000题", mt: "Nul\u0000 title" }, body: { source: "第一\u0000段。", mt: "Fi\u0000rst." } };
    const { id } = await importArticle({ db, actor: { type: "user", id: editor.id }, input });
    expect(await db.article.findUniqueOrThrow({ where: { id }, select: { sourceTitle: true, mtTitle: true, sourceBody: true, mtBody: true } })).toEqual({
      sourceTitle: "标题",
      mtTitle: "Nul title",
      sourceBody: "第一段。",
      mtBody: "First.",
    });
    const { listArticles } = await import("@/lib/read/articles");
    expect((await listArticles(db, { q: "nul\u0000 TITLE", page: 1 })).items.map((i) => i.id)).toEqual([id]);
  });
});
