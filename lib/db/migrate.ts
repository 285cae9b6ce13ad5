/**
 * Applies the migrations of DATABASE_URL's database (Prisma's standard
 * layout: prisma/migrations for SQLite, prisma/postgresql/migrations for
 * PostgreSQL). On PostgreSQL the engine holds an advisory lock while it
 * migrates, so instances that start together apply each migration once.
 * Runs at app start (instrumentation.ts) and from `npm run db:migrate`.
 * Writes Prisma's own `_prisma_migrations` table, so the standard
 * `prisma migrate deploy` sees the same history.
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import { databaseProvider, type DatabaseProvider } from "@/lib/env";
import { createAdapterFactory } from "./adapter";
import { openSchemaEngine } from "./schema-engine";

/** No tables or enums are managed outside Prisma. */
export const NO_FILTERS = { externalTables: [], externalEnums: [] };

/** Where each provider keeps its schema and migrations. */
export function prismaPaths(provider: DatabaseProvider, root = process.cwd()) {
  const dir = provider === "sqlite" ? path.join(root, "prisma") : path.join(root, "prisma", "postgresql");
  return { schema: path.join(dir, "schema.prisma"), migrations: path.join(dir, "migrations") };
}

/** Reads a migrations folder into the engine's MigrationList shape. */
export async function loadMigrationList(migrationsDir: string): Promise<MigrationList> {
  const entries = existsSync(migrationsDir) ? await readdir(/*turbopackIgnore: true*/ migrationsDir, { withFileTypes: true }) : [];
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? await readFile(/*turbopackIgnore: true*/ lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      dirs.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok" as const, value: await readFile(/*turbopackIgnore: true*/ path.join(migrationsDir, name, "migration.sql"), "utf8") },
        },
      })),
    ),
  };
}

/**
 * Applies every pending migration and returns the names of those applied
 * (empty when the database was up to date).
 */
export async function applyMigrations(databaseUrl: string, root = process.cwd()): Promise<string[]> {
  const provider = databaseProvider(databaseUrl);
  const paths = prismaPaths(provider, root);
  const schema = await readFile(/*turbopackIgnore: true*/ paths.schema, "utf8");
  const factory = createAdapterFactory(databaseUrl);
  const { engine, close } = await openSchemaEngine(factory, [[paths.schema, schema]]);
  try {
    const out = await engine.applyMigrations({
      migrationsList: await loadMigrationList(paths.migrations),
      filters: NO_FILTERS,
    });
    return out.appliedMigrationNames;
  } finally {
    await close();
  }
}
