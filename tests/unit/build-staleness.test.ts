import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildStaleness } from "../../scripts/build-staleness.mjs";

let root: string;
/** Writes `path` under root with its modification time set to `seconds`. */
const at = (path: string, seconds: number): void => {
  const full = join(root, path);
  mkdirSync(join(full, ".."), { recursive: true });
  writeFileSync(full, "x");
  utimesSync(full, seconds, seconds);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "staleness-"));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe("buildStaleness", () => {
  it("is stale without a build", () => {
    at("app/page.tsx", 1000);
    expect(buildStaleness(root)).toEqual({ stale: true, reason: "no build (.next/BUILD_ID is missing)" });
  });

  it("is fresh when the build is newer than every source", () => {
    at("app/page.tsx", 1000);
    at("lib/diff/budget.ts", 1500);
    at("next.config.js", 900);
    at(".next/BUILD_ID", 2000);
    expect(buildStaleness(root).stale).toBe(false);
  });

  it("is stale when a file deep in a source folder changed after the build", () => {
    at("app/page.tsx", 1000);
    at(".next/BUILD_ID", 2000);
    at("lib/diff/budget.ts", 3000);
    expect(buildStaleness(root)).toEqual({ stale: true, reason: `${join(root, "lib/diff/budget.ts")} is newer than the build` });
  });

  it("sees root files and messages, and ignores node_modules and data folders", () => {
    at(".next/BUILD_ID", 2000);
    at("lib/node_modules/x.js", 5000);
    at("prisma/data/dev.db", 5000);
    expect(buildStaleness(root).stale).toBe(false);
    at("proxy.ts", 2500);
    expect(buildStaleness(root).stale).toBe(true);
    rmSync(join(root, "proxy.ts"));
    at("messages/zh.json", 2001);
    expect(buildStaleness(root).reason).toContain(join("messages", "zh.json"));
  });
});
