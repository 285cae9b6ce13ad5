/**
 * API tokens: random secrets shown once; only their SHA-256 is stored.
 * Bearer tokens authenticate the versioned API (/api/v1/*).
 */
import { createHash, randomBytes } from "node:crypto";
import type { AuditActor } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { tokenAllows, type TokenScope } from "./policy";

const TOKEN_PREFIX = "cdk_";

export function hashToken(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** A new secret, its hash for storage and a short prefix for display. */
export function generateToken() {
  const secret = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { secret, hash: hashToken(secret), prefix: secret.slice(0, TOKEN_PREFIX.length + 6) };
}

export function parseScopes(stored: string): string[] {
  return stored.split(/\s+/).filter(Boolean);
}

/**
 * Authenticates `Authorization: Bearer …` for an endpoint needing `scope`.
 * 401 when missing, malformed, unknown or revoked; 403 without the scope.
 */
export async function authenticateToken(db: Db, headers: Headers, scope: TokenScope): Promise<Extract<AuditActor, { type: "token" }>> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get("authorization") ?? "");
  if (!match?.[1]) throw new AppError("unauthenticated", "Missing bearer token");
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(match[1]) },
    select: { id: true, scopes: true, revokedAt: true, createdById: true, createdBy: { select: { disabled: true } } },
  });
  if (!token || token.revokedAt || token.createdBy.disabled) throw new AppError("unauthenticated", "Unknown or revoked token");
  if (!tokenAllows(parseScopes(token.scopes), scope)) {
    throw new AppError("forbidden", "Token lacks scope", { params: { messageKey: "token_scope", scope } });
  }
  // Best effort, single statement; a lost update of a timestamp is harmless.
  void db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } }).catch(() => undefined);
  return { type: "token", id: token.id, createdById: token.createdById };
}
