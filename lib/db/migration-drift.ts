/**
 * Migration drift: used by `npm run db:new-migration` and by a test that
 * fails when a schema changed without a migration. Not part of the server,
 * which only applies migrations (lib/db/migrate.ts).
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { DatabaseProvider } from "@/lib/env";
import { createAdapterFactory } from "./adapter";
import { loadMigrationList, NO_FILTERS, prismaPaths } from "./migrate";
import { createScratchDatabase } from "./postgres-scratch";
import { openSchemaEngine } from "./schema-engine";

/** An empty database of the provider, and the way to get rid of it. */
async function scratchDatabase(provider: DatabaseProvider): Promise<{ url: string; drop(): Promise<void> }> {
  if (provider === "postgresql") return createScratchDatabase("copydesk_drift");
  const dir = await mkdtemp(path.join(tmpdir(), "copydesk-migrate-"));
  return { url: `file:${path.join(dir, "scratch.db")}`, drop: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * The SQL that would take a database holding every migration of `provider`
 * to its current schema ("" when they agree). The history is replayed into a
 * scratch database (a temporary SQLite file, or a throwaway PostgreSQL
 * database: lib/db/postgres-scratch.ts), which then stands for the migrated
 * database, so no shadow database is needed.
 */
export async function schemaDriftSql(provider: DatabaseProvider = "sqlite", root = process.cwd()): Promise<string> {
  const paths = prismaPaths(provider, root);
  const schema = await readFile(paths.schema, "utf8");
  const scratch = await scratchDatabase(provider);
  try {
    const { engine, close } = await openSchemaEngine(createAdapterFactory(scratch.url), [[paths.schema, schema]]);
    try {
      await engine.applyMigrations({ migrationsList: await loadMigrationList(paths.migrations), filters: NO_FILTERS });
      const result = await engine.diff({
        from: { tag: "schemaDatasource", files: [{ path: paths.schema, content: schema }], configDir: root },
        to: { tag: "schemaDatamodel", files: [{ path: paths.schema, content: schema }] },
        script: true,
        exitCode: null,
        filters: NO_FILTERS,
      });
      const sql = (result.stdout ?? "").trim();
      return /^-- This is an empty migration\.?$/m.test(sql) ? "" : sql;
    } finally {
      await close();
    }
  } finally {
    await scratch.drop();
  }
}
