/**
 * Driver adapters for the two supported databases. SQLite (better-sqlite3) is
 * the embedded default; PostgreSQL (pg) serves several app instances.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { databaseProvider, sqlitePath } from "@/lib/env";

/** busy_timeout in ms; SQLITE_BUSY surfaces as P1008 below it. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * SQL run on every new SQLite connection: WAL for concurrent readers,
 * synchronous=FULL so an acknowledged save survives power loss, and foreign keys.
 */
export const SQLITE_PRAGMAS = [
  "PRAGMA journal_mode = WAL",
  "PRAGMA synchronous = FULL",
  `PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`,
  "PRAGMA foreign_keys = ON",
] as const;

export function createAdapterFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  if (databaseProvider(url) === "sqlite") {
    const file = sqlitePath(url);
    if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    return new PrismaBetterSqlite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS });
  }
  return new PrismaPg({ connectionString: url });
}
