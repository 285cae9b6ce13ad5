import { randomUUID } from "node:crypto";
import { z } from "zod";
import { auditEvent } from "@/lib/audit";
import { generateToken } from "@/lib/auth/api-tokens";
import { can, TOKEN_SCOPES } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";

export const createApiTokenSchema = z.strictObject({
  name: z.string().trim().min(1, { error: "required" }).max(120, { error: "too_long" }),
  scopes: z.array(z.enum(TOKEN_SCOPES)).min(1, { error: "required" }),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;

/** Creates a token; the returned secret is shown once and never stored. */
export async function createApiToken(options: { db: Db; actor: Actor; input: CreateApiTokenInput }) {
  const { db, actor } = options;
  if (!can(actor, "admin.users")) throw new AppError("forbidden", "Admins only");
  const input = parseInput(createApiTokenSchema, options.input);
  const { secret, hash, prefix } = generateToken();
  const scopes = [...new Set(input.scopes)].sort().join(" ");
  const id = randomUUID();
  await db.$transaction([
    db.apiToken.create({ data: { id, name: input.name, tokenHash: hash, prefix, scopes, createdById: actor.id } }),
    auditEvent(db, {
      actor: { type: "user", id: actor.id },
      type: "api_token.created",
      subjectType: "api_token",
      subjectId: id,
      data: { name: input.name, scopes, prefix },
    }),
  ]);
  return { id, secret };
}

export async function revokeApiToken(options: { db: Db; actor: Actor; tokenId: string }) {
  const { db, actor, tokenId } = options;
  if (!can(actor, "admin.users")) throw new AppError("forbidden", "Admins only");
  const token = await db.apiToken.findUnique({ where: { id: tokenId }, select: { revokedAt: true } });
  if (!token) throw new AppError("not_found", "No such token");
  if (token.revokedAt) return;
  // `update` with revokedAt: null in the filter throws when a concurrent
  // revoke won, which rolls the audit event back with it.
  await db.$transaction([
    db.apiToken.update({ where: { id: tokenId, revokedAt: null }, data: { revokedAt: new Date() } }),
    auditEvent(db, { actor: { type: "user", id: actor.id }, type: "api_token.revoked", subjectType: "api_token", subjectId: tokenId, data: {} }),
  ]);
}
