// Serves the production build: Next.js's own request handler behind a small
// Node HTTP server, so the app can know the socket address of each request.
//
// Why: under `next start`, route handlers and server actions never see the
// socket, and Next fills `X-Forwarded-For` with the socket address only when
// the request has none (`req.headers['x-forwarded-for'] ??= …` in
// next/dist/server/base-server.js), so the client decides what it says. Here
// every request gets the private header `x-copydesk-peer: <token> <socket
// address>`, any copy the client sent removed first; the token is a random
// per-process secret (COPYDESK_PEER_TOKEN) that lib/http/client-address.ts
// checks, so the header cannot be forged even where this wrapper is not used.
// X-Forwarded-For is passed on as the client sent it and is believed only as
// far as COPYDESK_TRUSTED_PROXIES says (README, "Trusted proxies").
//
// Usage: node scripts/serve.mjs [-p PORT] [-H HOSTNAME]   (used by scripts/start.mjs and scripts/e2e-server.mjs)
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";

const PEER_HEADER = "x-copydesk-peer";

function option(flag, fallback) {
  const index = process.argv.indexOf(flag);
  return index > 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const port = Number(option("-p", process.env.PORT ?? "3000"));
const hostname = option("-H", undefined);
process.env.NODE_ENV ??= "production";
process.env.PORT = String(port);
// Before Next (and lib/env.ts) load: the app reads it once, from the environment.
process.env.COPYDESK_PEER_TOKEN = randomBytes(32).toString("hex");
const token = process.env.COPYDESK_PEER_TOKEN;

warnIfHstsMissing();

const { default: next } = await import("next");
const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  // Node lower-cases header names and joins repeats, so this removes every client copy.
  delete req.headers[PEER_HEADER];
  req.headers[PEER_HEADER] = `${token} ${req.socket.remoteAddress ?? ""}`;
  handle(req, res).catch((error) => {
    console.error("Request failed", error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.listen(port, hostname, () => {
  console.log(`Copydesk ready on http://${hostname ?? "localhost"}:${port}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive connections would hold close() open.
    server.closeAllConnections?.();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}

/**
 * next.config.js decides HSTS from COPYDESK_URL when the app is built (Next
 * bakes headers into the build), so a build made for an http URL served as
 * https would lack it. Say so instead of serving silently without.
 */
function warnIfHstsMissing() {
  if (!process.env.COPYDESK_URL?.startsWith("https:")) return;
  const manifest = ".next/routes-manifest.json";
  if (!existsSync(manifest)) return;
  if (!readFileSync(manifest, "utf8").includes("Strict-Transport-Security")) {
    console.warn("COPYDESK_URL is https but this build has no Strict-Transport-Security header: rebuild with COPYDESK_URL set (COPYDESK_REBUILD=1 npm start).");
  }
}
