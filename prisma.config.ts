import { defineConfig } from "prisma/config";

// Used by the Prisma CLI (`prisma generate`). Migrations are applied by
// lib/db/migrate.ts through Prisma's WebAssembly schema engine, so no native
// engine download is needed; the standard `prisma migrate deploy` still works
// where it can download one.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/copydesk.db" },
});
