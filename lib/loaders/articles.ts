import type { Db } from "@/lib/db/client";
import { listArticles, listQuerySchema } from "@/lib/read/articles";
import type { SearchParams } from "./search-params";

/** /articles: one page of the list, searched by title (?q=, ?page=). */
export async function loadArticlesPage(db: Db, options: { searchParams: SearchParams }) {
  const query = listQuerySchema.parse(options.searchParams);
  return { query, ...(await listArticles(db, query)) };
}

export type ArticlesPageData = Awaited<ReturnType<typeof loadArticlesPage>>;
