/**
 * Driver adapters for the two supported databases. SQLite (better-sqlite3) is
 * the embedded default; PostgreSQL (pg) serves several app instances.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
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
  return new PrismaPg({ connectionString: url, Client: PostgresTextClient });
}

/** PostgreSQL's internal one-byte `"char"` type and `text`. */
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type PgResultLike = { fields?: { dataTypeID: number }[] };

function charColumnsAsText<T>(result: T): T {
  for (const r of Array.isArray(result) ? (result as PgResultLike[]) : [result as PgResultLike]) {
    for (const field of r?.fields ?? []) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  }
  return result;
}

/** A query parameter without U+0000 (strings, and strings inside array parameters). */
export function withoutNul(value: unknown): unknown {
  if (typeof value === "string") return value.includes("\u0000") ? value.replaceAll("\u0000", "") : value;
  if (Array.isArray(value)) return value.map(withoutNul);
  return value;
}

function paramsWithoutNul(args: unknown[]): unknown[] {
  const [first, second] = args;
  if (Array.isArray(second)) args[1] = second.map(withoutNul);
  if (first && typeof first === "object" && !("submit" in first) && Array.isArray((first as { values?: unknown }).values)) {
    args[0] = { ...first, values: (first as { values: unknown[] }).values.map(withoutNul) };
  }
  return args;
}

/**
 * The pg client behind the PostgreSQL adapter. It evens out two differences
 * from SQLite, both at this one boundary:
 *
 * - NUL characters are dropped from string parameters. PostgreSQL's text
 *   cannot hold U+0000 (error 22021), while SQLite stores it; text arrives
 *   with NULs from pasted or imported copy, where they mean nothing, and
 *   refusing the whole import or comment for one would help nobody. Editor
 *   JSON is stored as a JSON string, where a NUL is the escape `\u0000`, so it
 *   is unaffected.
 * - `"char"` result columns are reported as text. The schema engine reads the
 *   catalog (pg_class.relkind, pg_constraint.contype, … are `"char"`), and
 *   @prisma/adapter-pg 7.10 has no mapping for that type, so describing a
 *   database (migration diff, drift) fails with "Column type 'char' could not
 *   be deserialized". pg already hands the values over as one-character
 *   strings; only the column's type id changes. Copydesk's tables have no such column.
 *
 * pg-pool calls `query` with a callback, the adapter's transactions without one.
 */
class PostgresTextClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const query = this.query.bind(this) as (...args: unknown[]) => unknown;
    this.query = ((...rawArgs: unknown[]) => {
      const args = paramsWithoutNul(rawArgs);
      const callback = args.at(-1);
      if (typeof callback === "function") {
        args[args.length - 1] = (error: unknown, result: unknown) => callback(error, error ? result : charColumnsAsText(result));
        return query(...args);
      }
      const out = query(...args);
      return out instanceof Promise ? out.then(charColumnsAsText) : out;
    }) as pg.Client["query"];
  }
}
