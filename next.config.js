import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // `npm test` type-checks the whole project (tsc) before it builds, so its
  // build skips Next's second, identical check.
  typescript: { ignoreBuildErrors: process.env.COPYDESK_BUILD_SKIP_TYPECHECK === "1" },
  // Security headers; the values are explained in lib/security/csp.ts and a
  // test there keeps them equal to SECURITY_HEADERS and API_CONTENT_SECURITY_POLICY.
  // Pages get their nonce-based CSP from proxy.ts.
  async headers() {
    const everywhere = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    ];
    // HTTPS deployments: decided from COPYDESK_URL at build time (Next bakes headers into the build).
    if (/^https:\/\//i.test(process.env.COPYDESK_URL?.trim() ?? "")) {
      everywhere.push({ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" });
    }
    const api = [
      { key: "Content-Security-Policy", value: "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox" },
    ];
    return [
      { source: "/:path*", headers: everywhere },
      { source: "/api/:path*", headers: api },
    ];
  },
  poweredByHeader: false,
  // Native and WebAssembly modules stay outside the server bundle.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "@prisma/driver-adapter-utils",
    "pg",
    "sanitize-html",
  ],
  experimental: {
    // forbidden() answers 403 with app/[locale]/forbidden.tsx.
    authInterrupts: true,
    serverActions: { bodySizeLimit: "4mb" },
  },
};

export default withNextIntl(nextConfig);
