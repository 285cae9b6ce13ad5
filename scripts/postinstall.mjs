// Generates the Prisma clients after install: one for SQLite from
// prisma/schema.prisma and one for PostgreSQL from prisma/postgresql/schema.prisma
// (written from the first by `npm run db:schemas`). `prisma generate` does not run
// the schema engine, but the CLI insists that one exists; pointing it at any
// executable (node itself) keeps it from trying to download one, which fails
// offline. See ARCHITECTURE.md ("Migrations without an engine download").
import { spawnSync } from "node:child_process";

const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
for (const schema of ["prisma/schema.prisma", "prisma/postgresql/schema.prisma"]) {
  const result = spawnSync("npx", ["--no-install", "prisma", "generate", "--schema", schema], { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
