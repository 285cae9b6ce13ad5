import type { Db } from "./client";

/** Resolves when the database answers a trivial query (the health check); rejects with the driver's error otherwise. */
export async function pingDatabase(db: Db): Promise<void> {
  await db.$queryRawUnsafe("SELECT 1");
}
