import { APIError } from "better-auth/api";
import { auth } from "@/lib/auth/auth";
import {
  afterFailure,
  checkSignInThrottle,
  failureWrites,
  pruneThrottle,
  successWrites,
  type ThrottleScope,
  type ThrottleSubject,
} from "@/lib/auth/throttle";
import { auditEvent, type AuditInput } from "@/lib/audit";
import type { Db } from "@/lib/db/client";

export type SignInResult =
  | { ok: true }
  | { ok: false; reason: "missing" | "invalid" | "disabled" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Email + password sign-in, throttled per (account, address) and per address,
 * slowed down per account (lib/auth/throttle.ts). Sets the session cookie
 * through Better Auth's Next.js cookie plugin. Every attempt that reaches
 * the throttle is audited (success, failure, refusal, and a lockout when a
 * limit is reached), with the email and client address, never the password.
 *
 * `address` is the client address from lib/http/client-address.ts (null
 * when unknown: then only the per-account slowdown applies). `now` and
 * `sleep` are for tests.
 */
export async function signIn(options: {
  db: Db;
  email: string;
  password: string;
  address: string | null;
  headers: Headers;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}): Promise<SignInResult> {
  const { db, password, address } = options;
  const now = options.now ?? (() => new Date());
  const email = options.email.trim().toLowerCase();
  if (!email || !password) return { ok: false, reason: "missing" };

  const subject: ThrottleSubject = { email, address };
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  // Attempts on an account are filed under the user when there is one, else under the email typed.
  const security = (action: string, details: Record<string, unknown>, subjectType = "user", subjectId = user?.id ?? email): AuditInput => ({
    actor: { type: "system" },
    action,
    subjectType,
    subjectId,
    details: { email, address, ...details },
  });

  const check = await checkSignInThrottle(db, subject, now());
  if (check.refusedBy) {
    await auditEvent(db, security("auth.sign_in_throttled", { scope: check.refusedBy, retryAfterSeconds: check.retryAfterSeconds }));
    return { ok: false, reason: "throttled", retryAfterSeconds: check.retryAfterSeconds };
  }
  if (check.delayMs > 0) await (options.sleep ?? wait)(check.delayMs);

  let userId: string;
  try {
    const result = await auth.api.signInEmail({ body: { email, password }, headers: options.headers });
    userId = result.user.id;
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    if (error.message === "ACCOUNT_DISABLED") {
      // The password was right: not a guess, so not counted.
      await auditEvent(db, security("auth.sign_in_failed", { reason: "disabled" }));
      return { ok: false, reason: "disabled" };
    }
    const at = now();
    const writes = failureWrites(db, subject, at);
    const results = await db.$transaction([...writes, auditEvent(db, security("auth.sign_in_failed", { reason: "invalid" }))]);
    const rows = results.slice(0, writes.length) as { key: string; failures: number }[];
    const { check: next, reached } = afterFailure(subject, rows, at);
    if (reached.length) await db.$transaction(reached.map((scope) => auditEvent(db, lockout(scope, next.failures[scope]))));
    if (rows.some((row) => row.failures === 1)) await pruneThrottle(db, at);
    return next.refusedBy ? { ok: false, reason: "throttled", retryAfterSeconds: next.retryAfterSeconds } : { ok: false, reason: "invalid" };
  }
  await db.$transaction([
    ...successWrites(db, subject, now()),
    auditEvent(db, { actor: { type: "user", id: userId }, action: "auth.sign_in_succeeded", subjectType: "user", subjectId: userId, details: { email, address } }),
  ]);
  return { ok: true };

  function lockout(scope: ThrottleScope, failures: number): AuditInput {
    if (scope === "account") return security("auth.account_slowed", { failures });
    if (scope === "address") return security("auth.locked_out", { scope, failures }, "address", address ?? "unknown");
    return security("auth.locked_out", { scope, failures });
  }
}
