/**
 * A webhook worker in its own process, for the restart test:
 * `tsx tests/integration/webhook-worker-child.ts '<json options>'` with
 * DATABASE_URL set. Prints "ready" once started; runs until killed.
 */
const options = JSON.parse(process.argv[2] ?? "{}") as { intervalMs?: number; timeoutMs?: number; lockMs?: number; baseDelayMs?: number };
const { db } = await import("@/lib/db/client");
const { startWebhookWorker } = await import("@/lib/webhooks/worker");
startWebhookWorker({
  db,
  intervalMs: options.intervalMs,
  timeoutMs: options.timeoutMs,
  lockMs: options.lockMs,
  retry: options.baseDelayMs ? { baseDelayMs: options.baseDelayMs } : undefined,
});
// The worker's timer is unref'd (it must not keep a server from exiting); this keeps the child alive.
setInterval(() => undefined, 60_000);
process.stdout.write("ready\n");
export {};
