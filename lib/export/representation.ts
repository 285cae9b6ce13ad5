/**
 * The export's representations of one published version. Pure: a version
 * row in, bodies out. A version is immutable, so each representation (and
 * its ETag) is computed once per instance and cached (./store.ts).
 *
 * Contract (documented in ./openapi.ts, relied on by consumers):
 * - json: {@link ExportArticle}; the same document whether fetched as the
 *   current version or by number, so one version has one ETag.
 * - html: a standalone HTML5 document (lib/publishing/render.ts htmlDocument).
 * - markdown: "# Title" then the CommonMark body.
 * - text: the title, a blank line, the plain-text body.
 */
import { createHash } from "node:crypto";
import { htmlDocument, markdownDocument, textDocument } from "@/lib/publishing/render";
import { exportArticlePath, exportVersionPath } from "./urls";

export const EXPORT_FORMATS = ["json", "html", "markdown", "text"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: "application/json; charset=utf-8",
  html: "text/html; charset=utf-8",
  markdown: "text/markdown; charset=utf-8; variant=CommonMark",
  text: "text/plain; charset=utf-8",
};

/** The columns of PublishedVersion the export reads. */
export type PublishedVersionRow = {
  articleId: string;
  version: number;
  revisionNumber: number;
  title: string;
  html: string;
  markdown: string;
  text: string;
  sourceLang: string;
  targetLang: string;
  metadata: string;
  publishedAt: Date;
};

export type ExportArticle = {
  id: string;
  version: number;
  revisionNumber: number;
  title: string;
  sourceLang: string;
  targetLang: string;
  publishedAt: string;
  metadata: {
    outlet: string | null;
    author: string | null;
    originalUrl: string | null;
    originalPublishedAt: string | null;
    sourceTitle: string | null;
    wordCount: number | null;
  };
  body: { html: string; markdown: string; text: string };
  links: { self: string; current: string };
};

function metadataOf(stored: string): ExportArticle["metadata"] {
  let raw: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(stored) as unknown;
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) raw = parsed as Record<string, unknown>;
  } catch {
    // Written by publishArticle only; an unreadable value degrades to nulls rather than failing the export.
  }
  const str = (key: string) => (typeof raw[key] === "string" ? (raw[key] as string) : null);
  return {
    outlet: str("outlet"),
    author: str("author"),
    originalUrl: str("originalUrl"),
    originalPublishedAt: str("originalPublishedAt"),
    sourceTitle: str("sourceTitle"),
    wordCount: typeof raw.wordCount === "number" ? raw.wordCount : null,
  };
}

export function exportArticle(row: PublishedVersionRow): ExportArticle {
  return {
    id: row.articleId,
    version: row.version,
    revisionNumber: row.revisionNumber,
    title: row.title,
    sourceLang: row.sourceLang,
    targetLang: row.targetLang,
    publishedAt: row.publishedAt.toISOString(),
    metadata: metadataOf(row.metadata),
    body: { html: row.html, markdown: row.markdown, text: row.text },
    links: { self: exportVersionPath(row.articleId, row.version), current: exportArticlePath(row.articleId) },
  };
}

/** The response body of `row` in `format`, as text. */
export function renderFormat(row: PublishedVersionRow, format: ExportFormat): string {
  switch (format) {
    case "json":
      return JSON.stringify(exportArticle(row));
    case "html":
      return htmlDocument({ title: row.title, lang: row.targetLang, bodyHtml: row.html });
    case "markdown":
      return markdownDocument({ title: row.title, bodyMarkdown: row.markdown });
    case "text":
      return textDocument({ title: row.title, bodyText: row.text });
  }
}

/** A strong ETag of exact bytes: quoted, base64url SHA-256 (first 32 chars). */
export function strongEtag(bytes: Uint8Array | string): string {
  return `"${createHash("sha256").update(bytes).digest("base64url").slice(0, 32)}"`;
}

export type Representation = { bytes: Uint8Array; etag: string; contentType: string };

export function representation(row: PublishedVersionRow, format: ExportFormat): Representation {
  const bytes = new Uint8Array(Buffer.from(renderFormat(row, format), "utf8"));
  return { bytes, etag: strongEtag(bytes), contentType: CONTENT_TYPES[format] };
}
