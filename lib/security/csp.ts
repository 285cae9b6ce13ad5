/**
 * The Content Security Policy of the app's pages, and the other security
 * headers. Pure: `proxy.ts` (pages, per-request nonce) and `next.config.js`
 * (static headers) only call these.
 *
 * Why each choice:
 * - Scripts: a fresh nonce per request plus 'strict-dynamic'. Next.js reads the
 *   nonce from the request's `Content-Security-Policy` header while rendering
 *   and puts it on its own inline and bundle scripts; chunks those scripts load
 *   are trusted through 'strict-dynamic'. No 'unsafe-inline' for scripts, so
 *   injected markup can never run. 'self' is kept only as a fallback for
 *   browsers without 'strict-dynamic' (CSP3 browsers ignore it). 'unsafe-eval'
 *   only under `next dev`, where React rebuilds server error stacks with eval.
 * - Styles: 'self' 'unsafe-inline'. ProseMirror/TipTap and React write inline
 *   `style` attributes (the editor's row alignment, React `style={{…}}`), which
 *   a nonce cannot cover (nonces apply to elements, not attributes), and a
 *   nonce in style-src would switch 'unsafe-inline' off. Inline CSS cannot run
 *   script in any current browser; the residual risk (CSS-based exfiltration of
 *   attribute values) needs injected markup, which the sanitizers already stop.
 * - img-src 'self' data:: no remote images (no tracking pixels in imported
 *   copy); data: for small inline icons. Images never execute script.
 * - object-src, base-uri: 'none'; frame-ancestors 'none' (no clickjacking);
 *   form-action 'self' (sign-in and server actions post to the app itself).
 * - upgrade-insecure-requests only when the page itself came over HTTPS;
 *   on plain-HTTP hosts (local use, e2e on 127.0.0.1) it would break loading.
 */

/** Inputs of `contentSecurityPolicy`. */
export type CspOptions = {
  /** The request's nonce (base64, from `createNonce`). */
  nonce: string;
  /** True only under `next dev`: allows 'unsafe-eval' for React's dev tooling. */
  development: boolean;
  /** Add `upgrade-insecure-requests` (serve it only to pages loaded over HTTPS). */
  upgradeInsecureRequests: boolean;
};

// base64 (standard or URL-safe) as CSP's nonce-source grammar allows.
const NONCE = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;

/**
 * A fresh, unguessable nonce: 16 random bytes (128 bits) in base64.
 * Uses Web Crypto, available in Node 20 and every Next.js runtime.
 */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The `Content-Security-Policy` header value for an app page.
 * Throws on a nonce that is not base64, which would otherwise let a caller
 * inject directives.
 */
export function contentSecurityPolicy(options: CspOptions): string {
  if (!NONCE.test(options.nonce)) throw new Error("CSP nonce must be base64 of at least 12 bytes");
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${options.nonce}'`, "'strict-dynamic'", ...(options.development ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["frame-src", "'none'"],
    ["frame-ancestors", "'none'"],
    ["form-action", "'self'"],
    ["manifest-src", "'self'"],
    ["worker-src", "'self'"],
  ];
  if (options.upgradeInsecureRequests) directives.push(["upgrade-insecure-requests"]);
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/**
 * The policy for API responses (JSON, exports, downloads): nothing may load
 * or run, and the response cannot be framed. If an HTML export were ever
 * opened in a browser from our origin, it would render inert and sandboxed.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";

/** A header name and value, as next.config.js `headers()` takes them. */
export type HeaderEntry = { key: string; value: string };

/**
 * Headers for every response, pages and API alike: no MIME sniffing (an
 * upload or export served as text/plain never becomes HTML or script), no
 * full URLs (article ids) leaked to linked sites, no framing, no powerful
 * browser features the app does not use.
 */
export const SECURITY_HEADERS: readonly HeaderEntry[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

/**
 * Strict-Transport-Security for deployments whose public URL (COPYDESK_URL)
 * is https: browsers then refuse plain HTTP to this host for a year, so a
 * network attacker cannot strip TLS from the sign-in page. Not sent for http
 * URLs (local use, e2e on 127.0.0.1), where it would be ignored at best and
 * pin a shared host name to HTTPS at worst. No `preload`: that is a separate
 * commitment an operator makes with the browsers' list.
 */
export const STRICT_TRANSPORT_SECURITY: HeaderEntry = { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" };

/**
 * The headers for every response given the public URL: SECURITY_HEADERS, and
 * STRICT_TRANSPORT_SECURITY when the URL is https. next.config.js computes
 * the same from COPYDESK_URL when the app is built.
 */
export function securityHeaders(publicUrl: string | undefined): HeaderEntry[] {
  const https = /^https:\/\//i.test(publicUrl?.trim() ?? "");
  return https ? [...SECURITY_HEADERS, STRICT_TRANSPORT_SECURITY] : [...SECURITY_HEADERS];
}

/**
 * Whether the request reached us over HTTPS, directly or through a proxy
 * that terminated TLS (`X-Forwarded-Proto`). A spoofed header only affects
 * the spoofer's own page.
 */
export function isHttpsRequest(url: string, forwardedProto: string | null): boolean {
  const first = forwardedProto?.split(",")[0]?.trim().toLowerCase();
  if (first) return first === "https";
  return url.startsWith("https:");
}
