import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { migrateTestDb } from "./helpers";
import { doc, getRevisionRoute, importedArticle, postRevision, signedInUser, type ErrorJson } from "./revision-helpers";

let db: Db;
let editor: Awaited<ReturnType<typeof signedInUser>>;
let reviewer: Awaited<ReturnType<typeof signedInUser>>;

beforeAll(async () => {
  db = await migrateTestDb();
  editor = await signedInUser("editor");
  reviewer = await signedInUser("reviewer");
});

type SaveJson = {
  unchanged: boolean;
  revision: { number: number; createdAt: string; title: string; message: string | null; authorName: string } | null;
};

describe("POST /api/articles/:id/revisions", () => {
  it("stores the validated content exactly, moves the head, and audits in the same write", async () => {
    const articleId = await importedArticle(editor.id);
    const content = doc("Edited first paragraph.", "Second paragraph, with more words.");
    // Key order and optional attrs as the browser sends them must survive byte for byte.
    content.content.push({
      type: "orderedList",
      attrs: { start: 3, type: null },
      content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Item", marks: [{ type: "link", attrs: { href: "https://example.com/a", target: null, rel: "noopener noreferrer nofollow", class: null, title: null } }] }] }] }],
    });
    const res = await postRevision(
      articleId,
      { baseNumber: 0, title: "  Edited title  ", content, message: "First pass", editSeconds: 42 },
      { cookie: editor.cookie },
    );
    expect(res.status).toBe(201);
    const body = (await res.json()) as SaveJson;
    expect(body).toEqual({
      unchanged: false,
      revision: { number: 1, createdAt: expect.any(String), title: "Edited title", message: "First pass", authorName: editor.name },
    });

    const stored = await db.revision.findUniqueOrThrow({ where: { articleId_number: { articleId, number: 1 } } });
    expect(stored.content).toBe(JSON.stringify(content));
    expect(stored).toMatchObject({
      baseNumber: 0,
      authorId: editor.id,
      title: "Edited title",
      message: "First pass",
      editSeconds: 42,
      schemaVersion: 1,
      wordCount: 9,
    });
    expect(stored.plainText).toContain("Edited first paragraph.");
    const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    expect(article).toMatchObject({ headRevisionNumber: 1, targetTitle: "Edited title", version: 2 });

    const events = await db.auditEvent.findMany({ where: { articleId, action: "revision.saved" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorType: "user", actorId: editor.id, subjectType: "revision", subjectId: stored.id });
    expect(JSON.parse(events[0]!.details)).toEqual({ number: 1, baseNumber: 0, words: 9, wordsChanged: stored.wordsChanged });
    expect(stored.wordsChanged).toBeGreaterThan(0);
    expect(stored.mtEditDistance).toBe(stored.wordsChanged); // the base was the MT

    const reloaded = await getRevisionRoute(articleId, "1", editor.cookie);
    expect(reloaded.status).toBe(200);
    expect(await reloaded.json()).toMatchObject({ number: 1, baseNumber: 0, title: "Edited title", content, authorName: editor.name, message: "First pass", wordCount: 9 });
  });

  it("creates no revision when nothing changed, from the MT or from a revision", async () => {
    const articleId = await importedArticle(editor.id);
    const mt = (await (await getRevisionRoute(articleId, "0", editor.cookie)).json()) as { title: string; content: unknown };
    const unchangedMt = await postRevision(articleId, { baseNumber: 0, title: mt.title, content: mt.content }, { cookie: editor.cookie });
    expect(unchangedMt.status).toBe(200);
    expect(await unchangedMt.json()).toEqual({ unchanged: true, revision: null });

    const content = doc("One.", "Two.");
    expect((await postRevision(articleId, { baseNumber: 0, title: "T", content }, { cookie: editor.cookie })).status).toBe(201);
    // Same text with keys in another order and a default attr spelled out: still no change.
    const reordered = { content: [{ content: [{ text: "One.", type: "text" }], type: "paragraph", attrs: {} }, { type: "paragraph", content: [{ type: "text", text: "Two." }] }], type: "doc" };
    const again = await postRevision(articleId, { baseNumber: 1, title: "T ", content: reordered, message: "no-op" }, { cookie: reviewer.cookie });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ unchanged: true, revision: { number: 1, title: "T", authorName: editor.name } });

    expect(await db.revision.count({ where: { articleId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { articleId, action: "revision.saved" } })).toBe(1);
    expect((await db.article.findUniqueOrThrow({ where: { id: articleId } })).version).toBe(2);
  });

  it("saves a title-only change", async () => {
    const articleId = await importedArticle(editor.id);
    const mt = (await (await getRevisionRoute(articleId, "0", editor.cookie)).json()) as { content: unknown };
    const res = await postRevision(articleId, { baseNumber: 0, title: "Better title", content: mt.content }, { cookie: editor.cookie });
    expect(res.status).toBe(201);
    expect((await db.article.findUniqueOrThrow({ where: { id: articleId } })).targetTitle).toBe("Better title");
  });

  it("answers 409 with the current head when the base is stale", async () => {
    const articleId = await importedArticle(editor.id);
    expect((await postRevision(articleId, { baseNumber: 0, title: "Theirs", content: doc("Their text."), message: "their note" }, { cookie: reviewer.cookie })).status).toBe(201);
    const res = await postRevision(articleId, { baseNumber: 0, title: "Mine", content: doc("My text.") }, { cookie: editor.cookie });
    expect(res.status).toBe(409);
    const body = (await res.json()) as ErrorJson;
    expect(body.error).toMatchObject({
      code: "conflict",
      message: "Someone else changed this first.",
      current: { number: 1, title: "Theirs", content: doc("Their text."), authorName: reviewer.name, message: "their note", createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
    });
    // A base from the future is as stale as one from the past.
    expect((await postRevision(articleId, { baseNumber: 7, title: "Mine", content: doc("My text.") }, { cookie: editor.cookie })).status).toBe(409);
    expect(await db.revision.count({ where: { articleId } })).toBe(1);
  });

  it("answers 401 when signed out, also for a forged cookie, and stores nothing", async () => {
    const articleId = await importedArticle(editor.id);
    const input = { baseNumber: 0, title: "T", content: doc("x") };
    expect((await postRevision(articleId, input, { cookie: null })).status).toBe(401);
    const forged = await postRevision(articleId, input, { cookie: "better-auth.session_token=forged.value" });
    expect(forged.status).toBe(401);
    expect(((await forged.json()) as ErrorJson).error.code).toBe("unauthenticated");
    expect((await getRevisionRoute(articleId, "0", null)).status).toBe(401);
    expect(await db.revision.count({ where: { articleId } })).toBe(0);
  });

  it("answers 404 for an unknown article or revision, 422 for a malformed number", async () => {
    const unknown = await postRevision("no-such-article", { baseNumber: 0, title: "T", content: doc("x") }, { cookie: editor.cookie });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as ErrorJson).error.code).toBe("not_found");
    expect((await getRevisionRoute("no-such-article", "0", editor.cookie)).status).toBe(404);
    const articleId = await importedArticle(editor.id);
    expect((await getRevisionRoute(articleId, "1", editor.cookie)).status).toBe(404);
    expect((await getRevisionRoute(articleId, "1e2", editor.cookie)).status).toBe(422);
    expect((await getRevisionRoute(articleId, "-1", editor.cookie)).status).toBe(422);
  });

  it("answers 415, 400 and 413 for bodies that are not JSON or too large", async () => {
    const articleId = await importedArticle(editor.id);
    expect((await postRevision(articleId, null, { cookie: editor.cookie, raw: "{oops" })).status).toBe(400);
    expect((await postRevision(articleId, null, { cookie: editor.cookie, raw: "a=b", headers: { "content-type": "text/plain" } })).status).toBe(415);
    const huge = JSON.stringify({ baseNumber: 0, title: "T", content: doc("x".repeat(3 * 1024 * 1024)) });
    expect((await postRevision(articleId, null, { cookie: editor.cookie, raw: huge })).status).toBe(413);
  });
});
