/**
 * The one Prisma client. Created once per process (kept on globalThis so
 * Next's dev reloads do not open a connection per edit).
 *
 * DATABASE_URL picks the database: file: → SQLite (the client generated from
 * prisma/schema.prisma), postgresql:// → PostgreSQL (the client generated from
 * prisma/postgresql/schema.prisma, which `npm run db:schemas` derives from the
 * first). Both have the same models, so the codebase sees one type, `Db`.
 */
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-pg/client";
import { databaseProvider, env } from "@/lib/env";
import { createAdapterFactory, SQLITE_PRAGMAS } from "./adapter";
import { rememberProvider } from "./provider";

export type Db = PrismaClient;

function createClient(url: string): Db {
  const provider = databaseProvider(url);
  const adapter = createAdapterFactory(url);
  let client: Db;
  if (provider === "postgresql") {
    // The one cast between the two generated clients. They come from the same
    // models (a test keeps prisma/postgresql/schema.prisma in step), so their
    // model APIs agree; the PostgreSQL one only accepts more (e.g. `mode` on
    // string filters, which lib/db/text-search.ts adds where it is wanted).
    client = new PostgresPrismaClient({ adapter }) as unknown as Db;
  } else {
    client = new PrismaClient({ adapter });
    // The adapter holds one connection for the client; these run first on it.
    for (const pragma of SQLITE_PRAGMAS) void client.$queryRawUnsafe(pragma).catch(logPragmaError);
  }
  rememberProvider(client, provider);
  return client;
}

function logPragmaError(error: unknown) {
  console.error("[db] could not apply SQLite pragma", error);
}

const globalForDb = globalThis as { __copydeskDb?: Db };

export const db: Db = (globalForDb.__copydeskDb ??= createClient(env.DATABASE_URL));

/** A client on another database (tests and scripts). */
export function createDb(url: string): Db {
  return createClient(url);
}
