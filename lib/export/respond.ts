/**
 * Successful export and feed responses: 200 with the exact bytes, or 304 when
 * If-None-Match names the ETag. Errors go through lib/http/respond.ts.
 */
import { matchesIfNoneMatch, VARY } from "./negotiate";

export type Cacheable = { bytes: Uint8Array; etag: string; contentType: string };

/** `vary` names the request headers the answer depends on (default: the export's). */
export function cacheableResponse(request: Request, body: Cacheable, cacheControl: string, vary: string = VARY): Response {
  const headers: Record<string, string> = { ETag: body.etag, "Cache-Control": cacheControl, Vary: vary };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), body.etag)) return new Response(null, { status: 304, headers });
  headers["Content-Type"] = body.contentType;
  headers["X-Content-Type-Options"] = "nosniff";
  // An exported HTML document opened in a browser runs nothing and loads nothing.
  if (body.contentType.startsWith("text/html")) headers["Content-Security-Policy"] = "default-src 'none'; sandbox";
  return new Response(body.bytes as BodyInit, { status: 200, headers });
}
