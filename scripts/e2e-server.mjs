// The server Playwright tests run against: a production build on a fresh
// database (data/e2e.db, removed first) with the demo seeded.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { buildStaleness } from "./build-staleness.mjs";

const port = process.env.E2E_PORT ?? "3100";
const dbFile = "data/e2e.db";
mkdirSync("data", { recursive: true });
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(dbFile + suffix, { force: true });

const env = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: `file:./${dbFile}`,
  COPYDESK_URL: `http://127.0.0.1:${port}`,
  BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? "e2e-secret-0123456789abcdef0123456789abcdef",
  COPYDESK_SEED_DEMO: "1",
  // tests/e2e/webhooks/ delivers to a receiver on 127.0.0.1, which webhooks refuse by default.
  COPYDESK_WEBHOOKS_ALLOW_PRIVATE: "1",
};
// Rebuild when asked to, or when the sources are newer than the build.
const staleness = buildStaleness(process.cwd());
if (staleness.stale || process.env.E2E_BUILD === "1") {
  console.log(`e2e: building (${process.env.E2E_BUILD === "1" ? "E2E_BUILD=1" : staleness.reason})`);
  const build = spawnSync("npx", ["--no-install", "next", "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// The same server as `npm start` (socket address for the sign-in throttle).
const server = spawn(process.execPath, ["scripts/serve.mjs", "-p", port, "-H", "127.0.0.1"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
