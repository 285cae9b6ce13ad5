/**
 * Admin use-cases on users. Each checks the policy, validates, and writes the
 * change with its audit event in one array transaction.
 */
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { z } from "zod";
import { auditEvent } from "@/lib/audit";
import { can } from "@/lib/auth/policy";
import { roleSchema, type Actor, type Role } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { cleanString } from "@/lib/text/clean-input";

function assertAdmin(actor: Actor) {
  if (!can(actor, "admin.users")) throw new AppError("forbidden", "Admins only");
}

export const createUserSchema = z.strictObject({
  name: cleanString().trim().min(1, { error: "required" }).max(120, { error: "too_long" }),
  email: z.email({ error: "invalid_email" }).trim().toLowerCase().max(254, { error: "too_long" }),
  role: roleSchema,
  password: z.string().min(10, { error: "too_short" }).max(256, { error: "too_long" }),
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export async function createUser(options: { db: Db; actor: Actor; input: CreateUserInput }) {
  const { db, actor } = options;
  assertAdmin(actor);
  const input = parseInput(createUserSchema, options.input);
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new AppError("conflict", "Email taken", {
      issues: [{ path: "email", code: "email_taken", message: "email_taken" }],
    });
  }
  const id = randomUUID();
  const password = await hashPassword(input.password);
  await db.$transaction([
    db.user.create({ data: { id, name: input.name, email: input.email, role: input.role, emailVerified: true } }),
    db.account.create({ data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password } }),
    auditEvent(db, {
      actor: { type: "user", id: actor.id },
      type: "user.created",
      subjectType: "user",
      subjectId: id,
      data: { email: input.email, role: input.role },
    }),
  ]);
  return { id, email: input.email };
}

export async function changeUserRole(options: { db: Db; actor: Actor; userId: string; role: string }) {
  const { db, actor, userId } = options;
  assertAdmin(actor);
  // Parsed as a field so the refusal names `role`.
  const { role }: { role: Role } = parseInput(z.object({ role: roleSchema }), { role: options.role });
  if (userId === actor.id) throw new AppError("forbidden", "Cannot change own role", { params: { messageKey: "forbidden" } });
  const user = await db.user.findUnique({ where: { id: userId }, select: { role: true } });
  if (!user) throw new AppError("not_found", "No such user");
  if (user.role === role) return;
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { role } }),
    auditEvent(db, {
      actor: { type: "user", id: actor.id },
      type: "user.role_changed",
      subjectType: "user",
      subjectId: userId,
      data: { from: user.role, to: role },
    }),
  ]);
}

/** Disabling ends every session of the user in the same transaction. */
export async function setUserDisabled(options: { db: Db; actor: Actor; userId: string; disabled: boolean }) {
  const { db, actor, userId, disabled } = options;
  assertAdmin(actor);
  if (userId === actor.id) throw new AppError("forbidden", "Cannot disable self");
  const user = await db.user.findUnique({ where: { id: userId }, select: { disabled: true } });
  if (!user) throw new AppError("not_found", "No such user");
  if (user.disabled === disabled) return;
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { disabled } }),
    ...(disabled ? [db.session.deleteMany({ where: { userId } })] : []),
    auditEvent(db, {
      actor: { type: "user", id: actor.id },
      type: disabled ? "user.disabled" : "user.enabled",
      subjectType: "user",
      subjectId: userId,
      data: {},
    }),
  ]);
}
