/**
 * The retry schedule of webhook deliveries. Pure: after the n-th failed
 * attempt the next one is due base × 2^(n−1) later, capped; after
 * `maxAttempts` failures the delivery is failed (an admin may resend it).
 */
export type RetryPolicy = { baseDelayMs: number; maxDelayMs: number; maxAttempts: number };

/** 30 s, 1, 2, 4, 8, 16, 32 min; the 8th failure (about 63 min after the first attempt) fails the delivery. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseDelayMs: 30_000, maxDelayMs: 60 * 60_000, maxAttempts: 8 };

/** Delay before the attempt that follows failed attempt number `attempt` (1-based). */
export function retryDelayMs(attempt: number, policy: RetryPolicy): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
}

export type DeliveryOutcome =
  | { status: "delivered"; nextAttemptAt: Date }
  | { status: "pending"; nextAttemptAt: Date }
  | { status: "failed"; nextAttemptAt: Date };

/** The delivery's state after attempt number `attempt` succeeded (`ok`) or not. */
export function afterAttempt(attempt: number, ok: boolean, now: Date, policy: RetryPolicy): DeliveryOutcome {
  if (ok) return { status: "delivered", nextAttemptAt: now };
  if (attempt >= policy.maxAttempts) return { status: "failed", nextAttemptAt: now };
  return { status: "pending", nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempt, policy)) };
}

/** 2xx only: a redirect is not followed and counts as a failure. */
export function isSuccessStatus(status: number): boolean {
  return status >= 200 && status < 300;
}
