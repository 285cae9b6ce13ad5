import { defineConfig } from "prisma/config";

// Used by the Prisma CLI. Migrations are applied by lib/db/migrate.ts through
// Prisma's WebAssembly schema engine, so no native engine download is needed;
// the standard `prisma migrate deploy` still works where it can download one,
// and picks the schema and migrations of DATABASE_URL's database (SQLite:
// prisma/, PostgreSQL: prisma/postgresql/). scripts/postinstall.mjs generates
// both clients with explicit --schema arguments.
const url = process.env.DATABASE_URL ?? "file:./data/copydesk.db";
const dir = url.startsWith("file:") ? "prisma" : "prisma/postgresql";

export default defineConfig({
  schema: `${dir}/schema.prisma`,
  migrations: { path: `${dir}/migrations` },
  datasource: { url },
});
