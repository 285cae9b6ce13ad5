/**
 * HTTP details of the export, pure: format negotiation (?format= or
 * Accept), If-None-Match, and the Cache-Control values.
 */
import { AppError } from "@/lib/errors";
import { EXPORT_FORMATS, type ExportFormat } from "./representation";

/**
 * Cache-Control of successful export responses (and their 304s).
 *
 * Responses depend on the bearer token (401/403/429) and on Accept, so they
 * carry `Vary: Accept, Authorization`; `public` lets a shared cache store
 * them despite the Authorization header (RFC 9111 §3.5). Clients revalidate
 * every time (max-age=0, cheap with ETag/304); a CDN may serve a copy for
 * s-maxage seconds, which bounds how long a retraction takes to reach it.
 */
export const CACHE_CONTROL = {
  /** The current version of an article: changes on publish/unpublish. */
  article: "public, max-age=0, s-maxage=60, stale-if-error=300",
  /** A numbered version: its content never changes, only its visibility (retraction). */
  version: "public, max-age=60, s-maxage=600, stale-if-error=3600",
  /** The list (polling). */
  list: "public, max-age=0, s-maxage=10",
} as const;

export const VARY = "Accept, Authorization";

const MEDIA_TYPES: Record<string, ExportFormat> = {
  "application/json": "json",
  "text/html": "html",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
  "text/plain": "text",
};

/** Preference when Accept ranks several formats equally. */
const PREFERENCE: readonly ExportFormat[] = ["json", "html", "markdown", "text"];

/** The q of `format` under one Accept header: the most specific matching range decides. */
function qualityOf(ranges: { type: string; subtype: string; q: number }[], format: ExportFormat): number {
  let best: { specificity: number; q: number } | null = null;
  for (const [media, f] of Object.entries(MEDIA_TYPES)) {
    if (f !== format) continue;
    const [type, subtype] = media.split("/") as [string, string];
    for (const range of ranges) {
      const specificity = range.type === type && range.subtype === subtype ? 2 : range.type === type && range.subtype === "*" ? 1 : range.type === "*" ? 0 : -1;
      if (specificity < 0) continue;
      if (!best || specificity > best.specificity || (specificity === best.specificity && range.q > best.q)) best = { specificity, q: range.q };
    }
  }
  return best?.q ?? 0;
}

/** The format the Accept header prefers; JSON when it names none we serve (HTTP allows the default then). */
export function formatFromAccept(accept: string | null): ExportFormat {
  if (!accept) return "json";
  const ranges = accept
    .split(",")
    .map((part) => {
      const [media = "", ...params] = part.trim().toLowerCase().split(";");
      const [type = "", subtype = ""] = media.trim().split("/");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { type, subtype, q: Number.isFinite(quality) ? quality : 0 };
    })
    .filter((r) => r.type && r.subtype);
  let chosen: ExportFormat = "json";
  let bestQ = 0;
  for (const format of PREFERENCE) {
    const q = qualityOf(ranges, format);
    if (q > bestQ) {
      bestQ = q;
      chosen = format;
    }
  }
  return chosen;
}

/**
 * The requested format: `?format=` when present (400 naming `format` for an
 * unknown one), otherwise negotiated from Accept.
 */
export function requestedFormat(formatParam: string | null, accept: string | null): ExportFormat {
  if (formatParam === null) return formatFromAccept(accept);
  const format = formatParam.trim().toLowerCase();
  if ((EXPORT_FORMATS as readonly string[]).includes(format)) return format as ExportFormat;
  throw new AppError("bad_request", `Unknown format ${formatParam.slice(0, 40)}`, {
    issues: [{ path: "format", code: "invalid", message: "invalid" }],
    details: { supportedFormats: [...EXPORT_FORMATS] },
  });
}

/** If-None-Match against a strong ETag, with the weak comparison RFC 9110 prescribes for it. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  const wanted = opaque(etag);
  return header.split(",").some((tag) => opaque(tag) === wanted);
}
