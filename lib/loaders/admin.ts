import type { Db } from "@/lib/db/client";
import { listApiTokens, listUsers } from "@/lib/read/admin";

/** /admin: people and API tokens. */
export async function loadAdminPage(db: Db) {
  const [users, tokens] = await Promise.all([listUsers(db), listApiTokens(db)]);
  return { users, tokens };
}

export type AdminPageData = Awaited<ReturnType<typeof loadAdminPage>>;
