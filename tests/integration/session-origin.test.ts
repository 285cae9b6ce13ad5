/**
 * CSRF: every mutating session route (app/api/articles/**) refuses a request
 * from a page of another origin with 403 and a localized message, and the
 * refused request changes nothing. A request without Origin and
 * Sec-Fetch-Site (a script or test with its own cookie) and one from the app's
 * own origin (COPYDESK_URL) go through.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { migrateTestDb } from "./helpers";
import { doc, importedArticle, signedInUser, type ErrorJson } from "./revision-helpers";

let db: Db;
let editor: Awaited<ReturnType<typeof signedInUser>>;

beforeAll(async () => {
  db = await migrateTestDb();
  editor = await signedInUser("editor");
});

const OWN_ORIGIN = new URL(env.COPYDESK_URL).origin;

const CASES = [
  { name: "an evil Origin", headers: { origin: "http://evil.example" }, refused: true },
  { name: "Sec-Fetch-Site: cross-site without Origin", headers: { "sec-fetch-site": "cross-site" }, refused: true },
  { name: "neither Origin nor Sec-Fetch-Site (a script)", headers: {}, refused: false },
  { name: "the app's own Origin", headers: { origin: OWN_ORIGIN, "sec-fetch-site": "same-origin" }, refused: false },
] as const;

type Call = (headers: Record<string, string>) => Promise<Response>;

function jsonRequest(url: string, method: string, headers: Record<string, string>, body: unknown) {
  return new Request(`http://localhost${url}`, {
    method,
    headers: { "content-type": "application/json", cookie: editor.cookie, ...headers },
    body: JSON.stringify(body),
  });
}

/** An article with one saved revision (1) and one open thread on the MT. */
async function articleWithThread() {
  const articleId = await importedArticle(editor.id);
  const { POST: save } = await import("@/app/api/articles/[id]/revisions/route");
  const saved = await save(jsonRequest(`/api/articles/${articleId}/revisions`, "POST", {}, { baseNumber: 0, title: "Title", content: doc("First edit.") }), {
    params: Promise.resolve({ id: articleId }),
  });
  expect(saved.status).toBe(201);
  const { POST: start } = await import("@/app/api/articles/[id]/threads/route");
  const started = await start(
    jsonRequest(`/api/articles/${articleId}/threads`, "POST", {}, { revision: 1, block: 0, start: 0, end: 5, body: "Check this." }),
    { params: Promise.resolve({ id: articleId }) },
  );
  expect(started.status).toBe(201);
  const thread = (await started.json()) as { id: string; version: number };
  return { articleId, thread };
}

/** Each mutating session route, with a body that succeeds when the request is allowed. */
const ROUTES: { name: string; okStatus: number; prepare: () => Promise<Call> }[] = [
  {
    name: "POST /api/articles/:id/revisions",
    okStatus: 201,
    prepare: async () => {
      const { articleId } = await articleWithThread();
      const { POST } = await import("@/app/api/articles/[id]/revisions/route");
      return (headers) =>
        POST(jsonRequest(`/api/articles/${articleId}/revisions`, "POST", headers, { baseNumber: 1, title: "Title", content: doc("Second edit.") }), {
          params: Promise.resolve({ id: articleId }),
        });
    },
  },
  {
    name: "POST /api/articles/:id/workflow/submit",
    okStatus: 200,
    prepare: async () => {
      const { articleId } = await articleWithThread();
      const { POST } = await import("@/app/api/articles/[id]/workflow/[action]/route");
      return (headers) =>
        POST(jsonRequest(`/api/articles/${articleId}/workflow/submit`, "POST", headers, { revisionNumber: 1 }), {
          params: Promise.resolve({ id: articleId, action: "submit" }),
        });
    },
  },
  {
    name: "POST /api/articles/:id/threads",
    okStatus: 201,
    prepare: async () => {
      const { articleId } = await articleWithThread();
      const { POST } = await import("@/app/api/articles/[id]/threads/route");
      return (headers) =>
        POST(jsonRequest(`/api/articles/${articleId}/threads`, "POST", headers, { revision: 1, block: 0, start: 0, end: 5, body: "Injected?" }), {
          params: Promise.resolve({ id: articleId }),
        });
    },
  },
  {
    name: "PATCH /api/articles/:id/threads/:threadId",
    okStatus: 200,
    prepare: async () => {
      const { articleId, thread } = await articleWithThread();
      const { PATCH } = await import("@/app/api/articles/[id]/threads/[threadId]/route");
      return (headers) =>
        PATCH(jsonRequest(`/api/articles/${articleId}/threads/${thread.id}`, "PATCH", headers, { status: "resolved", version: thread.version }), {
          params: Promise.resolve({ id: articleId, threadId: thread.id }),
        });
    },
  },
  {
    name: "POST /api/articles/:id/threads/:threadId/comments",
    okStatus: 201,
    prepare: async () => {
      const { articleId, thread } = await articleWithThread();
      const { POST } = await import("@/app/api/articles/[id]/threads/[threadId]/comments/route");
      return (headers) =>
        POST(jsonRequest(`/api/articles/${articleId}/threads/${thread.id}/comments`, "POST", headers, { body: "Injected reply" }), {
          params: Promise.resolve({ id: articleId, threadId: thread.id }),
        });
    },
  },
];

/** Every row a session route could write, to compare before and after. */
async function snapshot() {
  const [articles, revisions, threads, comments, reviews, audit] = await Promise.all([
    db.article.findMany({ orderBy: { id: "asc" } }),
    db.revision.count(),
    db.commentThread.findMany({ orderBy: { id: "asc" } }),
    db.comment.count(),
    db.review.count(),
    db.auditEvent.count(),
  ]);
  return { articles, revisions, threads, comments, reviews, audit };
}

describe.each(ROUTES)("$name with a valid session cookie", (route) => {
  it.each(CASES)("$name → refused: $refused", async (testCase) => {
    const call = await route.prepare();
    const before = await snapshot();
    const res = await call({ ...testCase.headers, "accept-language": "zh" });
    if (testCase.refused) {
      expect(res.status).toBe(403);
      const body = (await res.json()) as ErrorJson;
      expect(body.error.code).toBe("forbidden");
      expect(body.error.message).toBe("此请求来自其他网站，已被拒绝。请重新加载 Copydesk 后再试。");
      expect(await snapshot()).toEqual(before);
    } else {
      expect(res.status).toBe(route.okStatus);
      expect(await snapshot()).not.toEqual(before);
    }
  });
});

describe("reads are not origin-checked", () => {
  it("GET threads and a revision answer a cross-site fetch (no state changes, CORS keeps the body from the page)", async () => {
    const { articleId } = await articleWithThread();
    const { GET: threads } = await import("@/app/api/articles/[id]/threads/route");
    const { GET: revision } = await import("@/app/api/articles/[id]/revisions/[number]/route");
    const headers = { cookie: editor.cookie, origin: "http://evil.example", "sec-fetch-site": "cross-site" };
    const list = await threads(new Request(`http://localhost/api/articles/${articleId}/threads`, { headers }), { params: Promise.resolve({ id: articleId }) });
    expect(list.status).toBe(200);
    const one = await revision(new Request(`http://localhost/api/articles/${articleId}/revisions/1`, { headers }), {
      params: Promise.resolve({ id: articleId, number: "1" }),
    });
    expect(one.status).toBe(200);
  });

  it("a refused cross-origin request is refused before authentication (403, not 401, without a cookie)", async () => {
    const articleId = await importedArticle(editor.id);
    const { POST } = await import("@/app/api/articles/[id]/revisions/route");
    const res = await POST(
      new Request(`http://localhost/api/articles/${articleId}/revisions`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://evil.example" },
        body: JSON.stringify({ baseNumber: 0, title: "x", content: doc("x") }),
      }),
      { params: Promise.resolve({ id: articleId }) },
    );
    expect(res.status).toBe(403);
  });
});
