import { z } from "zod";
import { compareAligned } from "@/lib/articles/aligned-diff";
import type { Db } from "@/lib/db/client";
import { parseStoredDocument } from "@/lib/editor/stored-document";
import { listRevisions } from "@/lib/read/revisions";
import { loadRevisionView } from "@/lib/use-cases/get-revision";
import type { SearchParams } from "./search-params";

const version = z.coerce.number().int().min(0).max(1_000_000_000);

/** Query string of /articles/:id/compare. Bad values fall back to the defaults. */
export const compareQuerySchema = z.object({
  from: version.optional().catch(undefined),
  to: version.optional().catch(undefined),
  view: z.enum(["inline", "split"]).catch("inline"),
  changed: z.enum(["1"]).optional().catch(undefined),
});

/**
 * /articles/:id/compare?from=&to=: two versions (0 = the MT; by default the MT
 * against the head) diffed word by word, in rows aligned with the original
 * (headline first), and every version to choose from. `missing` names a version that does not
 * exist (then `diff` is null). Null when there is no such article.
 */
export async function loadComparePage(db: Db, options: { id: string; searchParams: SearchParams }) {
  const query = compareQuerySchema.parse(options.searchParams);
  const article = await db.article.findUnique({
    where: { id: options.id },
    select: { id: true, targetTitle: true, targetLang: true, sourceLang: true, sourceTitle: true, sourceDoc: true, mtTitle: true, mtDoc: true, headRevisionNumber: true, approvedRevisionNumber: true, publishedRevisionNumber: true, createdAt: true },
  });
  if (!article) return null;
  const to = query.to ?? article.headRevisionNumber;
  const from = query.from ?? 0;
  const [revisions, left, right] = await Promise.all([listRevisions(db, article.id), loadRevisionView(db, article, from), loadRevisionView(db, article, to)]);
  return {
    article,
    query,
    from,
    to,
    /** Every version number, newest first, ending with 0 (the MT). */
    versions: [...revisions.map((r) => r.number), 0],
    missing: !left ? from : !right ? to : null,
    diff:
      left && right
        ? compareAligned(left, right, { title: article.sourceTitle, content: parseStoredDocument(article.sourceDoc) }, { sourceLang: article.sourceLang, targetLang: article.targetLang })
        : null,
  };
}

export type ComparePageData = NonNullable<Awaited<ReturnType<typeof loadComparePage>>>;
