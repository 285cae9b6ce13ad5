import { readdirSync, readFileSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrate";
import { schemaDriftSql } from "@/lib/db/migration-drift";
import { createScratchDatabase } from "@/lib/db/postgres-scratch";

const namesIn = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
const migrationNames = namesIn("prisma/migrations");

describe("migrations", () => {
  it("apply every migration to a fresh database and none to an up-to-date one", async () => {
    const url = `file:${path.join(mkdtempSync(path.join(tmpdir(), "copydesk-mig-")), "fresh.db")}`;
    expect(await applyMigrations(url)).toEqual(migrationNames);
    expect(await applyMigrations(url)).toEqual([]);

    const sqlite = new Database(url.slice("file:".length), { readonly: true });
    const applied = sqlite.prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name").all();
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((r) => (r as { name: string }).name);
    sqlite.close();
    expect(applied).toEqual(migrationNames.map((migration_name) => ({ migration_name })));
    expect(tables).toEqual(expect.arrayContaining(["user", "session", "account", "article", "revision", "api_token", "audit_event"]));
  });

  it("match schema.prisma (a schema change without its migration fails here)", async () => {
    expect(await schemaDriftSql()).toBe("");
  });

  // SQLite only (COPYDESK_TEST_DATABASE=postgresql runs the suite on PostgreSQL).
  it.skipIf(!process.env.DATABASE_URL?.startsWith("file:"))("leave the database in WAL mode with the configured pragmas", async () => {
    const { db } = await import("@/lib/db/client");
    await applyMigrations(process.env.DATABASE_URL!);
    const journal = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const sync = await db.$queryRawUnsafe<{ synchronous: bigint | number }[]>("PRAGMA synchronous");
    const busy = await db.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
    expect(journal[0]?.journal_mode).toBe("wal");
    expect(Number(sync[0]?.synchronous)).toBe(2); // FULL
    expect(Number(busy[0]?.timeout)).toBeGreaterThanOrEqual(5000);
  });
});

// Needs PostgreSQL (CI runs it; see lib/db/postgres-scratch.ts): fails, never skips, without it.
describe("PostgreSQL migrations", () => {
  const names = namesIn("prisma/postgresql/migrations");

  it("apply to a fresh database once, even when several instances start together", async () => {
    expect(readFileSync("prisma/postgresql/migrations/migration_lock.toml", "utf8")).toMatch(/^provider = "postgresql"$/m);
    const scratch = await createScratchDatabase("copydesk_test_mig");
    try {
      const runs = await Promise.all([applyMigrations(scratch.url), applyMigrations(scratch.url), applyMigrations(scratch.url)]);
      expect(runs.flat().sort()).toEqual(names);
      expect(await applyMigrations(scratch.url)).toEqual([]);
    } finally {
      await scratch.drop();
    }
  });

  it("match prisma/postgresql/schema.prisma (run `npm run db:schemas`, then `npm run db:new-migration`)", async () => {
    expect(await schemaDriftSql("postgresql")).toBe("");
  });
});
