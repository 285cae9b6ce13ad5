/**
 * Version-guarded writes. Use-cases put a guarded update (`update where
 * { id, version }` or `{ …, headRevisionNumber }`) first in an ARRAY
 * transaction; when another writer got there first the update matches no row
 * (P2025) — or a unique number is taken (P2002) — and the whole transaction
 * rolls back. These helpers turn that into the caller's 409.
 */
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

/** True when a write failed because another writer changed the row or took the number first. */
export function isLostRace(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2025" || error.code === "P2002");
}

/** Runs the array transaction; a lost race becomes 409 `conflict`. */
export async function commitGuarded<T extends readonly Prisma.PrismaPromise<unknown>[]>(db: Db, operations: [...T]) {
  try {
    return await db.$transaction(operations);
  } catch (error) {
    if (isLostRace(error)) throw new AppError("conflict", "The article changed meanwhile; reload and try again");
    throw error;
  }
}
