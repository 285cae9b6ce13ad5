/**
 * The export's per-instance caches, so that the hot path (one article, or
 * its 304) costs no database round trip most of the time:
 *
 * - pointer: which version of an article is live (or that it is retracted
 *   or unknown), from Publication, kept POINTER_TTL_MS. publish/unpublish
 *   call {@link forgetArticle} after commit, so this instance sees its own
 *   changes at once; other instances within the TTL.
 * - representations: bodies and ETags of published versions. Versions are
 *   immutable, so entries never go stale; the cache is bounded (LRU).
 */
import type { Db } from "@/lib/db/client";
import { representation, type ExportFormat, type PublishedVersionRow, type Representation } from "./representation";

export const POINTER_TTL_MS = 1000;
const MAX_POINTERS = 10_000;
const MAX_VERSIONS = 500;

export type Pointer =
  | { state: "published"; version: number }
  | { state: "retracted"; version: number; retractedAt: Date | null }
  | null;

type Cached<T> = { value: T; expiresAt: number };

const g = globalThis as {
  __copydeskExportPointers?: Map<string, Cached<Pointer>>;
  __copydeskExportVersions?: Map<string, { row: PublishedVersionRow; formats: Partial<Record<ExportFormat, Representation>> }>;
};
const pointers = (g.__copydeskExportPointers ??= new Map());
const versions = (g.__copydeskExportVersions ??= new Map());

/** Drops what this instance cached about the article's live version (after publish/unpublish). */
export function forgetArticle(articleId: string): void {
  pointers.delete(articleId);
}

/** Empties the caches (tests). */
export function clearExportCaches(): void {
  pointers.clear();
  versions.clear();
}

/** The article's export state: live version, tombstone, or null when it was never published. */
export async function loadPointer(db: Db, articleId: string, now = Date.now()): Promise<Pointer> {
  const cached = pointers.get(articleId);
  if (cached && cached.expiresAt > now) return cached.value;
  const row = await db.publication.findUnique({ where: { articleId }, select: { state: true, version: true, retractedAt: true } });
  const value: Pointer = !row
    ? null
    : row.state === "published"
      ? { state: "published", version: row.version }
      : { state: "retracted", version: row.version, retractedAt: row.retractedAt };
  if (pointers.size >= MAX_POINTERS) pointers.clear();
  pointers.set(articleId, { value, expiresAt: now + POINTER_TTL_MS });
  return value;
}

const VERSION_SELECT = {
  articleId: true,
  version: true,
  revisionNumber: true,
  title: true,
  html: true,
  markdown: true,
  text: true,
  sourceLang: true,
  targetLang: true,
  metadata: true,
  publishedAt: true,
} as const;

/** One version in one format, or null when the version does not exist. */
export async function loadRepresentation(db: Db, articleId: string, version: number, format: ExportFormat): Promise<Representation | null> {
  const key = `${articleId}\u0000${version}`;
  let entry = versions.get(key);
  if (entry) {
    // LRU: re-insert so the entry becomes the newest.
    versions.delete(key);
    versions.set(key, entry);
  } else {
    const row = await db.publishedVersion.findUnique({ where: { articleId_version: { articleId, version } }, select: VERSION_SELECT });
    if (!row) return null;
    entry = { row, formats: {} };
    versions.set(key, entry);
    if (versions.size > MAX_VERSIONS) versions.delete(versions.keys().next().value as string);
  }
  return (entry.formats[format] ??= representation(entry.row, format));
}
