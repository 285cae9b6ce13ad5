// `npm start`: builds when there is no build yet, then serves Copydesk
// through scripts/serve.mjs (Next's request handler behind a server that
// tells the app each request's socket address; see README "Trusted proxies").
// Migrations and the demo seed run inside the server at start
// (instrumentation.ts).
import { spawnSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
if (!existsSync(".next/BUILD_ID") || process.env.COPYDESK_REBUILD === "1") {
  console.log("Building Copydesk (first start)…");
  const build = spawnSync("npx", ["--no-install", "next", "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const port = process.env.PORT ?? "3000";
const server = spawn(process.execPath, ["scripts/serve.mjs", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
