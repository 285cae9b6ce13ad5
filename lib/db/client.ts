/**
 * The one Prisma client. Created once per process (kept on globalThis so
 * Next's dev reloads do not open a connection per edit).
 */
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseProvider, env } from "@/lib/env";
import { createAdapterFactory, SQLITE_PRAGMAS } from "./adapter";

export type Db = PrismaClient;

function createClient(url: string): PrismaClient {
  if (databaseProvider(url) !== "sqlite") {
    // The PostgreSQL client is generated from prisma/postgresql/schema.prisma;
    // until that lands, fail loudly rather than talk SQL of the wrong dialect.
    throw new Error("PostgreSQL support is not enabled in this build (DATABASE_URL must be a file: URL)");
  }
  const client = new PrismaClient({ adapter: createAdapterFactory(url) });
  // The adapter holds one connection for the client; these run first on it.
  for (const pragma of SQLITE_PRAGMAS) void client.$queryRawUnsafe(pragma).catch(logPragmaError);
  return client;
}

function logPragmaError(error: unknown) {
  console.error("[db] could not apply SQLite pragma", error);
}

const globalForDb = globalThis as { __copydeskDb?: PrismaClient };

export const db: PrismaClient = (globalForDb.__copydeskDb ??= createClient(env.DATABASE_URL));

/** A client on another database (tests and scripts). */
export function createDb(url: string): PrismaClient {
  return createClient(url);
}
