/**
 * The QA dismissals API: GET/POST /api/articles/:id/qa-dismissals and
 * DELETE …/:dismissalId. Session only (401), same origin only (403), editors
 * not while the article is in review (403; reviewers may), each bad field
 * named (422); a refusal stores nothing, a change writes its audit event.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { migrateTestDb } from "./helpers";
import { importedArticle, signedInUser, type ErrorJson } from "./revision-helpers";

let db: Db;
type User = Awaited<ReturnType<typeof signedInUser>>;
let editor: User;
let reviewer: User;

beforeAll(async () => {
  db = await migrateTestDb();
  [editor, reviewer] = await Promise.all([signedInUser("editor"), signedInUser("reviewer")]);
});

const VALID = { check: "capitals", sourceText: "第一段。", targetText: "First paragraph And more.", spanText: "And", reason: "intended" };

function request(url: string, method: string, options: { cookie?: string | null; body?: unknown; headers?: Record<string, string> }) {
  return new Request(`http://localhost${url}`, {
    method,
    headers: { "content-type": "application/json", "accept-language": "en", ...(options.cookie ? { cookie: options.cookie } : {}), ...options.headers },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
}

async function list(articleId: string, cookie: string | null) {
  const { GET } = await import("@/app/api/articles/[id]/qa-dismissals/route");
  return GET(request(`/api/articles/${articleId}/qa-dismissals`, "GET", { cookie }), { params: Promise.resolve({ id: articleId }) });
}

async function create(articleId: string, body: unknown, cookie: string | null, headers?: Record<string, string>) {
  const { POST } = await import("@/app/api/articles/[id]/qa-dismissals/route");
  return POST(request(`/api/articles/${articleId}/qa-dismissals`, "POST", { cookie, body, headers }), { params: Promise.resolve({ id: articleId }) });
}

async function remove(articleId: string, dismissalId: string, cookie: string | null, headers?: Record<string, string>) {
  const { DELETE } = await import("@/app/api/articles/[id]/qa-dismissals/[dismissalId]/route");
  return DELETE(request(`/api/articles/${articleId}/qa-dismissals/${dismissalId}`, "DELETE", { cookie, headers }), {
    params: Promise.resolve({ id: articleId, dismissalId }),
  });
}

const stored = async (articleId: string) => ({
  dismissals: await db.qaDismissal.count({ where: { articleId } }),
  events: await db.auditEvent.count({ where: { articleId, action: { startsWith: "qa." } } }),
});

type DismissalJson = { dismissal: { id: string; check: string; spanText: string; reason: string; note: string | null; userId: string; userName: string; createdAt: string } };

describe("qa-dismissals API", () => {
  it("dismisses (201 with the view and an audit event), lists and takes back (204)", async () => {
    const id = await importedArticle(editor.id);
    const res = await create(id, { ...VALID, reason: "other", note: "A proper noun here." }, editor.cookie);
    expect(res.status).toBe(201);
    const { dismissal } = (await res.json()) as DismissalJson;
    expect(dismissal).toMatchObject({ ...VALID, reason: "other", note: "A proper noun here.", userId: editor.id, userName: editor.name });
    expect(new Date(dismissal.createdAt).toISOString()).toBe(dismissal.createdAt);
    const event = await db.auditEvent.findFirstOrThrow({ where: { articleId: id, action: "qa.dismissed" } });
    expect(event).toMatchObject({ actorId: editor.id, subjectId: dismissal.id });
    expect(JSON.parse(event.details)).toMatchObject({ check: "capitals", spanText: "And", reason: "other", note: "A proper noun here." });

    const listed = await list(id, reviewer.cookie);
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as { dismissals: unknown[] }).dismissals).toEqual([dismissal]);

    const gone = await remove(id, dismissal.id, reviewer.cookie);
    expect(gone.status).toBe(204);
    expect(await stored(id)).toEqual({ dismissals: 0, events: 2 });
    const removed = await db.auditEvent.findFirstOrThrow({ where: { articleId: id, action: "qa.dismissal_removed" } });
    expect(removed).toMatchObject({ actorId: reviewer.id, subjectId: dismissal.id });
    expect((await remove(id, dismissal.id, reviewer.cookie)).status).toBe(404);
  });

  it("answers 401 without a session, and stores nothing", async () => {
    const id = await importedArticle(editor.id);
    expect((await list(id, null)).status).toBe(401);
    expect((await create(id, VALID, null)).status).toBe(401);
    expect(await stored(id)).toEqual({ dismissals: 0, events: 0 });
  });

  it("refuses a cross-origin POST or DELETE with 403, and changes nothing", async () => {
    const id = await importedArticle(editor.id);
    const res = await create(id, VALID, editor.cookie, { origin: "http://evil.example" });
    expect(res.status).toBe(403);
    expect(await stored(id)).toEqual({ dismissals: 0, events: 0 });
    const { dismissal } = (await (await create(id, VALID, editor.cookie)).json()) as DismissalJson;
    expect((await remove(id, dismissal.id, editor.cookie, { "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect(await stored(id)).toEqual({ dismissals: 1, events: 1 });
  });

  it("refuses an editor while the article is in review (403) but lets a reviewer dismiss", async () => {
    const id = await importedArticle(editor.id);
    const { dismissal } = (await (await create(id, VALID, editor.cookie)).json()) as DismissalJson;
    await db.article.update({ where: { id }, data: { status: "in_review" } });
    const refused = await create(id, VALID, editor.cookie);
    expect(refused.status).toBe(403);
    expect((await remove(id, dismissal.id, editor.cookie)).status).toBe(403);
    expect(await stored(id)).toEqual({ dismissals: 1, events: 1 });
    expect((await create(id, VALID, reviewer.cookie)).status).toBe(201);
    expect(await stored(id)).toEqual({ dismissals: 2, events: 2 });
  });

  it("answers 404 for an unknown article or a dismissal of another article", async () => {
    const id = await importedArticle(editor.id);
    const other = await importedArticle(editor.id);
    expect((await create("no-such-article", VALID, editor.cookie)).status).toBe(404);
    const { dismissal } = (await (await create(id, VALID, editor.cookie)).json()) as DismissalJson;
    expect((await remove(other, dismissal.id, editor.cookie)).status).toBe(404);
    expect(await stored(id)).toEqual({ dismissals: 1, events: 1 });
  });

  const BAD: [string, unknown, string[]][] = [
    ["no body fields", {}, ["check", "sourceText", "targetText", "spanText", "reason"]],
    ["an unknown check", { ...VALID, check: "grammar" }, ["check"]],
    ["an unknown reason", { ...VALID, reason: "bored" }, ["reason"]],
    ["reason other without a note", { ...VALID, reason: "other" }, ["note"]],
    ["reason other with a blank note", { ...VALID, reason: "other", note: "   " }, ["note"]],
    ["an empty span", { ...VALID, spanText: "" }, ["spanText"]],
    ["a span over 1,000 characters", { ...VALID, spanText: "x".repeat(1001) }, ["spanText"]],
    ["a sentence over 10,000 characters", { ...VALID, targetText: "x".repeat(10_001) }, ["targetText"]],
    ["a note over 1,000 characters", { ...VALID, note: "x".repeat(1001) }, ["note"]],
    ["a number for a text", { ...VALID, sourceText: 3 }, ["sourceText"]],
    ["an unknown field", { ...VALID, severity: "error" }, ["severity"]],
  ];
  it.each(BAD)("refuses %s with 422 naming the field, and stores nothing", async (_name, body, paths) => {
    const id = await importedArticle(editor.id);
    const res = await create(id, body, editor.cookie);
    expect(res.status).toBe(422);
    const json = (await res.json()) as ErrorJson;
    expect(json.error.issues?.map((i) => i.path).sort()).toEqual([...paths].sort());
    expect(await stored(id)).toEqual({ dismissals: 0, events: 0 });
  });

  it("stores the texts cleaned of control characters, spaces kept", async () => {
    const id = await importedArticle(editor.id);
    const res = await create(id, { ...VALID, check: "spacing", targetText: "platforms .\u0000", spanText: " " }, editor.cookie);
    expect(res.status).toBe(201);
    const row = await db.qaDismissal.findFirstOrThrow({ where: { articleId: id } });
    expect(row).toMatchObject({ targetText: "platforms .", spanText: " " });
  });
});
