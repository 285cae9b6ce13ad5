// Whether the production build in .next is older than the sources it was
// built from, so `npm run test:e2e` never tests yesterday's code. Used by
// scripts/e2e-server.mjs; tested by tests/unit/build-staleness.test.ts.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** What `next build` reads: source folders and the root files that change its output. */
export const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "messages",
  "i18n",
  "prisma",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "global.d.ts",
  "next.config.js",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];

/** Never part of the build: the build itself, dependencies, local databases. */
const SKIPPED_DIRS = new Set(["node_modules", ".next", ".git", "data"]);

/** The newest modification time under `path` (a file or a folder), with the file that has it. */
function newestUnder(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return { mtimeMs: stat.mtimeMs, file: path };
  let newest = { mtimeMs: 0, file: path };
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.isDirectory() && SKIPPED_DIRS.has(entry.name)) continue;
    const candidate = newestUnder(join(path, entry.name));
    if (candidate.mtimeMs > newest.mtimeMs) newest = candidate;
  }
  return newest;
}

/**
 * Decides whether `root`'s build must be redone: no .next/BUILD_ID, or a build
 * input modified after it. Returns the reason, for the log.
 *
 * @param {string} root the project folder
 * @param {readonly string[]} [inputs] paths relative to root (missing ones are ignored)
 * @returns {{ stale: boolean, reason: string }}
 */
export function buildStaleness(root, inputs = BUILD_INPUTS) {
  const buildId = join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return { stale: true, reason: "no build (.next/BUILD_ID is missing)" };
  const builtAt = statSync(buildId).mtimeMs;
  for (const input of inputs) {
    const path = join(root, input);
    if (!existsSync(path)) continue;
    const newest = newestUnder(path);
    if (newest.mtimeMs > builtAt) return { stale: true, reason: `${newest.file} is newer than the build` };
  }
  return { stale: false, reason: "the build is newer than every source" };
}
