/**
 * Read side of the export API (/api/v1/export): the list of published
 * articles with tombstones, and one article (current or a numbered version)
 * in a format. Only Publication and PublishedVersion rows are read, so what
 * is served is exactly what was published.
 *
 * Route contracts (stable; see lib/export/openapi.ts):
 * - list → {@link ExportList}, newest change first, keyset cursor;
 * - article → 200 with the representation, 404 `not_found` for an article
 *   that was never published (or an unknown version), 410 `gone` for a
 *   retracted one (any version).
 */
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { encodeCursor, parseListQuery } from "@/lib/export/list-query";
import type { ExportFormat, Representation } from "@/lib/export/representation";
import { strongEtag } from "@/lib/export/representation";
import { loadPointer, loadRepresentation } from "@/lib/export/store";
import { EXPORT_BASE_PATH, exportArticlePath } from "@/lib/export/urls";

export type ExportListItem =
  | { id: string; state: "published"; version: number; title: string; targetLang: string; changedAt: string; links: { self: string } }
  | { id: string; state: "retracted"; version: number; changedAt: string; retractedAt: string | null };

export type ExportList = { data: ExportListItem[]; nextCursor: string | null; links: { next: string | null } };

/** The list page for `params`, serialized once, with its strong ETag. */
export async function listExportArticles(options: { db: Db; params: URLSearchParams }): Promise<{ list: ExportList; bytes: Uint8Array; etag: string }> {
  const { db } = options;
  const query = parseListQuery(options.params);
  const rows = await db.publication.findMany({
    where: {
      AND: [
        query.updatedSince ? { changedAt: { gte: query.updatedSince } } : {},
        query.lang ? { OR: [{ targetLang: query.lang }, { targetLang: { startsWith: `${query.lang}-` } }] } : {},
        query.cursor
          ? { OR: [{ changedAt: { lt: query.cursor.changedAt } }, { changedAt: query.cursor.changedAt, articleId: { lt: query.cursor.articleId } }] }
          : {},
      ],
    },
    orderBy: [{ changedAt: "desc" }, { articleId: "desc" }],
    take: query.limit + 1,
    select: { articleId: true, state: true, version: true, title: true, targetLang: true, changedAt: true, retractedAt: true },
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor({ changedAt: last.changedAt, articleId: last.articleId }) : null;
  const data: ExportListItem[] = page.map((row) =>
    row.state === "published"
      ? { id: row.articleId, state: "published", version: row.version, title: row.title, targetLang: row.targetLang, changedAt: row.changedAt.toISOString(), links: { self: exportArticlePath(row.articleId) } }
      : { id: row.articleId, state: "retracted", version: row.version, changedAt: row.changedAt.toISOString(), retractedAt: row.retractedAt?.toISOString() ?? null },
  );
  let next: string | null = null;
  if (nextCursor) {
    const nextParams = new URLSearchParams();
    nextParams.set("limit", String(query.limit));
    if (options.params.get("updatedSince")) nextParams.set("updatedSince", options.params.get("updatedSince")!);
    if (query.lang) nextParams.set("lang", query.lang);
    nextParams.set("cursor", nextCursor);
    next = `${EXPORT_BASE_PATH}/articles?${nextParams.toString()}`;
  }
  const list: ExportList = { data, nextCursor, links: { next } };
  const bytes = new Uint8Array(Buffer.from(JSON.stringify(list), "utf8"));
  return { list, bytes, etag: strongEtag(bytes) };
}

/**
 * One article in `format`: the live version, or `version` when given.
 * 404 when never published or the version does not exist, 410 when retracted.
 */
export async function getExportArticle(options: { db: Db; articleId: string; version?: number; format: ExportFormat }): Promise<Representation> {
  const { db, articleId, format } = options;
  const pointer = await loadPointer(db, articleId);
  if (!pointer) throw new AppError("not_found", "Not published");
  if (pointer.state === "retracted") {
    throw new AppError("gone", "Retracted", { details: { retractedAt: pointer.retractedAt?.toISOString() ?? null } });
  }
  const version = options.version ?? pointer.version;
  const found = version >= 1 && version <= pointer.version ? await loadRepresentation(db, articleId, version, format) : null;
  if (!found) throw new AppError("not_found", "No such version");
  return found;
}
