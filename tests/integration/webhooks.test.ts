import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { migrateTestDb } from "./helpers";
import { actorOf, approvedArticle } from "./publish-helpers";
import { eventually, startReceiver, type Answer } from "./webhook-receiver";

// The receiver listens on 127.0.0.1, a private address webhooks refuse by
// default; this file is an on-premises setup (the worker child inherits it).
vi.hoisted(() => {
  process.env.COPYDESK_WEBHOOKS_ALLOW_PRIVATE = "1";
});

let db: Db;
let admin: Actor;
let editor: Actor;
let reviewer: Actor;
let manage: typeof import("@/lib/use-cases/manage-webhooks");
let outbox: typeof import("@/lib/webhooks/outbox");
let workers: typeof import("@/lib/webhooks/worker");

let answers: (n: number) => Answer = () => 204;
let secret: string | null = null;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  db = await migrateTestDb();
  [manage, outbox, workers] = await Promise.all([
    import("@/lib/use-cases/manage-webhooks"),
    import("@/lib/webhooks/outbox"),
    import("@/lib/webhooks/worker"),
  ]);
  [admin, editor, reviewer] = await Promise.all([actorOf("admin"), actorOf("editor"), actorOf("reviewer")]);
  receiver = await startReceiver(() => secret, (n) => answers(n));
});

afterEach(async () => {
  await db.webhookEndpoint.deleteMany();
  await db.webhookEvent.deleteMany();
  receiver.received.length = 0;
  answers = () => 204;
});

afterAll(async () => {
  await receiver.close();
});

const codeOf = async (promise: Promise<unknown>) => promise.then(() => "ok", (error: { code?: string }) => error.code ?? String(error));

async function endpoint(url = receiver.url) {
  const created = await manage.createWebhookEndpoint({ db, actor: admin, input: { url, description: "test" } });
  secret = created.secret;
  return created;
}

async function enqueue(data: Record<string, unknown> = { articleId: "a1", version: 1 }) {
  const [event] = await db.$transaction([outbox.webhookEvent(db, { type: "article.published", data })]);
  return event.id;
}

const fastWorker = (overrides: Partial<Parameters<typeof workers.createWebhookWorker>[0]> = {}) =>
  workers.createWebhookWorker({ db, timeoutMs: 2000, retry: { baseDelayMs: 20, maxDelayMs: 100, maxAttempts: 8 }, ...overrides });

/** Ticks until every delivery of the event has left "pending". */
async function runUntilSettled(worker: ReturnType<typeof fastWorker>, eventId: string) {
  return eventually(async () => {
    await worker.tick();
    const deliveries = await db.webhookDelivery.findMany({ where: { eventId }, include: { attempts: { orderBy: { attemptedAt: "asc" } } } });
    return deliveries.length > 0 && deliveries.every((d) => d.status !== "pending") ? deliveries : null;
  });
}

describe("webhook delivery", () => {
  it("signs each attempt so an independent verifier accepts it, retries with backoff, and is delivered once after two failures", async () => {
    await endpoint();
    answers = (n) => (n <= 2 ? 500 : 200);
    const eventId = await enqueue({ articleId: "a1", version: 3, title: "标题" });
    const [delivery] = await runUntilSettled(fastWorker(), eventId);

    expect(delivery).toMatchObject({ status: "delivered", attemptCount: 3, lockedUntil: null });
    expect(delivery!.deliveredAt).toBeInstanceOf(Date);
    expect(delivery!.attempts.map((a) => a.statusCode)).toEqual([500, 500, 200]);
    expect(delivery!.attempts.every((a) => a.error === null && a.durationMs >= 0)).toBe(true);
    // Backoff: the second retry waited at least twice the base after the first.
    const [a1, a2, a3] = delivery!.attempts.map((a) => a.attemptedAt.getTime());
    expect(a2! - a1!).toBeGreaterThanOrEqual(20);
    expect(a3! - a2!).toBeGreaterThanOrEqual(40);

    expect(receiver.received).toHaveLength(3);
    const event = await db.webhookEvent.findUniqueOrThrow({ where: { id: eventId } });
    for (const r of receiver.received) {
      expect(r.verified).toBe(true);
      expect(r.headers["webhook-id"]).toBe(eventId);
      expect(r.headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
      expect(Math.abs(Number(r.headers["webhook-timestamp"]) - Date.now() / 1000)).toBeLessThan(30);
      expect(r.headers["content-type"]).toBe("application/json");
      expect(r.body).toBe(event.payload);
    }
    expect(JSON.parse(receiver.received[0]!.body)).toMatchObject({ type: "article.published", data: { articleId: "a1", version: 3, title: "标题" } });

    // Nothing more is sent for a delivered event.
    await fastWorker().tick();
    expect(receiver.received).toHaveLength(3);
  });

  it("fans an event out once per enabled endpoint, however often it runs", async () => {
    const a = await endpoint();
    const b = await endpoint();
    const off = await endpoint();
    await manage.setWebhookEndpointEnabled({ db, actor: admin, endpointId: off.id, enabled: false });
    secret = null;
    const eventId = await enqueue();
    const worker = fastWorker();
    await Promise.all([worker.tick(), worker.tick()]);
    await worker.tick();
    const deliveries = await db.webhookDelivery.findMany({ where: { eventId }, select: { endpointId: true } });
    expect(deliveries.map((d) => d.endpointId).sort()).toEqual([a.id, b.id].sort());
    expect((await db.webhookEvent.findUniqueOrThrow({ where: { id: eventId } })).fannedOutAt).toBeInstanceOf(Date);
  });

  it("records timeouts and refused connections, fails after the last attempt, and an admin's resend delivers it", async () => {
    const { id: endpointId } = await endpoint();
    answers = () => "hang";
    const eventId = await enqueue();
    const worker = fastWorker({ timeoutMs: 150, retry: { baseDelayMs: 10, maxDelayMs: 10, maxAttempts: 2 } });
    const [failed] = await runUntilSettled(worker, eventId);
    expect(failed).toMatchObject({ status: "failed", attemptCount: 2, deliveredAt: null });
    expect(failed!.attempts.map((a) => [a.statusCode, a.error])).toEqual([[null, "timeout"], [null, "timeout"]]);
    expect(failed!.attempts[0]!.durationMs).toBeGreaterThanOrEqual(100);

    expect(await codeOf(manage.resendWebhookDelivery({ db, actor: editor, deliveryId: failed!.id }))).toBe("forbidden");
    expect(await codeOf(manage.resendWebhookDelivery({ db, actor: admin, deliveryId: "nope" }))).toBe("not_found");
    answers = () => 204;
    await manage.resendWebhookDelivery({ db, actor: admin, deliveryId: failed!.id });
    expect(await db.auditEvent.count({ where: { action: "webhook.resent", subjectId: failed!.id, actorId: admin.id } })).toBe(1);
    const [resent] = await runUntilSettled(worker, eventId);
    expect(resent).toMatchObject({ status: "delivered", attemptCount: 1 });
    expect(resent!.attempts.map((a) => a.statusCode)).toEqual([null, null, 204]);

    // A URL where nothing listens is an error attempt, not a crash of the worker.
    await db.webhookEndpoint.update({ where: { id: endpointId }, data: { url: "http://127.0.0.1:1/hook" } });
    const second = await enqueue();
    const [refused] = await runUntilSettled(worker, second);
    expect(refused!.attempts[0]).toMatchObject({ statusCode: null, error: expect.stringMatching(/ECONNREFUSED|fetch failed/) });
  });

  it("holds deliveries of a disabled endpoint and fans nothing out to it until it is enabled again", async () => {
    const { id } = await endpoint();
    answers = (n) => (n === 1 ? 503 : 204);
    const worker = fastWorker({ retry: { baseDelayMs: 1, maxDelayMs: 1, maxAttempts: 8 } });
    const eventId = await enqueue();
    await worker.tick();
    await manage.setWebhookEndpointEnabled({ db, actor: admin, endpointId: id, enabled: false });
    const whileDisabled = await enqueue();
    await new Promise((r) => setTimeout(r, 20));
    await worker.tick();
    await worker.tick();
    expect(await db.webhookDelivery.findFirstOrThrow({ where: { eventId } })).toMatchObject({ status: "pending", attemptCount: 1 });
    expect(await db.webhookDelivery.count({ where: { eventId: whileDisabled } })).toBe(0);
    expect(receiver.received).toHaveLength(1);
    await manage.setWebhookEndpointEnabled({ db, actor: admin, endpointId: id, enabled: true });
    const [delivered] = await runUntilSettled(worker, eventId);
    expect(delivered).toMatchObject({ status: "delivered", attemptCount: 2 });
  });

  it("delivers the event of a real publish", async () => {
    await endpoint();
    const { publishArticle } = await import("@/lib/use-cases/publish-article");
    const { articleId, revisionNumber } = await approvedArticle(editor, reviewer, "Published title", "Body.");
    await publishArticle({ db, actor: reviewer, articleId, input: { revisionNumber } });
    const event = await db.webhookEvent.findFirstOrThrow({ where: { type: "article.published" }, orderBy: { createdAt: "desc" } });
    const [delivery] = await runUntilSettled(fastWorker(), event.id);
    expect(delivery!.status).toBe("delivered");
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]!.verified).toBe(true);
    expect(JSON.parse(receiver.received[0]!.body)).toMatchObject({ type: "article.published", data: { articleId, version: 1, revisionNumber } });
  });
});

describe("webhook endpoint administration", () => {
  it("creates endpoints with a whsec_ secret and audits create, disable, enable and delete", async () => {
    const { id, secret: created } = await endpoint("https://hooks.example/in");
    expect(created).toMatch(/^whsec_/);
    const stored = await db.webhookEndpoint.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ url: "https://hooks.example/in", description: "test", enabled: true, secret: created, createdById: admin.id });
    await manage.setWebhookEndpointEnabled({ db, actor: admin, endpointId: id, enabled: false });
    await manage.setWebhookEndpointEnabled({ db, actor: admin, endpointId: id, enabled: false });
    await manage.setWebhookEndpointEnabled({ db, actor: admin, endpointId: id, enabled: true });
    await manage.deleteWebhookEndpoint({ db, actor: admin, endpointId: id });
    expect(await db.webhookEndpoint.count({ where: { id } })).toBe(0);
    const actions = await db.auditEvent.findMany({ where: { subjectId: id }, orderBy: { createdAt: "asc" }, select: { action: true, details: true } });
    expect(actions.map((a) => a.action)).toEqual(["webhook.endpoint_created", "webhook.endpoint_disabled", "webhook.endpoint_enabled", "webhook.endpoint_deleted"]);
    expect(actions.some((a) => a.details.includes("whsec_"))).toBe(false);
    expect(await codeOf(manage.deleteWebhookEndpoint({ db, actor: admin, endpointId: id }))).toBe("not_found");
  });

  it("refuses non-admins (403) and bad URLs (422), writing nothing", async () => {
    const before = await db.auditEvent.count();
    expect(await codeOf(manage.createWebhookEndpoint({ db, actor: editor, input: { url: "https://x.example/" } }))).toBe("forbidden");
    expect(await codeOf(manage.createWebhookEndpoint({ db, actor: reviewer, input: { url: "https://x.example/" } }))).toBe("forbidden");
    const invalid = await manage.createWebhookEndpoint({ db, actor: admin, input: { url: "ftp://x.example/" } }).catch((e: unknown) => e);
    expect(invalid).toMatchObject({ code: "validation_failed", issues: [{ path: "url", code: "invalid_url" }] });
    const { id } = await endpoint("https://hooks.example/in");
    expect(await codeOf(manage.setWebhookEndpointEnabled({ db, actor: editor, endpointId: id, enabled: false }))).toBe("forbidden");
    expect(await codeOf(manage.deleteWebhookEndpoint({ db, actor: reviewer, endpointId: id }))).toBe("forbidden");
    expect(await db.webhookEndpoint.count()).toBe(1);
    expect(await db.auditEvent.count()).toBe(before + 1);
  });
});
