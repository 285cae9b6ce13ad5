/**
 * Migration drift: used by `npm run db:new-migration` and by a test that
 * fails when schema.prisma changed without a migration. Not part of the
 * server, which only applies migrations (lib/db/migrate.ts).
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createAdapterFactory } from "./adapter";
import { loadMigrationList, NO_FILTERS, prismaPaths } from "./migrate";
import { openSchemaEngine } from "./schema-engine";

/**
 * The SQL that would take a database holding every migration to the current
 * schema.prisma ("" when they agree). The history is replayed into a scratch
 * SQLite file, which then stands for the migrated database, so no shadow
 * database is needed.
 */
export async function schemaDriftSql(root = process.cwd()): Promise<string> {
  const paths = prismaPaths("sqlite", root);
  const schema = await readFile(paths.schema, "utf8");
  const dir = await mkdtemp(path.join(tmpdir(), "copydesk-migrate-"));
  const { engine, close } = await openSchemaEngine(createAdapterFactory(`file:${path.join(dir, "scratch.db")}`), [[paths.schema, schema]]);
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
    await rm(dir, { recursive: true, force: true });
  }
}
