/**
 * `npm run db:new-migration -- <name>`: writes the SQL that takes the
 * migration history to the current prisma/schema.prisma into
 * prisma/migrations/<timestamp>_<name>/migration.sql, with Prisma's
 * WebAssembly schema engine (no engine download). Equivalent to
 * `prisma migrate diff --from-migrations … --to-schema … --script`.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { prismaPaths } from "@/lib/db/migrate";
import { schemaDriftSql } from "@/lib/db/migration-drift";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("Usage: npm run db:new-migration -- <name>");
  process.exit(2);
}

const sql = await schemaDriftSql();
if (!sql) {
  console.log("Schema and migrations agree: no migration written.");
  process.exit(0);
}
const paths = prismaPaths("sqlite");
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(paths.migrations, `${stamp}_${name}`);
await mkdir(dir, { recursive: true });
await writeFile(path.join(dir, "migration.sql"), sql + "\n");
console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
