import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { migrateTestDb } from "./helpers";
import { actorOf, approveNewRevision, approvedArticle } from "./publish-helpers";
import { doc } from "./revision-helpers";

let db: Db;
let editor: Actor;
let reviewer: Actor;
let admin: Actor;
let publish: typeof import("@/lib/use-cases/publish-article") & typeof import("@/lib/use-cases/unpublish-article");

beforeAll(async () => {
  db = await migrateTestDb();
  publish = { ...(await import("@/lib/use-cases/publish-article")), ...(await import("@/lib/use-cases/unpublish-article")) };
  [editor, reviewer, admin] = await Promise.all([actorOf("editor"), actorOf("reviewer"), actorOf("admin")]);
});

const codeOf = async (promise: Promise<unknown>) => promise.then(() => "ok", (error: { code?: string }) => error.code ?? String(error));

describe("publishArticle", () => {
  it("stores an immutable rendered version, moves the article, and writes audit + webhook events atomically", async () => {
    const { articleId, revisionNumber } = await approvedArticle(editor, reviewer, "Markets <rally>", "Stocks rose.", "Bonds fell.");
    const result = await publish.publishArticle({ db, actor: reviewer, articleId, input: { revisionNumber } });
    expect(result).toMatchObject({ status: "published", version: 1, revisionNumber });

    const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    expect(article).toMatchObject({ status: "published", publishedRevisionNumber: revisionNumber });
    const version = await db.publishedVersion.findUniqueOrThrow({ where: { articleId_version: { articleId, version: 1 } } });
    expect(version).toMatchObject({ revisionNumber, title: "Markets <rally>", sourceLang: "zh", targetLang: "en", publishedById: reviewer.id });
    expect(version.html).toBe("<p>Stocks rose.</p>\n<p>Bonds fell.</p>");
    expect(version.markdown).toBe("Stocks rose.\n\nBonds fell.\n");
    expect(version.text).toBe("Stocks rose.\n\nBonds fell.");
    expect(JSON.parse(version.metadata)).toMatchObject({ outlet: "Test Daily", sourceTitle: "测试标题", wordCount: 4, originalPublishedAt: "2024-01-01T19:04:05.000Z" });
    expect(await db.publication.findUniqueOrThrow({ where: { articleId } })).toMatchObject({ state: "published", version: 1, title: "Markets <rally>", retractedAt: null });

    const audit = await db.auditEvent.findFirstOrThrow({ where: { articleId, action: "article.published" } });
    expect(JSON.parse(audit.details)).toEqual({ revisionNumber, version: 1 });
    expect(audit.actorId).toBe(reviewer.id);
    const events = await db.webhookEvent.findMany({ where: { type: "article.published" } });
    const event = events.map((e) => JSON.parse(e.payload) as { data: { articleId: string; version: number; url: string } }).find((e) => e.data.articleId === articleId);
    expect(event?.data).toMatchObject({ version: 1, revisionNumber, url: expect.stringMatching(new RegExp(`/api/v1/export/articles/${articleId}$`)) });
  });

  it("refuses editors (403), non-approved articles (409 naming the status) and a stale revision (409), writing nothing", async () => {
    const { articleId, revisionNumber } = await approvedArticle(editor, reviewer);
    expect(await codeOf(publish.publishArticle({ db, actor: editor, articleId, input: { revisionNumber } }))).toBe("forbidden");
    expect(await codeOf(publish.publishArticle({ db, actor: admin, articleId, input: { revisionNumber: revisionNumber + 1 } }))).toBe("conflict");
    // @ts-expect-error the typed input forbids this; a missing revisionNumber is refused at run time too
    expect(await codeOf(publish.publishArticle({ db, actor: admin, articleId, input: {} }))).toBe("validation_failed");
    // A save after approval makes a draft: nothing approved to publish in this state.
    const { saveRevision } = await import("@/lib/use-cases/save-revision");
    await saveRevision({ db, actor: editor, articleId, input: { baseNumber: revisionNumber, title: "Edited", content: doc("Edited after approval.") } });
    const refused = await publish.publishArticle({ db, actor: admin, articleId, input: { revisionNumber } }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "invalid_transition", params: { status: "draft" } });
    expect(await codeOf(publish.publishArticle({ db, actor: admin, articleId: "no-such-article", input: { revisionNumber: 1 } }))).toBe("not_found");
    expect(await db.publishedVersion.count({ where: { articleId } })).toBe(0);
    expect(await db.auditEvent.count({ where: { articleId, action: "article.published" } })).toBe(0);
  });

  it("publishes a later approved revision as a new version and keeps the old one", async () => {
    const { articleId, revisionNumber } = await approvedArticle(editor, reviewer, "One", "First text.");
    await publish.publishArticle({ db, actor: admin, articleId, input: { revisionNumber } });
    const second = await approveNewRevision(articleId, editor, reviewer, "Two", "Second text.");
    // Approved again while version 1 is still live.
    expect(await db.article.findUniqueOrThrow({ where: { id: articleId } })).toMatchObject({ status: "approved", publishedRevisionNumber: revisionNumber });
    const result = await publish.publishArticle({ db, actor: admin, articleId, input: { revisionNumber: second } });
    expect(result.version).toBe(2);
    const versions = await db.publishedVersion.findMany({ where: { articleId }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, v.revisionNumber, v.title, v.text])).toEqual([
      [1, revisionNumber, "One", "First text."],
      [2, second, "Two", "Second text."],
    ]);
  });

  it("lets exactly one of two concurrent publishes land", async () => {
    const { articleId, revisionNumber } = await approvedArticle(editor, reviewer);
    const outcomes = await Promise.all([
      codeOf(publish.publishArticle({ db, actor: reviewer, articleId, input: { revisionNumber } })),
      codeOf(publish.publishArticle({ db, actor: admin, articleId, input: { revisionNumber } })),
    ]);
    expect(outcomes.sort()).toEqual(["conflict", "ok"]);
    expect(await db.publishedVersion.count({ where: { articleId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { articleId, action: "article.published" } })).toBe(1);
  });
});

describe("unpublishArticle", () => {
  it("retracts: tombstone, approval kept, history kept, audit + webhook written; republishing makes a new version", async () => {
    const { articleId, revisionNumber } = await approvedArticle(editor, reviewer);
    await publish.publishArticle({ db, actor: reviewer, articleId, input: { revisionNumber } });
    expect(await codeOf(publish.unpublishArticle({ db, actor: editor, articleId, input: { version: 1 } }))).toBe("forbidden");
    expect(await codeOf(publish.unpublishArticle({ db, actor: reviewer, articleId, input: { version: 2 } }))).toBe("conflict");
    const result = await publish.unpublishArticle({ db, actor: reviewer, articleId, input: { version: 1 } });
    expect(result).toMatchObject({ status: "approved", version: 1 });
    expect(await db.article.findUniqueOrThrow({ where: { id: articleId } })).toMatchObject({
      status: "approved",
      approvedRevisionNumber: revisionNumber,
      publishedRevisionNumber: null,
    });
    expect(await db.publication.findUniqueOrThrow({ where: { articleId } })).toMatchObject({ state: "retracted", version: 1, retractedAt: expect.any(Date) });
    expect(await db.publishedVersion.count({ where: { articleId } })).toBe(1);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { articleId, action: "article.unpublished" } });
    expect(JSON.parse(audit.details)).toEqual({ version: 1 });
    const payloads = (await db.webhookEvent.findMany({ where: { type: "article.unpublished" } })).map((e) => JSON.parse(e.payload) as { data: { articleId: string } });
    expect(payloads.some((p) => p.data.articleId === articleId)).toBe(true);
    // Nothing live any more: a second unpublish is an invalid transition.
    expect(await codeOf(publish.unpublishArticle({ db, actor: reviewer, articleId, input: { version: 1 } }))).toBe("invalid_transition");

    const again = await publish.publishArticle({ db, actor: reviewer, articleId, input: { revisionNumber } });
    expect(again.version).toBe(2);
    expect(await db.publication.findUniqueOrThrow({ where: { articleId } })).toMatchObject({ state: "published", version: 2, retractedAt: null });
  });

  it("retracts a live version after the working copy moved on, keeping the status", async () => {
    const { articleId, revisionNumber } = await approvedArticle(editor, reviewer);
    await publish.publishArticle({ db, actor: reviewer, articleId, input: { revisionNumber } });
    const { saveRevision } = await import("@/lib/use-cases/save-revision");
    await saveRevision({ db, actor: editor, articleId, input: { baseNumber: revisionNumber, title: "Next", content: doc("Work in progress.") } });
    expect((await db.article.findUniqueOrThrow({ where: { id: articleId } })).status).toBe("draft");
    const result = await publish.unpublishArticle({ db, actor: admin, articleId, input: { version: 1 } });
    expect(result.status).toBe("draft");
    expect(await db.article.findUniqueOrThrow({ where: { id: articleId } })).toMatchObject({ status: "draft", publishedRevisionNumber: null });
    expect((await db.publication.findUniqueOrThrow({ where: { articleId } })).state).toBe("retracted");
  });

  it("refuses to unpublish an article that was never published", async () => {
    const { articleId } = await approvedArticle(editor, reviewer);
    const refused = await publish.unpublishArticle({ db, actor: admin, articleId, input: { version: 1 } }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "invalid_transition", params: { status: "approved" } });
  });
});

describe("getPublishingState", () => {
  it("tells the controls what is live and what the viewer may do", async () => {
    const { getPublishingState } = await import("@/lib/use-cases/get-publishing-state");
    const { articleId, revisionNumber } = await approvedArticle(editor, reviewer);
    expect(await getPublishingState({ db, actor: reviewer, articleId })).toEqual({
      articleId,
      canPublish: true,
      canUnpublish: false,
      approvedRevisionNumber: revisionNumber,
      live: null,
      exportPath: null,
    });
    expect(await getPublishingState({ db, actor: editor, articleId })).toMatchObject({ canPublish: false, canUnpublish: false });
    await publish.publishArticle({ db, actor: reviewer, articleId, input: { revisionNumber } });
    expect(await getPublishingState({ db, actor: admin, articleId })).toMatchObject({
      canPublish: false,
      canUnpublish: true,
      live: { version: 1, revisionNumber, publishedAt: expect.any(String) },
      exportPath: `/api/v1/export/articles/${articleId}?format=json`,
    });
    expect(await getPublishingState({ db, actor: editor, articleId })).toMatchObject({ canUnpublish: false, live: { version: 1 } });
  });
});
