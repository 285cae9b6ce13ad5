import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import type { ThreadList, ThreadView } from "@/lib/use-cases/comment-thread-view";
import { migrateTestDb } from "./helpers";
import { doc, importedArticle, postRevision, signedInUser, type ErrorJson } from "./revision-helpers";

let db: Db;
let editor: Awaited<ReturnType<typeof signedInUser>>;
let reviewer: Awaited<ReturnType<typeof signedInUser>>;

beforeAll(async () => {
  db = await migrateTestDb();
  editor = await signedInUser("editor");
  reviewer = await signedInUser("reviewer");
});

const MT = "Prices rose sharply in May. The minister spoke.\n\nSecond paragraph here.";

function request(url: string, method: string, cookie: string | null, body?: unknown) {
  return new Request(`http://localhost${url}`, {
    method,
    headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...(cookie ? { cookie } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function listThreads(articleId: string, cookie: string | null, revision?: number) {
  const { GET } = await import("@/app/api/articles/[id]/threads/route");
  const query = revision === undefined ? "" : `?revision=${revision}`;
  return GET(request(`/api/articles/${articleId}/threads${query}`, "GET", cookie), { params: Promise.resolve({ id: articleId }) });
}

async function createThread(articleId: string, cookie: string | null, body: unknown) {
  const { POST } = await import("@/app/api/articles/[id]/threads/route");
  return POST(request(`/api/articles/${articleId}/threads`, "POST", cookie, body), { params: Promise.resolve({ id: articleId }) });
}

async function reply(articleId: string, threadId: string, cookie: string | null, body: unknown) {
  const { POST } = await import("@/app/api/articles/[id]/threads/[threadId]/comments/route");
  return POST(request(`/api/articles/${articleId}/threads/${threadId}/comments`, "POST", cookie, body), {
    params: Promise.resolve({ id: articleId, threadId }),
  });
}

async function setStatus(articleId: string, threadId: string, cookie: string | null, body: unknown) {
  const { PATCH } = await import("@/app/api/articles/[id]/threads/[threadId]/route");
  return PATCH(request(`/api/articles/${articleId}/threads/${threadId}`, "PATCH", cookie, body), {
    params: Promise.resolve({ id: articleId, threadId }),
  });
}

/** A thread on "rose sharply" of the MT (block 0, offsets 7–19). */
async function threadOnRoseSharply(articleId: string, cookie = editor.cookie) {
  const res = await createThread(articleId, cookie, { revision: 0, block: 0, start: 7, end: 19, body: "Too strong?" });
  expect(res.status).toBe(201);
  return (await res.json()) as ThreadView;
}

describe("comment threads API", () => {
  it("creates a thread with its first comment and audits it in the same write", async () => {
    const articleId = await importedArticle(editor.id, { mt: MT });
    const thread = await threadOnRoseSharply(articleId);
    expect(thread).toMatchObject({
      status: "open",
      version: 1,
      createdBy: { id: editor.id, name: editor.name },
      anchor: { block: 0, start: 7, end: 19, quote: "rose sharply" },
      comments: [{ body: "Too strong?", author: { id: editor.id, name: editor.name } }],
    });
    const stored = await db.commentThread.findUniqueOrThrow({ where: { id: thread.id } });
    expect(stored).toMatchObject({ articleId, anchorRevision: 0, quote: "rose sharply" });
    const events = await db.auditEvent.findMany({ where: { articleId, action: "comment.thread_created" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: editor.id, subjectType: "comment_thread", subjectId: thread.id });

    const list = await listThreads(articleId, reviewer.cookie);
    expect(list.status).toBe(200);
    const body = (await list.json()) as ThreadList;
    expect(body).toMatchObject({ revision: 0, openCount: 1, threads: [{ id: thread.id, anchor: { quote: "rose sharply", fit: "exact" } }] });
  });

  it("widens an empty range to its sentence (comment on this sentence)", async () => {
    const articleId = await importedArticle(editor.id, { mt: MT });
    const res = await createThread(articleId, reviewer.cookie, { revision: 0, block: 0, start: 30, end: 30, body: "Who?" });
    expect(res.status).toBe(201);
    expect(((await res.json()) as ThreadView).anchor).toMatchObject({ start: 28, end: 47, quote: "The minister spoke." });
  });

  it("replies, resolves and reopens, each audited; a stale version is 409 and writes nothing", async () => {
    const articleId = await importedArticle(editor.id, { mt: MT });
    const thread = await threadOnRoseSharply(articleId);

    const replied = await reply(articleId, thread.id, reviewer.cookie, { body: "  Agreed, soften it.  " });
    expect(replied.status).toBe(201);
    expect(((await replied.json()) as ThreadView).comments.map((c) => [c.body, c.author.id])).toEqual([
      ["Too strong?", editor.id],
      ["Agreed, soften it.", reviewer.id],
    ]);

    const resolved = await setStatus(articleId, thread.id, reviewer.cookie, { status: "resolved", version: 1 });
    expect(resolved.status).toBe(200);
    expect(await resolved.json()).toMatchObject({ status: "resolved", version: 2, resolvedBy: { id: reviewer.id } });

    const stale = await setStatus(articleId, thread.id, editor.cookie, { status: "open", version: 1 });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as ErrorJson & { error: { current: ThreadView } }).error.current).toMatchObject({ status: "resolved", version: 2 });

    const reopened = await setStatus(articleId, thread.id, editor.cookie, { status: "open", version: 2 });
    expect(reopened.status).toBe(200);
    expect(await reopened.json()).toMatchObject({ status: "open", version: 3, resolvedBy: null, resolvedAt: null });

    const actions = (await db.auditEvent.findMany({ where: { articleId, subjectId: thread.id }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions.sort()).toEqual(["comment.reopened", "comment.replied", "comment.resolved", "comment.thread_created"].sort());
    const { openThreadCount, openThreadCounts } = await import("@/lib/comments/queries");
    expect(await openThreadCount(db, articleId)).toBe(1);
    expect((await openThreadCounts(db, [articleId, "nope"])).get(articleId)).toBe(1);
  });

  it("answers 422 naming fields, 404 for unknown things, 401 signed out", async () => {
    const articleId = await importedArticle(editor.id, { mt: MT });
    const bad = await createThread(articleId, editor.cookie, { revision: -1, block: "x", start: 0, end: 2, body: "a".repeat(5001), extra: 1 });
    expect(bad.status).toBe(422);
    const paths = ((await bad.json()) as ErrorJson).error.issues!.map((i) => i.path).sort();
    expect(paths).toEqual(["block", "body", "extra", "revision"]);

    const noBody = await createThread(articleId, editor.cookie, { revision: 0, block: 0, start: 0, end: 2, body: "   " });
    expect(((await noBody.json()) as ErrorJson).error.issues).toEqual([expect.objectContaining({ path: "body", code: "required" })]);

    expect((await createThread(articleId, editor.cookie, { revision: 7, block: 0, start: 0, end: 2, body: "x" })).status).toBe(404);
    expect((await createThread("nope", editor.cookie, { revision: 0, block: 0, start: 0, end: 2, body: "x" })).status).toBe(404);
    expect((await createThread(articleId, null, { revision: 0, block: 0, start: 0, end: 2, body: "x" })).status).toBe(401);
    expect((await reply(articleId, "nope", editor.cookie, { body: "x" })).status).toBe(404);
    expect((await setStatus(articleId, "nope", editor.cookie, { status: "resolved", version: 1 })).status).toBe(404);
    const thread = await threadOnRoseSharply(articleId);
    const badStatus = await setStatus(articleId, thread.id, editor.cookie, { status: "closed" });
    expect(badStatus.status).toBe(422);
    expect(((await badStatus.json()) as ErrorJson).error.issues!.map((i) => i.path).sort()).toEqual(["status", "version"]);
    // A thread is only reachable under its own article.
    const other = await importedArticle(editor.id, { mt: MT });
    expect((await reply(other, thread.id, editor.cookie, { body: "x" })).status).toBe(404);
    expect((await listThreads(articleId, null)).status).toBe(401);
    expect((await listThreads(articleId, editor.cookie, 9)).status).toBe(404);
    expect(await db.comment.count({ where: { threadId: thread.id } })).toBe(1);
  });
});

describe("anchors and saves", () => {
  it("a save moves the sent anchors of open threads in the same transaction", async () => {
    const articleId = await importedArticle(editor.id, { mt: MT });
    const open = await threadOnRoseSharply(articleId);
    const resolved = await threadOnRoseSharply(articleId);
    await setStatus(articleId, resolved.id, editor.cookie, { status: "resolved", version: 1 });
    const foreignArticle = await importedArticle(editor.id, { mt: MT });
    const foreign = await threadOnRoseSharply(foreignArticle);

    const content = doc("Yesterday prices rose sharply in May. The minister spoke.", "Second paragraph here.");
    const anchors = [open, resolved, foreign].map((t) => ({ threadId: t.id, block: 0, start: 17, end: 29 }));
    const res = await postRevision(articleId, { baseNumber: 0, title: "T", content, anchors }, { cookie: editor.cookie });
    expect(res.status).toBe(201);

    expect(await db.commentThread.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject({
      anchorRevision: 1,
      anchorBlock: 0,
      anchorStart: 17,
      anchorEnd: 29,
      quote: "rose sharply",
      version: 2,
    });
    // Resolved threads and other articles' threads are not touched.
    expect(await db.commentThread.findUniqueOrThrow({ where: { id: resolved.id } })).toMatchObject({ anchorRevision: 0, version: 2 });
    expect(await db.commentThread.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({ anchorRevision: 0, version: 1 });
  });

  it("a save that loses the race moves no anchor; a collapsed anchor lands on its sentence", async () => {
    const articleId = await importedArticle(editor.id, { mt: MT });
    const thread = await threadOnRoseSharply(articleId);
    const stale = await postRevision(
      articleId,
      { baseNumber: 3, title: "T", content: doc("x"), anchors: [{ threadId: thread.id, block: 0, start: 0, end: 1 }] },
      { cookie: editor.cookie },
    );
    expect(stale.status).toBe(409);
    expect(await db.commentThread.findUniqueOrThrow({ where: { id: thread.id } })).toMatchObject({ anchorRevision: 0, version: 1 });

    const content = doc("Prices fell in May. The minister spoke.", "Second paragraph here.");
    const res = await postRevision(articleId, { baseNumber: 0, title: "T", content, anchors: [{ threadId: thread.id, block: 0, start: 7, end: 7 }] }, { cookie: editor.cookie });
    expect(res.status).toBe(201);
    expect(await db.commentThread.findUniqueOrThrow({ where: { id: thread.id } })).toMatchObject({ anchorRevision: 1, anchorStart: 0, anchorEnd: 19, quote: "Prices fell in May." });
  });

  it("rejects malformed anchors with 422 naming the field", async () => {
    const articleId = await importedArticle(editor.id, { mt: MT });
    const res = await postRevision(articleId, { baseNumber: 0, title: "T", content: doc("x"), anchors: [{ threadId: "a", block: -1, start: 0 }] }, { cookie: editor.cookie });
    expect(res.status).toBe(422);
    expect(((await res.json()) as ErrorJson).error.issues!.map((i) => i.path).sort()).toEqual(["anchors.0.block", "anchors.0.end"]);
  });

  it("re-anchors at read time when someone else saved without sending anchors", async () => {
    const articleId = await importedArticle(editor.id, { mt: MT });
    const thread = await threadOnRoseSharply(articleId);
    const content = doc("A new lead.", "Prices rose sharply in May. The minister spoke.", "Second paragraph here.");
    expect((await postRevision(articleId, { baseNumber: 0, title: "T", content }, { cookie: reviewer.cookie })).status).toBe(201);
    const head = (await (await listThreads(articleId, editor.cookie)).json()) as ThreadList;
    expect(head.revision).toBe(1);
    expect(head.threads.find((t) => t.id === thread.id)!.anchor).toEqual({ block: 1, start: 7, end: 19, quote: "rose sharply", fit: "moved" });
    // The MT view still shows it where it was made.
    const mt = (await (await listThreads(articleId, editor.cookie, 0)).json()) as ThreadList;
    expect(mt.threads[0]!.anchor).toMatchObject({ block: 0, start: 7, fit: "exact" });
  });
});
