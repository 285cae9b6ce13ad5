/**
 * Bearer-token authentication of the export API with a short per-instance
 * cache, so the hot path neither looks the token up nor writes lastUsedAt on
 * every request. A cache miss goes through lib/auth/api-tokens.ts
 * `authenticateToken` (the one lookup, scope check via lib/auth/policy.ts,
 * and its best-effort lastUsedAt write), so lastUsedAt is written at most
 * once per TOKEN_CACHE_TTL_MS per token and instance. The price: a revoked
 * token (or a disabled creator) keeps working on an instance for up to that
 * long. Only successes are cached; 401/403 are decided afresh each time.
 */
import { authenticateToken, hashToken } from "@/lib/auth/api-tokens";
import type { AuditActor } from "@/lib/audit";
import type { Db } from "@/lib/db/client";

export const TOKEN_CACHE_TTL_MS = 10_000;
const MAX_TOKENS = 1000;

type TokenActor = Extract<AuditActor, { type: "token" }>;

const g = globalThis as { __copydeskExportTokens?: Map<string, { actor: TokenActor; expiresAt: number }> };
const tokens = (g.__copydeskExportTokens ??= new Map());

let clock: () => number = Date.now;

/** Replaces the clock the cache reads expiry from (tests); no argument restores Date.now. */
export function setExportTokenClock(next?: () => number): void {
  clock = next ?? Date.now;
}

/** Forgets cached tokens (tests, or after revoking on this instance). */
export function forgetExportTokens(): void {
  tokens.clear();
}

/** The token actor of a request with the `export` scope; 401/403 AppErrors otherwise. */
export async function authenticateExportToken(db: Db, headers: Headers, now = clock()): Promise<TokenActor> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get("authorization") ?? "");
  const key = match?.[1] ? hashToken(match[1]) : null;
  const cached = key ? tokens.get(key) : undefined;
  if (cached && cached.expiresAt > now) return cached.actor;
  const actor = await authenticateToken(db, headers, "export");
  if (key) {
    if (tokens.size >= MAX_TOKENS) tokens.clear();
    tokens.set(key, { actor, expiresAt: now + TOKEN_CACHE_TTL_MS });
  }
  return actor;
}
