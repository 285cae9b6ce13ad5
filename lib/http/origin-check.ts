/**
 * Whether a request comes from a page of another origin (CSRF). Pure, so the
 * session routes (lib/http/session-route.ts) and the proxy (server actions)
 * decide alike.
 *
 * Browsers send `Origin` with every cross-origin request and with every
 * same-origin request whose method is not GET or HEAD, so for a mutating
 * request a missing `Origin` means an older browser or a client that is not a
 * browser. Then `Sec-Fetch-Site`, if the client sent it, decides. A request
 * with neither header is allowed: a script or a test calling the API with a
 * cookie it obtained itself is not a page an attacker can make a victim's
 * browser open.
 */

/** Methods that read only; every other method is treated as mutating. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isMutatingMethod(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

export type OriginFacts = {
  /** The `Origin` header, or null when absent. */
  origin: string | null;
  /** The `Sec-Fetch-Site` header, or null when absent. */
  secFetchSite: string | null;
};

/** Normalizes `value` to scheme://host[:port], or null when it is no URL origin ("null", garbage). */
export function originOf(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * True when the request must be refused as cross-origin: an `Origin` other
 * than `appOrigin` (an opaque "null" origin included), or, without `Origin`,
 * a `Sec-Fetch-Site` of "cross-site" or "same-site" (a sibling host is not
 * this app either).
 */
export function isCrossOrigin(facts: OriginFacts, appOrigin: string): boolean {
  const own = originOf(appOrigin);
  if (facts.origin !== null) return originOf(facts.origin) === null || originOf(facts.origin) !== own;
  const site = facts.secFetchSite?.trim().toLowerCase();
  return site === "cross-site" || site === "same-site";
}

/** The facts of a request's headers. */
export function originFacts(headers: Headers): OriginFacts {
  return { origin: headers.get("origin"), secFetchSite: headers.get("sec-fetch-site") };
}
