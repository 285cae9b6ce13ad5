// Generates the Prisma client after install. `prisma generate` does not run
// the schema engine, but the CLI insists that one exists; pointing it at any
// executable (node itself) keeps it from trying to download one, which fails
// offline. See ARCHITECTURE.md ("Migrations without an engine download").
import { spawnSync } from "node:child_process";

const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
