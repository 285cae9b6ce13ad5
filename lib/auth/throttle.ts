/**
 * Sign-in throttle. Failures are counted per (account, client address) and
 * per client address, and those two refuse further attempts for the rest of
 * the window when they reach their limit. The per-account count only slows
 * attempts down (a growing, capped delay) and never refuses: otherwise anyone
 * could keep any account locked by failing on purpose, while the owner, from
 * an address that has not been failing, would be refused the right password.
 *
 * Counts live in the database so several app instances agree. Each counter
 * is one row per fixed window (the window's index is part of the key), so a
 * failure is one atomic upsert (`INSERT … ON CONFLICT DO UPDATE SET failures
 * = failures + 1 RETURNING`) and no read-modify-write: two instances counting
 * the same failure-burst cannot both see "under the limit" for the attempt
 * that reaches it. Rows of finished windows are pruned by a single delete.
 * (The `lockedUntil` column of sign_in_throttle is no longer written.)
 */
import type { Db } from "@/lib/db/client";
import { addressBucket } from "@/lib/http/client-address";

export const THROTTLE = {
  windowMs: 15 * 60_000,
  /** Failures of one account from one address before that pair is refused. */
  maxPerAccountAddress: 5,
  /** Failures from one address (any accounts) before the address is refused. */
  maxPerAddress: 20,
  /** Failures of one account (any addresses) after which its sign-ins are slowed. */
  accountSlowAfter: 10,
  accountBaseDelayMs: 250,
  accountMaxDelayMs: 4_000,
} as const;

export type ThrottleScope = "account" | "account_address" | "address";

/** Who is trying: the normalized email and the client address (null when unknown). */
export type ThrottleSubject = { email: string; address: string | null };

type Key = { scope: ThrottleScope; key: string; max: number };

function windowOf(now: Date) {
  const index = Math.floor(now.getTime() / THROTTLE.windowMs);
  return { index, start: new Date(index * THROTTLE.windowMs), end: new Date((index + 1) * THROTTLE.windowMs) };
}

/** The counters a sign-in attempt touches in the window of `now`. Without an address only the account is counted. */
export function throttleKeys(subject: ThrottleSubject, now = new Date()): Key[] {
  const { index } = windowOf(now);
  const email = subject.email.trim().toLowerCase();
  const keys: Key[] = [{ scope: "account", key: `account:${email}@${index}`, max: THROTTLE.accountSlowAfter }];
  if (subject.address) {
    const bucket = addressBucket(subject.address);
    keys.push({ scope: "account_address", key: `pair:${bucket}|${email}@${index}`, max: THROTTLE.maxPerAccountAddress });
    keys.push({ scope: "address", key: `address:${bucket}@${index}`, max: THROTTLE.maxPerAddress });
  }
  return keys;
}

/** The delay before checking a password of an account with this many failures in the window. */
export function accountDelayMs(failures: number): number {
  if (failures < THROTTLE.accountSlowAfter) return 0;
  const doublings = Math.min(failures - THROTTLE.accountSlowAfter, 16);
  return Math.min(THROTTLE.accountMaxDelayMs, THROTTLE.accountBaseDelayMs * 2 ** doublings);
}

export type ThrottleCheck = {
  /** Failures in the current window per counter. */
  failures: Record<ThrottleScope, number>;
  /** The counter that refuses this attempt (account_address or address), if any. */
  refusedBy: Exclude<ThrottleScope, "account"> | null;
  /** Seconds until the refusing counter's window ends (0 when not refused). */
  retryAfterSeconds: number;
  /** How long to wait before checking the password (the per-account slowdown). */
  delayMs: number;
};

function decide(failures: Record<ThrottleScope, number>, now: Date): ThrottleCheck {
  const refusedBy =
    failures.account_address >= THROTTLE.maxPerAccountAddress ? "account_address" : failures.address >= THROTTLE.maxPerAddress ? "address" : null;
  const retryAfterSeconds = refusedBy ? Math.max(1, Math.ceil((windowOf(now).end.getTime() - now.getTime()) / 1000)) : 0;
  return { failures, refusedBy, retryAfterSeconds, delayMs: accountDelayMs(failures.account) };
}

/** Reads the counters of an attempt (one query) and says whether it is refused or slowed. */
export async function checkSignInThrottle(db: Db, subject: ThrottleSubject, now = new Date()): Promise<ThrottleCheck> {
  const keys = throttleKeys(subject, now);
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } }, select: { key: true, failures: true } });
  const count = (scope: ThrottleScope) => rows.find((r) => r.key === keys.find((k) => k.scope === scope)?.key)?.failures ?? 0;
  return decide({ account: count("account"), account_address: count("account_address"), address: count("address") }, now);
}

/**
 * The writes that count one failure: one atomic upsert per counter, for the
 * caller's array transaction (with its audit event). Each resolves to the
 * counter's row after the increment, in the order of `throttleKeys`.
 */
export function failureWrites(db: Db, subject: ThrottleSubject, now = new Date()) {
  const { start } = windowOf(now);
  return throttleKeys(subject, now).map(({ key }) =>
    db.signInThrottle.upsert({
      where: { key },
      create: { key, failures: 1, windowStart: start },
      update: { failures: { increment: 1 } },
      select: { key: true, failures: true },
    }),
  );
}

/** What counting a failure changed: the check for the next attempt, and the counters that just reached their limit. */
export function afterFailure(subject: ThrottleSubject, rows: { key: string; failures: number }[], now = new Date()) {
  const keys = throttleKeys(subject, now);
  const failures: Record<ThrottleScope, number> = { account: 0, account_address: 0, address: 0 };
  const reached: ThrottleScope[] = [];
  for (const k of keys) {
    const value = rows.find((r) => r.key === k.key)?.failures ?? 0;
    failures[k.scope] = value;
    // Exactly at the limit: with atomic increments one attempt, on one instance, sees it.
    if (value === k.max) reached.push(k.scope);
  }
  return { check: decide(failures, now), reached };
}

/** A good sign-in clears the account's and this (account, address)'s counts; the address's stays. */
export function successWrites(db: Db, subject: ThrottleSubject, now = new Date()) {
  const keys = throttleKeys(subject, now).filter((k) => k.scope !== "address");
  return [db.signInThrottle.deleteMany({ where: { key: { in: keys.map((k) => k.key) } } })];
}

/** Deletes the counters of finished windows (one statement). */
export function pruneThrottle(db: Db, now = new Date()) {
  return db.signInThrottle.deleteMany({ where: { windowStart: { lt: windowOf(now).start } } });
}
