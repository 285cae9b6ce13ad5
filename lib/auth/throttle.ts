/**
 * Throttles failed sign-ins per account (email) and per client address.
 * Counts live in the database so several app instances agree. Each write is
 * a single atomic statement.
 */
import type { Db } from "@/lib/db/client";

export const THROTTLE = {
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  maxPerAccount: 5,
  maxPerAddress: 20,
} as const;

export function throttleKeys(email: string, address: string | null) {
  const keys: { key: string; max: number }[] = [{ key: `account:${email.trim().toLowerCase()}`, max: THROTTLE.maxPerAccount }];
  if (address) keys.push({ key: `address:${address}`, max: THROTTLE.maxPerAddress });
  return keys;
}

/** Seconds until sign-in may be tried again, or 0 when it may now. */
export async function signInRetryAfter(db: Db, keys: { key: string }[], now = new Date()): Promise<number> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
  const until = Math.max(0, ...rows.map((r) => r.lockedUntil?.getTime() ?? 0));
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

export async function recordSignInFailure(db: Db, keys: { key: string; max: number }[], now = new Date()) {
  for (const { key, max } of keys) {
    const windowFloor = new Date(now.getTime() - THROTTLE.windowMs);
    // Start a fresh window when the last one is over, otherwise count up.
    const reset = await db.signInThrottle.updateMany({
      where: { key, windowStart: { lt: windowFloor } },
      data: { failures: 1, windowStart: now, lockedUntil: null },
    });
    if (reset.count === 0) {
      const row = await db.signInThrottle.upsert({
        where: { key },
        create: { key, failures: 1, windowStart: now },
        update: { failures: { increment: 1 } },
      });
      if (row.failures >= max) {
        await db.signInThrottle.updateMany({
          where: { key },
          data: { lockedUntil: new Date(now.getTime() + THROTTLE.lockMs) },
        });
      }
    }
  }
}

/** A successful sign-in clears the account's count (not the address's). */
export async function clearAccountFailures(db: Db, email: string) {
  await db.signInThrottle.deleteMany({ where: { key: `account:${email.trim().toLowerCase()}` } });
}
