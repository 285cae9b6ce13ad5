/**
 * `npm run db:new-migration -- <name>`: for each provider, writes the SQL that
 * takes its migration history to its current schema into
 * <migrations>/<timestamp>_<name>/migration.sql, with Prisma's WebAssembly
 * schema engine (no engine download). Equivalent to
 * `prisma migrate diff --from-migrations … --to-schema … --script`.
 * SQLite: prisma/migrations; PostgreSQL: prisma/postgresql/migrations (its
 * history is replayed into a throwaway database, so PostgreSQL must be
 * reachable: COPYDESK_POSTGRES_ADMIN_URL, default postgres@127.0.0.1:5432).
 * Run `npm run db:schemas` first so the PostgreSQL schema is current.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { prismaPaths } from "@/lib/db/migrate";
import { schemaDriftSql } from "@/lib/db/migration-drift";
import type { DatabaseProvider } from "@/lib/env";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("Usage: npm run db:new-migration -- <name>");
  process.exit(2);
}

// One timestamp for both, so the two histories line up by name.
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
for (const provider of ["sqlite", "postgresql"] satisfies DatabaseProvider[]) {
  const sql = await schemaDriftSql(provider);
  if (!sql) {
    console.log(`${provider}: schema and migrations agree: no migration written.`);
    continue;
  }
  const dir = path.join(prismaPaths(provider).migrations, `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql + "\n");
  console.log(`${provider}: wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
}
