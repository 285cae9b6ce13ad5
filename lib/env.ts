/**
 * Environment, read and validated once. Every other module imports `env`
 * instead of touching process.env.
 */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { parseTrustedProxies } from "@/lib/http/client-address";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** file:./data/copydesk.db (SQLite, default) or postgresql://… */
  DATABASE_URL: z
    .string()
    .default("file:./data/copydesk.db")
    .refine((v) => /^(file:|postgres(ql)?:\/\/)/.test(v), {
      message: "DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)",
    }),
  /** Secret for signing sessions. A random one is generated per process when unset (local use only). */
  BETTER_AUTH_SECRET: z.string().min(32).optional(),
  /** Public base URL, used by the auth library for origin checks. */
  COPYDESK_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  /** Seed demo users and articles into an empty database on start (default on). */
  COPYDESK_SEED_DEMO: z
    .enum(["0", "1", "true", "false"])
    .default("1")
    .transform((v) => v === "1" || v === "true"),
  /** Export API: requests per minute per token, per app instance (lib/export/rate-limit.ts). */
  COPYDESK_EXPORT_RATE_LIMIT: z.coerce.number().positive().default(600),
  /** Export API: burst per token (bucket size). */
  COPYDESK_EXPORT_RATE_BURST: z.coerce.number().int().min(1).default(120),
  /**
   * Proxies whose X-Forwarded-For hops are believed (lib/http/client-address.ts):
   * unset = none (the socket address is the client), a hop count, or a comma
   * list of addresses/CIDRs (IPv4 and IPv6).
   */
  COPYDESK_TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const parsed = parseTrustedProxies(value);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({
        code: "custom",
        message: `not a hop count or a list of addresses/CIDRs (cannot read: ${parsed.invalid.map((v) => JSON.stringify(v)).join(", ")})`,
      });
      return z.NEVER;
    }),
  /** Per-process secret of scripts/serve.mjs's socket-address header; set by that script, not by operators. */
  COPYDESK_PEER_TOKEN: z.string().min(32).optional(),
  /**
   * Webhooks: allow endpoints on loopback, private, link-local and
   * unique-local addresses (on-premises receivers). Off by default, so an
   * admin cannot probe the server's own network (lib/webhooks/address-policy.ts).
   */
  COPYDESK_WEBHOOKS_ALLOW_PRIVATE: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((v) => v === "1" || v === "true"),
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  // Configuration errors are the operator's, so they name the variable.
  throw new Error(
    "Invalid environment: " +
      parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
  );
}

export const env = {
  ...parsed.data,
  BETTER_AUTH_SECRET: parsed.data.BETTER_AUTH_SECRET ?? generatedSecret(),
  COPYDESK_URL: parsed.data.COPYDESK_URL ?? `http://localhost:${parsed.data.PORT}`,
};

function generatedSecret(): string {
  // Keep one secret per process tree so a dev server's workers agree.
  const g = globalThis as { __copydeskSecret?: string };
  g.__copydeskSecret ??= process.env.COPYDESK_GENERATED_SECRET ?? randomBytes(32).toString("hex");
  process.env.COPYDESK_GENERATED_SECRET = g.__copydeskSecret;
  return g.__copydeskSecret;
}

export type DatabaseProvider = "sqlite" | "postgresql";

/** Which database DATABASE_URL names. */
export function databaseProvider(url = env.DATABASE_URL): DatabaseProvider {
  return url.startsWith("file:") ? "sqlite" : "postgresql";
}

/** Filesystem path of a file: URL, relative to the working directory. */
export function sqlitePath(url = env.DATABASE_URL): string {
  return url.replace(/^file:/, "");
}
