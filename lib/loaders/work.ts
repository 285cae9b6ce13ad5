import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { getMyWork, workQuerySchema, type WorkList, type WorkListPage } from "@/lib/work/queries";
import type { SearchParams } from "./search-params";

const ORDER: WorkList[] = ["assigned", "queue", "edited", "changes", "drafts", "awaiting"];
const rank = (page: WorkListPage) => (page.list === "changes" && page.total > 0 ? -1 : ORDER.indexOf(page.list));

/**
 * /work: the actor's lists, one page each (?queue=2&drafts=3), in the order
 * the page shows them: change requests lead when there are any; otherwise a
 * reviewer's queues come first.
 */
export async function loadWorkPage(db: Db, options: { actor: Actor; searchParams: SearchParams }) {
  const query = workQuerySchema.parse(options.searchParams);
  const lists = await getMyWork(db, options.actor, query);
  return { query, lists: [...lists].sort((a, b) => rank(a) - rank(b)) };
}

export type WorkPageData = Awaited<ReturnType<typeof loadWorkPage>>;
