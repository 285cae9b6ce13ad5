/**
 * "Contains" filters for title search, case-insensitive on both databases.
 * SQLite's LIKE (what Prisma's `contains` becomes there) ignores case for
 * ASCII letters only and has no `mode` option; on PostgreSQL `contains` is
 * case-sensitive unless `mode: "insensitive"` (ILIKE, which also folds
 * non-ASCII letters). Chinese titles have no case, so the difference left
 * is that PostgreSQL also matches "É" for "é".
 */
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dbProvider } from "./provider";

/** A string filter matching values that contain `text`, ignoring case. */
export function containsText(db: Db, text: string): Prisma.StringFilter {
  if (dbProvider(db) === "postgresql") {
    // The SQLite client's type has no `mode`; the PostgreSQL client (behind
    // the same `Db` type, see client.ts) accepts it.
    return { contains: text, mode: "insensitive" } as Prisma.StringFilter;
  }
  return { contains: text };
}
