/**
 * Webhook targets cannot probe the server's own network: without
 * COPYDESK_WEBHOOKS_ALLOW_PRIVATE, registering a loopback, private,
 * link-local or unique-local address is a 422 naming the URL, and at delivery
 * time the address a name resolves to is checked and then connected to
 * (DNS rebinding: no second lookup).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { migrateTestDb } from "./helpers";
import { actorOf } from "./publish-helpers";
import { eventually, startReceiver } from "./webhook-receiver";

// This file tests the default: private targets refused.
vi.hoisted(() => {
  delete process.env.COPYDESK_WEBHOOKS_ALLOW_PRIVATE;
});

let db: Db;
let admin: Actor;
let manage: typeof import("@/lib/use-cases/manage-webhooks");
let outbox: typeof import("@/lib/webhooks/outbox");
let workers: typeof import("@/lib/webhooks/worker");
let secret: string | null = null;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  db = await migrateTestDb();
  [manage, outbox, workers] = await Promise.all([
    import("@/lib/use-cases/manage-webhooks"),
    import("@/lib/webhooks/outbox"),
    import("@/lib/webhooks/worker"),
  ]);
  admin = await actorOf("admin");
  receiver = await startReceiver(() => secret);
});

afterEach(async () => {
  await db.webhookEndpoint.deleteMany();
  await db.webhookEvent.deleteMany();
  receiver.received.length = 0;
});

afterAll(async () => {
  await receiver.close();
});

const receiverPort = () => new URL(receiver.url).port;

async function deliverOnce(url: string, options: Partial<Parameters<typeof workers.createWebhookWorker>[0]>) {
  const created = await manage.createWebhookEndpoint({ db, actor: admin, input: { url } });
  secret = created.secret;
  const [event] = await db.$transaction([outbox.webhookEvent(db, { type: "article.published", data: { articleId: "a1", version: 1 } })]);
  const worker = workers.createWebhookWorker({ db, timeoutMs: 2000, retry: { maxAttempts: 1 }, ...options });
  return eventually(async () => {
    await worker.tick();
    const delivery = await db.webhookDelivery.findFirst({ where: { eventId: event.id }, include: { attempts: true } });
    return delivery && delivery.status !== "pending" ? delivery : null;
  });
}

describe("registering a webhook endpoint", () => {
  it.each([
    "http://127.0.0.1:9/probe",
    "http://127.1.2.3/",
    "http://2130706433/",
    "http://0.0.0.0:8080/",
    "http://[::]/",
    "http://[::1]:9/",
    "http://[::ffff:127.0.0.1]/",
    "http://10.0.0.1/",
    "http://172.16.5.4/",
    "http://192.168.1.1/",
    "http://169.254.169.254/latest/meta-data/",
    "http://[fe80::1]/",
    "http://[fd00::1]/",
    "http://localhost:9/",
  ])("refuses %s with a 422 naming the URL, writing nothing", async (url) => {
    const audit = await db.auditEvent.count();
    const error = await manage.createWebhookEndpoint({ db, actor: admin, input: { url } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "validation_failed", status: 422, issues: [{ path: "url", code: "private_address" }] });
    expect(await db.webhookEndpoint.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(audit);
  });

  it("accepts public addresses and names (names are checked when delivering)", async () => {
    for (const url of ["https://hooks.example/in", "http://93.184.216.34/in", "https://[2606:4700:4700::1111]/in"]) {
      await expect(manage.createWebhookEndpoint({ db, actor: admin, input: { url } })).resolves.toMatchObject({ secret: expect.stringMatching(/^whsec_/) });
    }
  });
});

describe("delivering a webhook", () => {
  it("refuses a name that resolves to a loopback address, without connecting", async () => {
    const resolve = vi.fn(async () => [{ address: "127.0.0.1", family: 4 as const }]);
    const delivery = await deliverOnce(`http://rebind.example:${receiverPort()}/hook`, { resolve });
    expect(delivery.status).toBe("failed");
    expect(delivery.attempts).toHaveLength(1);
    expect(delivery.attempts[0]).toMatchObject({ statusCode: null, error: expect.stringMatching(/not a public address/) });
    expect(resolve).toHaveBeenCalledWith("rebind.example");
    expect(receiver.received).toHaveLength(0);
  });

  it("refuses a name when any of its addresses is private (IPv4-mapped IPv6 included)", async () => {
    const resolve = async () => [
      { address: "93.184.216.34", family: 4 as const },
      { address: "::ffff:127.0.0.1", family: 6 as const },
    ];
    const delivery = await deliverOnce(`http://mixed.example:${receiverPort()}/hook`, { resolve });
    expect(delivery.attempts[0]!.error).toMatch(/not a public address/);
    expect(receiver.received).toHaveLength(0);
  });

  it("refuses a literal private address stored before the check existed", async () => {
    const created = await manage.createWebhookEndpoint({ db, actor: admin, input: { url: "https://hooks.example/in" } });
    await db.webhookEndpoint.update({ where: { id: created.id }, data: { url: receiver.url } });
    const [event] = await db.$transaction([outbox.webhookEvent(db, { type: "article.published", data: { articleId: "a1", version: 1 } })]);
    const worker = workers.createWebhookWorker({ db, timeoutMs: 2000, retry: { maxAttempts: 1 } });
    const delivery = await eventually(async () => {
      await worker.tick();
      const d = await db.webhookDelivery.findFirst({ where: { eventId: event.id }, include: { attempts: true } });
      return d && d.status !== "pending" ? d : null;
    });
    expect(delivery.attempts[0]!.error).toMatch(/not a public address/);
    expect(receiver.received).toHaveLength(0);
  });

  it("connects to the address it checked, not to a second lookup (allowed private receiver)", async () => {
    // hooks.example never resolves in DNS: the request can only arrive through the checked address.
    const resolve = vi.fn(async () => [{ address: "127.0.0.1", family: 4 as const }]);
    const delivery = await deliverOnce(`http://hooks.example:${receiverPort()}/hook`, { resolve, allowPrivateAddresses: true });
    expect(delivery).toMatchObject({ status: "delivered" });
    expect(resolve).toHaveBeenCalledTimes(1);
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]!.headers.host).toBe(`hooks.example:${receiverPort()}`);
    expect(receiver.received[0]!.verified).toBe(true);
  });
});
