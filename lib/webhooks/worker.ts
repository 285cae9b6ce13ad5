/**
 * The webhook delivery worker. All state is in the database, so deliveries
 * survive a restart: a timer loop (about once a second, unref'd) runs
 * `tick()`, which
 *  1. fans each un-fanned outbox event out to one delivery per enabled
 *     endpoint (unique (eventId, endpointId) makes a repeat harmless) and
 *     marks the event fanned out, in one array transaction;
 *  2. claims due deliveries one by one with a version-checked updateMany
 *     that sets `lockedUntil` (a crashed worker's claim simply expires);
 *  3. POSTs each signed (./signing.ts) with a timeout, to a checked public
 *     address only (./deliver.ts, ./address-policy.ts), then records the
 *     attempt and the delivery's next state (./backoff.ts) in one array
 *     transaction, guarded by the version it claimed.
 * Several workers (processes) may run against one database; a claim is won
 * by one of them only. Deliveries to a disabled endpoint wait (pending)
 * until it is enabled again.
 */
import type { Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { afterAttempt, DEFAULT_RETRY_POLICY, isSuccessStatus, type RetryPolicy } from "./backoff";
import { postWebhook, systemResolver, type HostResolver } from "./deliver";
import { webhookHeaders } from "./signing";

export type WebhookWorkerOptions = {
  db: Db;
  /** Delay between ticks (ms). */
  intervalMs?: number;
  /** Timeout of one POST (ms). */
  timeoutMs?: number;
  /** How long a claim holds a delivery (ms); longer than the timeout. */
  lockMs?: number;
  /** Deliveries attempted per tick, concurrently. */
  batchSize?: number;
  retry?: Partial<RetryPolicy>;
  /** Deliver to loopback/private/link-local/unique-local addresses too (default: COPYDESK_WEBHOOKS_ALLOW_PRIVATE). */
  allowPrivateAddresses?: boolean;
  /** Host name resolution (default: the system resolver). */
  resolve?: HostResolver;
  now?: () => Date;
};

export type WebhookWorker = {
  /** One round: fan out, claim, deliver. Resolves when its attempts are recorded. */
  tick(): Promise<void>;
  start(): void;
  /** Stops the loop and waits for a running tick. */
  stop(): Promise<void>;
};

const MAX_ERROR_LENGTH = 500;

export function createWebhookWorker(options: WebhookWorkerOptions): WebhookWorker {
  const { db } = options;
  const intervalMs = options.intervalMs ?? 1000;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const lockMs = options.lockMs ?? timeoutMs + 30_000;
  const batchSize = options.batchSize ?? 10;
  const retry: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const allowPrivate = options.allowPrivateAddresses ?? env.COPYDESK_WEBHOOKS_ALLOW_PRIVATE;
  const resolve = options.resolve ?? systemResolver;
  const now = options.now ?? (() => new Date());

  async function fanOut(): Promise<void> {
    const events = await db.webhookEvent.findMany({
      where: { fannedOutAt: null },
      orderBy: { createdAt: "asc" },
      take: 50,
      select: { id: true, deliveries: { select: { endpointId: true } } },
    });
    if (events.length === 0) return;
    const endpoints = await db.webhookEndpoint.findMany({ where: { enabled: true }, select: { id: true } });
    for (const event of events) {
      const existing = new Set(event.deliveries.map((d) => d.endpointId));
      const at = now();
      try {
        await db.$transaction([
          ...endpoints
            .filter((e) => !existing.has(e.id))
            .map((e) => db.webhookDelivery.create({ data: { eventId: event.id, endpointId: e.id, nextAttemptAt: at }, select: { id: true } })),
          db.webhookEvent.updateMany({ where: { id: event.id, fannedOutAt: null }, data: { fannedOutAt: at } }),
        ]);
      } catch (error) {
        // Another worker fanned this event out first; the next tick sees it done.
        if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
      }
    }
  }

  async function claim(): Promise<{ id: string; version: number }[]> {
    const at = now();
    const due = await db.webhookDelivery.findMany({
      where: { status: "pending", nextAttemptAt: { lte: at }, endpoint: { enabled: true }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: at } }] },
      orderBy: { nextAttemptAt: "asc" },
      take: batchSize,
      select: { id: true, version: true },
    });
    const claimed: { id: string; version: number }[] = [];
    for (const d of due) {
      const { count } = await db.webhookDelivery.updateMany({
        where: { id: d.id, version: d.version, status: "pending" },
        data: { lockedUntil: new Date(at.getTime() + lockMs), version: { increment: 1 } },
      });
      if (count === 1) claimed.push({ id: d.id, version: d.version + 1 });
    }
    return claimed;
  }

  async function deliver(claimed: { id: string; version: number }): Promise<void> {
    const delivery = await db.webhookDelivery.findUnique({
      where: { id: claimed.id },
      select: { attemptCount: true, event: { select: { id: true, payload: true } }, endpoint: { select: { url: true, secret: true } } },
    });
    if (!delivery) return;
    const started = now();
    let statusCode: number | null = null;
    let error: string | null = null;
    const headers = webhookHeaders({
      secret: delivery.endpoint.secret,
      id: delivery.event.id,
      timestamp: Math.floor(started.getTime() / 1000),
      body: delivery.event.payload,
    });
    try {
      statusCode = await postWebhook({
        url: delivery.endpoint.url,
        headers: { ...headers, "user-agent": "Copydesk-Webhooks/1" },
        body: delivery.event.payload,
        signal: AbortSignal.timeout(timeoutMs),
        allowPrivate,
        resolve,
      });
    } catch (e) {
      error = describeFetchError(e);
    }
    const finished = now();
    const attempt = delivery.attemptCount + 1;
    const ok = statusCode !== null && isSuccessStatus(statusCode);
    const outcome = afterAttempt(attempt, ok, finished, retry);
    await db.$transaction([
      db.webhookAttempt.create({
        data: { deliveryId: claimed.id, attemptedAt: started, statusCode, error, durationMs: Math.max(0, finished.getTime() - started.getTime()) },
        select: { id: true },
      }),
      // Guarded by the claimed version: if an admin reset the delivery meanwhile, their state wins.
      db.webhookDelivery.updateMany({
        where: { id: claimed.id, version: claimed.version },
        data: {
          status: outcome.status,
          attemptCount: attempt,
          nextAttemptAt: outcome.nextAttemptAt,
          lockedUntil: null,
          deliveredAt: outcome.status === "delivered" ? finished : null,
          version: { increment: 1 },
        },
      }),
    ]);
  }

  async function tick(): Promise<void> {
    await fanOut();
    const claimed = await claim();
    await Promise.all(
      claimed.map((c) => deliver(c).catch((error: unknown) => log.error("Webhook delivery failed to record", { deliveryId: c.id, error }))),
    );
  }

  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = true;

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick()
        .catch((error: unknown) => log.error("Webhook worker tick failed", { error }))
        .finally(() => {
          running = null;
          schedule();
        });
    }, intervalMs);
    timer.unref();
  }

  return {
    tick,
    start() {
      if (!stopped) return;
      stopped = false;
      schedule();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}

function describeFetchError(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === "TimeoutError" || error.name === "AbortError") return "timeout";
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const text = cause?.code ? `${error.message}: ${cause.code}` : cause?.message ? `${error.message}: ${cause.message}` : error.message;
    return text.slice(0, MAX_ERROR_LENGTH);
  }
  return String(error).slice(0, MAX_ERROR_LENGTH);
}

const g = globalThis as { __copydeskWebhookWorker?: WebhookWorker };

/** Starts the process's one worker (server start); a second call keeps the first. */
export function startWebhookWorker(options: WebhookWorkerOptions): WebhookWorker {
  if (!g.__copydeskWebhookWorker) {
    g.__copydeskWebhookWorker = createWebhookWorker(options);
    g.__copydeskWebhookWorker.start();
  }
  return g.__copydeskWebhookWorker;
}

/** Stops the process's worker, if one was started. */
export async function stopWebhookWorker(): Promise<void> {
  const worker = g.__copydeskWebhookWorker;
  g.__copydeskWebhookWorker = undefined;
  await worker?.stop();
}
