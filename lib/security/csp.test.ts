import { describe, expect, it } from "vitest";
import {
  API_CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  createNonce,
  isHttpsRequest,
  SECURITY_HEADERS,
  securityHeaders,
  STRICT_TRANSPORT_SECURITY,
} from "./csp";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

const nonce = "AAECAwQFBgcICQoLDA0ODw==";

describe("createNonce", () => {
  it("gives 128 random bits in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const value of nonces) {
      expect(value).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(value, "base64")).toHaveLength(16);
    }
  });
});

describe("contentSecurityPolicy", () => {
  const production = directives(contentSecurityPolicy({ nonce, development: false, upgradeInsecureRequests: false }));

  it("allows scripts only with the request's nonce (and what they load)", () => {
    expect(production.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(production.get("script-src")).not.toContain("'unsafe-inline'");
    expect(production.get("script-src")).not.toContain("'unsafe-eval'");
  });

  it("shuts plugins, base rewriting, framing and foreign form targets", () => {
    expect(production.get("object-src")).toEqual(["'none'"]);
    expect(production.get("base-uri")).toEqual(["'none'"]);
    expect(production.get("frame-ancestors")).toEqual(["'none'"]);
    expect(production.get("frame-src")).toEqual(["'none'"]);
    expect(production.get("form-action")).toEqual(["'self'"]);
    expect(production.get("default-src")).toEqual(["'self'"]);
    expect(production.get("img-src")).toEqual(["'self'", "data:"]);
  });

  it("allows inline style attributes (ProseMirror, React) without a nonce, which would disable them", () => {
    expect(production.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("adds 'unsafe-eval' only in development", () => {
    const dev = directives(contentSecurityPolicy({ nonce, development: true, upgradeInsecureRequests: false }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
  });

  it("upgrades insecure requests only when asked (HTTPS pages)", () => {
    expect(production.has("upgrade-insecure-requests")).toBe(false);
    const https = directives(contentSecurityPolicy({ nonce, development: false, upgradeInsecureRequests: true }));
    expect(https.get("upgrade-insecure-requests")).toEqual([]);
  });

  it("is one header line with no stray whitespace", () => {
    const policy = contentSecurityPolicy({ nonce, development: false, upgradeInsecureRequests: true });
    expect(policy).not.toMatch(/[\r\n]|\s{2}|;\s*;|;\s*$/);
  });

  it("refuses a nonce that could smuggle directives", () => {
    for (const bad of ["", "short", "abc'; script-src *", `${nonce} 'unsafe-inline'`, `${nonce};`]) {
      expect(() => contentSecurityPolicy({ nonce: bad, development: false, upgradeInsecureRequests: false })).toThrow();
    }
  });
});

describe("isHttpsRequest", () => {
  it("trusts the first X-Forwarded-Proto, else the URL", () => {
    expect(isHttpsRequest("http://127.0.0.1:3100/en", null)).toBe(false);
    expect(isHttpsRequest("https://desk.example/en", null)).toBe(true);
    expect(isHttpsRequest("http://10.0.0.2/en", "https")).toBe(true);
    expect(isHttpsRequest("http://10.0.0.2/en", "HTTPS, http")).toBe(true);
    expect(isHttpsRequest("https://desk.example/en", "http")).toBe(false);
  });
});

type HeaderRule = { source: string; headers: { key: string; value: string }[] };

/** next.config.js is plain JS (no types); loaded by path so TypeScript does not resolve it. */
async function configHeaders(): Promise<HeaderRule[]> {
  const path = "@/next.config.js";
  const config = (await import(/* @vite-ignore */ path)) as { default: { headers: () => Promise<HeaderRule[]> } };
  return config.default.headers();
}

describe("securityHeaders", () => {
  it("adds Strict-Transport-Security only for an https public URL", () => {
    expect(securityHeaders("https://desk.example")).toEqual([...SECURITY_HEADERS, STRICT_TRANSPORT_SECURITY]);
    expect(securityHeaders("HTTPS://desk.example/")).toContainEqual(STRICT_TRANSPORT_SECURITY);
    expect(securityHeaders("http://127.0.0.1:3100")).toEqual(SECURITY_HEADERS);
    expect(securityHeaders(undefined)).toEqual(SECURITY_HEADERS);
    expect(STRICT_TRANSPORT_SECURITY.value).toMatch(/^max-age=(\d+)/);
    expect(Number(/max-age=(\d+)/.exec(STRICT_TRANSPORT_SECURITY.value)![1])).toBeGreaterThanOrEqual(31536000);
  });
});

describe("next.config.js headers", () => {
  it("adds Strict-Transport-Security when COPYDESK_URL is https, equal to securityHeaders", async () => {
    const saved = process.env.COPYDESK_URL;
    try {
      for (const url of ["https://desk.example", "http://desk.example", undefined]) {
        if (url === undefined) delete process.env.COPYDESK_URL;
        else process.env.COPYDESK_URL = url;
        const rules = await configHeaders();
        expect(rules.find((rule) => rule.source === "/:path*")?.headers, String(url)).toEqual(securityHeaders(url));
      }
    } finally {
      if (saved === undefined) delete process.env.COPYDESK_URL;
      else process.env.COPYDESK_URL = saved;
    }
  });

  it("serves SECURITY_HEADERS everywhere and the locked-down CSP on the API", async () => {
    const rules = await configHeaders();
    expect(rules.find((rule) => rule.source === "/:path*")?.headers).toEqual(SECURITY_HEADERS);
    expect(rules.find((rule) => rule.source === "/api/:path*")?.headers).toEqual([{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }]);
  });

  it("does not put a second, nonce-less CSP on pages", async () => {
    const rules = await configHeaders();
    const pageRules = rules.filter((rule) => !rule.source.startsWith("/api"));
    expect(pageRules.flatMap((rule) => rule.headers.map((h) => h.key.toLowerCase()))).not.toContain("content-security-policy");
  });
});
