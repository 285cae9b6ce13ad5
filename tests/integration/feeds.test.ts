import { parseFeed } from "@rowanmanning/feed-parser";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { migrateTestDb, seedApiToken } from "./helpers";
import { checkAgainstOpenApi } from "./openapi-check";
import { actorOf, approveNewRevision } from "./publish-helpers";
import { importedArticle } from "./revision-helpers";

let db: Db;
let admin: Actor;
let editor: Actor;
let reviewer: Actor;
let exportToken: string;
let importToken: string;
let setFeeds: (isPublic: boolean) => Promise<{ changed: boolean }>;
const ids: Record<string, string> = {};

async function published(name: string, targetLang: string, title: string, at: string) {
  const { publishArticle } = await import("@/lib/use-cases/publish-article");
  const articleId = await importedArticle(editor.id, { targetLang });
  const revisionNumber = await approveNewRevision(articleId, editor, reviewer, title, `${title} body.`);
  await publishArticle({ db, actor: reviewer, articleId, input: { revisionNumber }, now: new Date(at) });
  ids[name] = articleId;
  return articleId;
}

beforeAll(async () => {
  db = await migrateTestDb();
  [admin, editor, reviewer] = await Promise.all([actorOf("admin"), actorOf("editor"), actorOf("reviewer")]);
  [exportToken, importToken] = await Promise.all([seedApiToken(["export"]), seedApiToken(["import"])]);
  const { changeFeedsSetting } = await import("@/lib/use-cases/change-feeds-setting");
  setFeeds = (isPublic) => changeFeedsSetting({ db, actor: admin, input: { public: isPublic } });
  const { publishArticle } = await import("@/lib/use-cases/publish-article");
  const { unpublishArticle } = await import("@/lib/use-cases/unpublish-article");

  await published("oldest", "en", "Oldest <story>", "2026-01-01T00:00:00Z");
  await published("british", "en-GB", "British story", "2026-01-02T00:00:00Z");
  await published("french", "fr", "Histoire", "2026-01-03T00:00:00Z");
  const retracted = await published("retracted", "en", "Retracted story", "2026-01-04T00:00:00Z");
  await unpublishArticle({ db, actor: reviewer, articleId: retracted, input: { version: 1 } });
  // Published twice: the feed shows the live (second) version once.
  const twice = await published("twice", "en", "First version", "2026-01-05T00:00:00Z");
  const second = await approveNewRevision(twice, editor, reviewer, "Second version", "Second body.");
  await publishArticle({ db, actor: reviewer, articleId: twice, input: { revisionNumber: second }, now: new Date("2026-01-06T00:00:00Z") });
});

async function get(lang: string, format: string, options: { token?: string; query?: string; headers?: Record<string, string> } = {}) {
  const { GET } = await import("@/app/api/v1/feeds/[lang]/[format]/route");
  const url = `http://localhost/api/v1/feeds/${encodeURIComponent(lang)}/${format}${options.query ?? ""}`;
  const headers = { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers };
  const response = await GET(new Request(url, { headers }), { params: Promise.resolve({ lang, format }) });
  // Every answer, error or not, must be one the OpenAPI document describes.
  await checkAgainstOpenApi(url, response);
  return response;
}

describe("feeds", () => {
  it("serves an Atom feed of the live versions in one language, newest first, read by a real feed parser", async () => {
    await setFeeds(true);
    const response = await get("en", "atom");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    const feed = parseFeed(await response.text());
    expect(feed.title).toBe("Copydesk — English");
    expect(feed.items.map((i) => i.title)).toEqual(["Second version", "British story", "Oldest <story>"]);
    const [live] = feed.items;
    expect(live?.id).toBe(`urn:copydesk:article:${ids.twice}`);
    expect(live?.url).toMatch(new RegExp(`/api/v1/export/articles/${ids.twice}$`));
    expect(live?.content).toBe("<p>Second body.</p>");
    expect(live?.published?.toISOString()).toBe("2026-01-06T00:00:00.000Z");
    expect(feed.updated?.toISOString()).toBe("2026-01-06T00:00:00.000Z");
  });

  it("serves the same entries as a JSON Feed", async () => {
    const response = await get("en", "json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/feed+json; charset=utf-8");
    const feed = (await response.json()) as { version: string; title: string; feed_url: string; items: { id: string; title: string; content_html: string; date_published: string }[] };
    expect(feed.version).toBe("https://jsonfeed.org/version/1");
    expect(feed.feed_url).toMatch(/\/api\/v1\/feeds\/en\/json$/);
    expect(feed.items.map((i) => [i.title, i.date_published])).toEqual([
      ["Second version", "2026-01-06T00:00:00.000Z"],
      ["British story", "2026-01-02T00:00:00.000Z"],
      ["Oldest <story>", "2026-01-01T00:00:00.000Z"],
    ]);
    expect(feed.items[2]!.content_html).toBe("<p>Oldest &lt;story&gt; body.</p>");
  });

  it("canonicalizes the language, answers 404 for a malformed tag or format, and an empty feed for a language with nothing published", async () => {
    const british = parseFeed(await (await get("EN-gb", "atom")).text());
    expect(british.items.map((i) => i.title)).toEqual(["British story"]);
    expect((await get("not a tag", "atom")).status).toBe(404);
    expect((await get("en", "rss")).status).toBe(404);
    const german = await get("de", "atom");
    expect(german.status).toBe(200);
    expect(parseFeed(await german.text()).items).toEqual([]);
    const zh = (await (await get("fr", "json", { headers: { "accept-language": "zh" } })).json()) as { title: string; items: unknown[] };
    expect(zh.title).toBe("Copydesk — 法语");
    expect(zh.items).toHaveLength(1);
  });

  it("answers 304 to a matching If-None-Match", async () => {
    const first = await get("en", "atom");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    expect((await get("en", "atom", { headers: { "if-none-match": etag } })).status).toBe(304);
  });

  it("needs an export token (Bearer or ?token=) while the setting is off", async () => {
    await setFeeds(false);
    for (const format of ["atom", "json"]) {
      expect((await get("en", format)).status).toBe(401);
      expect((await get("not a tag", format)).status).toBe(401);
      expect((await get("en", format, { token: "cdk_wrong" })).status).toBe(401);
      expect((await get("en", format, { token: importToken })).status).toBe(403);
      const bearer = await get("en", format, { token: exportToken });
      expect(bearer.status).toBe(200);
      expect(bearer.headers.get("cache-control")).toBe("private, max-age=60");
      expect((await get("en", format, { query: `?token=${encodeURIComponent(exportToken)}` })).status).toBe(200);
    }
    const body = await (await get("en", "atom", { query: `?token=${encodeURIComponent(exportToken)}` })).text();
    expect(parseFeed(body).items).toHaveLength(3);
    // The token never appears in the feed's own links.
    expect(body).not.toContain(exportToken);
  });

  it("lets only admins change the setting, auditing each change once", async () => {
    const { changeFeedsSetting } = await import("@/lib/use-cases/change-feeds-setting");
    const before = await db.auditEvent.count({ where: { action: "setting.changed" } });
    expect(await changeFeedsSetting({ db, actor: editor, input: { public: true } }).catch((e: { code: string }) => e.code)).toBe("forbidden");
    expect(await changeFeedsSetting({ db, actor: reviewer, input: { public: true } }).catch((e: { code: string }) => e.code)).toBe("forbidden");
    // @ts-expect-error the typed input forbids this; a non-boolean is refused at run time too
    expect(await changeFeedsSetting({ db, actor: admin, input: { public: "yes" } }).catch((e: { code: string }) => e.code)).toBe("validation_failed");
    expect(await setFeeds(true)).toMatchObject({ changed: true });
    expect(await setFeeds(true)).toMatchObject({ changed: false });
    expect((await db.setting.findUniqueOrThrow({ where: { key: "feeds.public" } })).value).toBe("true");
    const events = await db.auditEvent.findMany({ where: { action: "setting.changed" }, orderBy: { createdAt: "asc" } });
    expect(events).toHaveLength(before + 1);
    expect(JSON.parse(events.at(-1)!.details)).toEqual({ key: "feeds.public", from: false, to: true });
    expect(events.at(-1)!.actorId).toBe(admin.id);
    expect((await get("en", "atom")).status).toBe(200);
  });

  it("lets one of two concurrent changes win and audits only that one", async () => {
    await setFeeds(false);
    const before = await db.auditEvent.count({ where: { action: "setting.changed" } });
    const results = await Promise.allSettled([setFeeds(true), setFeeds(true)]);
    const changed = results.filter((r) => r.status === "fulfilled" && r.value.changed);
    expect(changed).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect((r.reason as { code: string }).code).toBe("conflict");
    expect(await db.auditEvent.count({ where: { action: "setting.changed" } })).toBe(before + 1);
  });
});
