import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { migrateTestDb, seedApiToken, INCIDENTAL_QA_OVERRIDE } from "./helpers";
import { checkAgainstOpenApi, validateOpenApiDocument } from "./openapi-check";
import { actorOf, approveNewRevision, approvedArticle, exportGet } from "./publish-helpers";

let db: Db;
let editor: Actor;
let reviewer: Actor;
let token: string;
let importToken: string;
let publish: typeof import("@/lib/use-cases/publish-article") & typeof import("@/lib/use-cases/unpublish-article");
let store: typeof import("@/lib/export/store");

type ExportArticleJson = { id: string; version: number; revisionNumber: number; title: string; body: { html: string; markdown: string; text: string }; links: { self: string; current: string } };
type ListJson = { data: { id: string; state: string; version: number; title?: string; changedAt: string }[]; nextCursor: string | null; links: { next: string | null } };
type ErrorJson = { error: { code: string; message: string; issues?: { path: string }[] } };

beforeAll(async () => {
  db = await migrateTestDb();
  publish = { ...(await import("@/lib/use-cases/publish-article")), ...(await import("@/lib/use-cases/unpublish-article")) };
  store = await import("@/lib/export/store");
  [editor, reviewer] = await Promise.all([actorOf("editor"), actorOf("reviewer")]);
  token = await seedApiToken(["export"]);
  importToken = await seedApiToken(["import"]);
});

// Other instances would see changes within the pointer TTL; tests want them at once.
beforeEach(() => store.clearExportCaches());

/** GET through the route handler, checked against the OpenAPI document. */
async function get(path: string, options: { token?: string | null; headers?: Record<string, string> } = {}) {
  const res = await exportGet(path, { token: options.token === undefined ? token : options.token, headers: options.headers });
  const body = await checkAgainstOpenApi(path, res);
  return { res, body };
}

async function publishedArticle(title = "Published title", ...paragraphs: string[]) {
  const { articleId, revisionNumber } = await approvedArticle(editor, reviewer, title, ...paragraphs);
  await publish.publishArticle({ db, actor: reviewer, articleId, input: { revisionNumber } });
  return { articleId, revisionNumber };
}

describe("export of one article", () => {
  it("serves a published article in JSON, and nothing for an unpublished one", async () => {
    const { articleId, revisionNumber } = await publishedArticle("Markets rally", "Stocks **rose** <b>today</b>.");
    const { res, body } = await get(`/api/v1/export/articles/${articleId}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const article = body as ExportArticleJson;
    expect(article).toMatchObject({ id: articleId, version: 1, revisionNumber, title: "Markets rally" });
    expect(article.body.html).toBe("<p>Stocks **rose** &lt;b&gt;today&lt;/b&gt;.</p>");
    expect(article.body.markdown).toBe("Stocks \\*\\*rose\\*\\* \\<b>today\\</b>.\n");
    expect(article.links).toEqual({ self: `/api/v1/export/articles/${articleId}/versions/1`, current: `/api/v1/export/articles/${articleId}` });

    const { articleId: unpublished } = await approvedArticle(editor, reviewer);
    const missing = await get(`/api/v1/export/articles/${unpublished}`);
    expect(missing.res.status).toBe(404);
    expect((await get("/api/v1/export/articles/does-not-exist")).res.status).toBe(404);
  });

  it("serves HTML, Markdown and text by ?format= or Accept, each with its own strong ETag", async () => {
    const { articleId } = await publishedArticle("Title & more", "Body text.");
    const html = await get(`/api/v1/export/articles/${articleId}?format=html`);
    expect(html.res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(html.res.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(html.body).toContain("<title>Title &amp; more</title>");
    expect(html.body).toContain("<h1>Title &amp; more</h1>\n<p>Body text.</p>");
    const markdown = await get(`/api/v1/export/articles/${articleId}`, { headers: { accept: "text/markdown" } });
    expect(markdown.res.headers.get("content-type")).toMatch(/^text\/markdown; charset=utf-8/);
    expect(markdown.body).toBe("# Title & more\n\nBody text.\n");
    const text = await get(`/api/v1/export/articles/${articleId}`, { headers: { accept: "text/html;q=0.5, text/plain" } });
    expect(text.body).toBe("Title & more\n\nBody text.\n");
    const fallback = await get(`/api/v1/export/articles/${articleId}`, { headers: { accept: "image/png" } });
    expect(fallback.res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const etags = [html, markdown, text, fallback].map((r) => r.res.headers.get("etag"));
    expect(new Set(etags).size).toBe(4);
    for (const etag of etags) expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(html.res.headers.get("vary")).toBe("Accept, Authorization");
  });

  it("answers 400 for an unknown format, naming it", async () => {
    const { articleId } = await publishedArticle();
    const { res, body } = await get(`/api/v1/export/articles/${articleId}?format=pdf`);
    expect(res.status).toBe(400);
    expect((body as ErrorJson).error.issues?.map((i) => i.path)).toEqual(["format"]);
    expect((await get(`/api/v1/export/articles/${articleId}/versions/abc`)).res.status).toBe(400);
  });

  it("answers 304 to If-None-Match with the ETag, with cache headers for a CDN", async () => {
    const { articleId } = await publishedArticle();
    const first = await get(`/api/v1/export/articles/${articleId}`);
    const etag = first.res.headers.get("etag")!;
    expect(first.res.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=60, stale-if-error=300");
    const again = await get(`/api/v1/export/articles/${articleId}`, { headers: { "if-none-match": etag } });
    expect(again.res.status).toBe(304);
    expect(again.res.headers.get("etag")).toBe(etag);
    expect(await again.res.text()).toBe("");
    expect((await get(`/api/v1/export/articles/${articleId}`, { headers: { "if-none-match": `"other", W/${etag}` } })).res.status).toBe(304);
    expect((await get(`/api/v1/export/articles/${articleId}`, { headers: { "if-none-match": '"other"' } })).res.status).toBe(200);
    // The ETag names the bytes: the same version by number has the same one.
    const byNumber = await get(`/api/v1/export/articles/${articleId}/versions/1`, { headers: { "if-none-match": etag } });
    expect(byNumber.res.status).toBe(304);
    expect(byNumber.res.headers.get("cache-control")).toBe("public, max-age=60, s-maxage=600, stale-if-error=3600");
  });

  it("keeps serving the published version while a new revision is edited and approved, until it is published", async () => {
    const { articleId } = await publishedArticle("Version one", "Original text.");
    const before = await get(`/api/v1/export/articles/${articleId}`);
    const second = await approveNewRevision(articleId, editor, reviewer, "Version two", "Edited and approved, not published.");
    store.clearExportCaches();
    const unchanged = await get(`/api/v1/export/articles/${articleId}`);
    expect(unchanged.res.headers.get("etag")).toBe(before.res.headers.get("etag"));
    expect(unchanged.body).toEqual(before.body);

    await publish.publishArticle({ db, actor: reviewer, articleId, input: { revisionNumber: second } });
    const after = await get(`/api/v1/export/articles/${articleId}`);
    expect(after.body).toMatchObject({ version: 2, revisionNumber: second, title: "Version two" });
    expect(after.res.headers.get("etag")).not.toBe(before.res.headers.get("etag"));
    const old = await get(`/api/v1/export/articles/${articleId}/versions/1`);
    expect(old.body).toEqual(before.body);
    expect((await get(`/api/v1/export/articles/${articleId}/versions/3`)).res.status).toBe(404);
  });

  it("answers 410 for a retracted article and its versions, and lists it as a tombstone", async () => {
    const { articleId } = await publishedArticle("To be retracted");
    await publish.unpublishArticle({ db, actor: reviewer, articleId, input: { version: 1 } });
    const gone = await get(`/api/v1/export/articles/${articleId}`);
    expect(gone.res.status).toBe(410);
    expect((gone.body as ErrorJson).error.code).toBe("gone");
    expect((await get(`/api/v1/export/articles/${articleId}/versions/1`)).res.status).toBe(410);
    const list = (await get("/api/v1/export/articles?limit=100")).body as ListJson;
    const tombstone = list.data.find((item) => item.id === articleId);
    expect(tombstone).toMatchObject({ state: "retracted", version: 1 });
    expect(tombstone).not.toHaveProperty("title");
  });
});

describe("the export list", () => {
  it("lists the newest change first, and polls with updatedSince", async () => {
    const { articleId: older } = await publishedArticle("Older");
    const since = new Date();
    await new Promise((r) => setTimeout(r, 5));
    const { articleId: newer } = await publishedArticle("Newer");
    const all = (await get("/api/v1/export/articles")).body as ListJson;
    expect(all.data[0]).toMatchObject({ id: newer, state: "published", title: "Newer", version: 1 });
    const ids = all.data.map((i) => i.id);
    expect(ids.indexOf(newer)).toBeLessThan(ids.indexOf(older));
    const polled = (await get(`/api/v1/export/articles?updatedSince=${encodeURIComponent(since.toISOString())}`)).body as ListJson;
    expect(polled.data.map((i) => i.id)).toEqual([newer]);
  });

  it("pages through 250 articles with the cursor, losing and repeating nothing (ties on changedAt included)", async () => {
    const { importedArticle } = await import("./revision-helpers");
    const { saveRevision } = await import("@/lib/use-cases/save-revision");
    const { doc } = await import("./revision-helpers");
    const { submitRevision } = await import("@/lib/use-cases/submit-revision");
    const { approveRevision } = await import("@/lib/use-cases/approve-revision");
    const base = Date.now() - 3_600_000;
    for (let i = 0; i < 250; i++) {
      const articleId = await importedArticle(editor.id, { targetLang: "fr" });
      await saveRevision({ db, actor: editor, articleId, input: { baseNumber: 0, title: `Article ${i}`, content: doc(`Texte ${i}.`) } });
      await submitRevision({ db, actor: editor, articleId, input: { qaOverride: INCIDENTAL_QA_OVERRIDE, revisionNumber: 1 } });
      await approveRevision({ db, actor: reviewer, articleId, input: { qaOverride: INCIDENTAL_QA_OVERRIDE, revisionNumber: 1 } });
      // Groups of ten share one timestamp, so the order must break ties by id.
      await publish.publishArticle({ db, actor: reviewer, articleId, input: { revisionNumber: 1 }, now: new Date(base + Math.floor(i / 10) * 1000) });
    }
    const seen: string[] = [];
    let path: string | null = "/api/v1/export/articles?lang=fr&limit=17";
    let pages = 0;
    while (path) {
      const { res, body } = await get(path);
      expect(res.status).toBe(200);
      const list = body as ListJson;
      seen.push(...list.data.map((i) => i.id));
      path = list.links.next;
      if (path) expect(path).toContain(`cursor=${list.nextCursor}`);
      pages += 1;
    }
    expect(pages).toBe(Math.ceil(250 / 17));
    expect(seen).toHaveLength(250);
    expect(new Set(seen).size).toBe(250);
    const expected = await db.publication.findMany({ where: { targetLang: "fr" }, orderBy: [{ changedAt: "desc" }, { articleId: "desc" }], select: { articleId: true } });
    expect(seen).toEqual(expected.map((r) => r.articleId));
  }, 120_000);

  it("answers 400 for a bad cursor, limit or updatedSince, naming the parameter", async () => {
    for (const [query, param] of [
      ["cursor=not-a-cursor!", "cursor"],
      [`cursor=${Buffer.from('{"x":1}').toString("base64url")}`, "cursor"],
      [`cursor=${Buffer.from('{"t":9e15,"a":"x"}').toString("base64url")}`, "cursor"],
      [`cursor=${Buffer.from(JSON.stringify({ t: Number.MAX_SAFE_INTEGER, a: "x" })).toString("base64url")}`, "cursor"],
      ["limit=0", "limit"],
      ["limit=101", "limit"],
      ["updatedSince=yesterday", "updatedSince"],
      ["lang=not a language", "lang"],
    ] as const) {
      const { res, body } = await get(`/api/v1/export/articles?${query}`);
      expect(res.status, query).toBe(400);
      expect((body as ErrorJson).error.issues?.map((i) => i.path), query).toEqual([param]);
      expect((body as ErrorJson).error.message + JSON.stringify((body as ErrorJson).error.issues), query).toContain(param);
    }
  });

  it("answers 304 when the page has not changed", async () => {
    await publishedArticle();
    const first = await get("/api/v1/export/articles?limit=5");
    const again = await get("/api/v1/export/articles?limit=5", { headers: { "if-none-match": first.res.headers.get("etag")! } });
    expect(again.res.status).toBe(304);
  });
});

describe("export authentication and limits", () => {
  it("answers 401 without a token or with an unknown one, 403 without the export scope", async () => {
    const { articleId } = await publishedArticle();
    expect((await get(`/api/v1/export/articles/${articleId}`, { token: null })).res.status).toBe(401);
    expect((await get("/api/v1/export/articles", { token: null })).res.status).toBe(401);
    expect((await get("/api/v1/export/articles", { token: "cdk_unknown" })).res.status).toBe(401);
    const forbidden = await get(`/api/v1/export/articles/${articleId}`, { token: importToken });
    expect(forbidden.res.status).toBe(403);
    expect((forbidden.body as ErrorJson).error.message).toContain("export");
  });

  it("looks a token up (and writes lastUsedAt) once per cache period, not per request", async () => {
    const { articleId } = await publishedArticle();
    const { hashToken } = await import("@/lib/auth/api-tokens");
    const { setExportTokenClock, TOKEN_CACHE_TTL_MS } = await import("@/lib/export/token-auth");
    let now = Date.now();
    setExportTokenClock(() => now);
    try {
      const fresh = await seedApiToken(["export"]);
      const where = { tokenHash: hashToken(fresh) };
      expect((await get(`/api/v1/export/articles/${articleId}`, { token: fresh })).res.status).toBe(200);
      // The lastUsedAt write of the lookup is fire-and-forget: wait for it, not for a fixed time.
      await expect.poll(async () => (await db.apiToken.findUniqueOrThrow({ where })).lastUsedAt).not.toBeNull();
      // Revoked in the database: only a request that skips the lookup can still succeed.
      await db.apiToken.update({ where, data: { revokedAt: new Date() } });
      for (let i = 0; i < 20; i++) expect((await get(`/api/v1/export/articles/${articleId}`, { token: fresh })).res.status).toBe(200);
      now += TOKEN_CACHE_TTL_MS - 1;
      expect((await get(`/api/v1/export/articles/${articleId}`, { token: fresh })).res.status).toBe(200);
      // The cached entry expires on the injected clock; the next request looks the token up and sees the revocation.
      now += 1;
      expect((await get(`/api/v1/export/articles/${articleId}`, { token: fresh })).res.status).toBe(401);
    } finally {
      setExportTokenClock();
    }
  });

  it("rate-limits per token with 429 and Retry-After, leaving other tokens alone", async () => {
    const { articleId } = await publishedArticle();
    const busy = await seedApiToken(["export"]);
    let limited: Response | null = null;
    // The bucket refills with time; hold the clock still so a slow (loaded) machine cannot refill it faster than the loop drains it.
    const frozen = vi.spyOn(Date, "now").mockReturnValue(Date.now());
    try {
      for (let i = 0; i < 500 && !limited; i++) {
        const { res } = await get(`/api/v1/export/articles/${articleId}`, { token: busy });
        if (res.status === 429) limited = res;
        else expect(res.status).toBe(200);
      }
    } finally {
      frozen.mockRestore();
    }
    expect(limited).not.toBeNull();
    expect(Number(limited!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await get(`/api/v1/export/articles/${articleId}`)).res.status).toBe(200);
  });
});

describe("the OpenAPI document", () => {
  it("is served at /api/v1/openapi.json and describes every export path", async () => {
    const res = await exportGet("/api/v1/openapi.json");
    expect(res.status).toBe(200);
    const document = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe("3.1.0");
    await expect(validateOpenApiDocument(document)).resolves.toBeUndefined();
    // The validator does refuse what the OpenAPI 3.1 schema does not allow (the bug it caught: a description on a Media Type Object).
    const broken = structuredClone(document) as { paths: Record<string, { get: { responses: Record<string, { content: Record<string, object> }> } }> };
    broken.paths["/api/v1/export/articles/{id}"]!.get.responses["200"]!.content["text/plain"] = { schema: { type: "string" }, description: "x" };
    await expect(validateOpenApiDocument(broken)).rejects.toThrow(/unevaluated properties/);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(["/api/v1/export/articles", "/api/v1/export/articles/{id}", "/api/v1/export/articles/{id}/versions/{version}"]),
    );
    // The checker used throughout this file does refuse what the document does not allow.
    const wrong = new Response(JSON.stringify({ id: "x", version: 0 }), { headers: { "content-type": "application/json", etag: '"a"', "cache-control": "x", vary: "x" } });
    await expect(checkAgainstOpenApi("/api/v1/export/articles/x", wrong)).rejects.toThrow(/does not match/);
    const undocumented = new Response("", { status: 418 });
    await expect(checkAgainstOpenApi("/api/v1/export/articles/x", undocumented)).rejects.toThrow(/not documented/);
    // Every local $ref resolves.
    const text = JSON.stringify(document);
    for (const [, target] of text.matchAll(/"\$ref":"#\/([^"]+)"/g)) {
      const resolved = target!.split("/").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);
      expect(resolved, target).toBeDefined();
    }
  });
});
