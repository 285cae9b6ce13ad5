/**
 * Deliveries survive a crash: a worker process is SIGKILLed while it holds a
 * delivery in flight (and another event waits in the outbox); a new process
 * delivers both once the dead one's claim expires.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { migrateTestDb } from "./helpers";
import { actorOf } from "./publish-helpers";
import { eventually, startReceiver, type Answer } from "./webhook-receiver";

// The receiver listens on 127.0.0.1, a private address webhooks refuse by
// default; this file is an on-premises setup (the worker child inherits it).
vi.hoisted(() => {
  process.env.COPYDESK_WEBHOOKS_ALLOW_PRIVATE = "1";
});

const ROOT = path.resolve(import.meta.dirname, "../..");
const CHILD = path.join(ROOT, "tests/integration/webhook-worker-child.ts");

let db: Db;
let secret: string | null = null;
let answers: (n: number) => Answer = () => 204;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
const children: ChildProcess[] = [];

beforeAll(async () => {
  db = await migrateTestDb();
  receiver = await startReceiver(() => secret, (n) => answers(n));
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await receiver.close();
});

async function startWorkerProcess(): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    // tsx as a loader, not its CLI: the CLI runs the script in a grandchild that SIGKILL would miss.
    ["--import", "tsx", CHILD, JSON.stringify({ intervalMs: 50, timeoutMs: 5000, lockMs: 1500, baseDelayMs: 50 })],
    { cwd: ROOT, env: { ...process.env, COPYDESK_SEED_DEMO: "0" }, stdio: ["ignore", "pipe", "inherit"] },
  );
  children.push(child);
  const lines = createInterface({ input: child.stdout! });
  await new Promise<void>((resolve, reject) => {
    lines.on("line", (line) => line === "ready" && resolve());
    child.on("exit", (code) => reject(new Error(`worker exited early (${code})`)));
  });
  return child;
}

it("delivers an event after the worker was killed mid-delivery, exactly as signed, with the same webhook-id", async () => {
  const { createWebhookEndpoint } = await import("@/lib/use-cases/manage-webhooks");
  const { webhookEvent } = await import("@/lib/webhooks/outbox");
  const admin = await actorOf("admin");
  const created = await createWebhookEndpoint({ db, actor: admin, input: { url: receiver.url } });
  secret = created.secret;
  const [first] = await db.$transaction([webhookEvent(db, { type: "article.published", data: { articleId: "a1", version: 1 } })]);

  // The first request is never answered: the worker is killed while it waits.
  answers = (n) => (n === 1 ? "hang" : 204);
  const doomed = await startWorkerProcess();
  await receiver.waitFor(1);
  doomed.kill("SIGKILL");
  await new Promise((resolve) => doomed.once("exit", resolve));

  const held = await db.webhookDelivery.findFirstOrThrow({ where: { eventId: first.id } });
  expect(held).toMatchObject({ status: "pending", attemptCount: 0, deliveredAt: null });
  expect(held.lockedUntil).toBeInstanceOf(Date);
  // Another event arrives while no worker runs.
  const [second] = await db.$transaction([webhookEvent(db, { type: "article.unpublished", data: { articleId: "a2", version: 1 } })]);

  await startWorkerProcess();
  const delivered = await eventually(async () => {
    const rows = await db.webhookDelivery.findMany({ where: { status: "delivered" }, include: { attempts: true } });
    return rows.length === 2 ? rows : null;
  }, 20_000);

  const byEvent = new Map(delivered.map((d) => [d.eventId, d]));
  // The killed attempt left no row; the retry after restart is the one recorded.
  expect(byEvent.get(first.id)).toMatchObject({ attemptCount: 1, attempts: [expect.objectContaining({ statusCode: 204 })] });
  expect(byEvent.get(second.id)).toMatchObject({ attemptCount: 1 });
  const ids = receiver.received.map((r) => r.headers["webhook-id"]);
  expect(ids.filter((id) => id === first.id)).toHaveLength(2);
  expect(ids.filter((id) => id === second.id)).toHaveLength(1);
  expect(receiver.received.every((r) => r.verified)).toBe(true);
}, 40_000);
