/**
 * A local webhook receiver for tests (node:http). Each request is recorded
 * with its headers and raw body, and verified with the independent
 * `standardwebhooks` library; `respond` decides each answer in turn.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

export type Received = { headers: Record<string, string>; body: string; verified: boolean; at: number };
/** A status to answer with, or "hang" to never answer. */
export type Answer = number | "hang";

export async function startReceiver(secret: () => string | null, respond: (n: number) => Answer = () => 204) {
  const received: Received[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : (v ?? "")]));
      let verified = false;
      const key = secret();
      if (key) {
        try {
          new Webhook(key).verify(body, headers);
          verified = true;
        } catch {
          verified = false;
        }
      }
      received.push({ headers, body, verified, at: Date.now() });
      for (const w of waiters.filter((w) => received.length >= w.count)) w.resolve();
      const answer = respond(received.length);
      if (answer === "hang") return;
      res.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    /** Resolves once `count` requests arrived. */
    waitFor: (count: number) =>
      received.length >= count ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ count, resolve })),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Polls `check` until it returns a truthy value or `ms` pass. */
export async function eventually<T>(check: () => Promise<T | null | undefined | false>, ms = 10_000, every = 25): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("Condition not met in time");
    await new Promise((r) => setTimeout(r, every));
  }
}
