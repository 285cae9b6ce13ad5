/**
 * Per-token rate limit of the export API: a token bucket per key, kept in
 * this process's memory. PER INSTANCE: with N app instances behind a load
 * balancer a token gets up to N times the limit; that is accepted for an
 * export API (the limit protects each instance, not a quota). A shared
 * limit would need a database or Redis write per request, which the export
 * hot path avoids on purpose.
 *
 * Pure apart from the injected clock, so tests drive time by hand.
 */

export type RateLimitDecision =
  | { ok: true; remaining: number }
  | { ok: false; remaining: 0; retryAfterSeconds: number };

export type RateLimiter = {
  /** Takes one request for `key`; refused with the seconds until one is available. */
  take(key: string): RateLimitDecision;
  /** Buckets currently held (for tests and diagnostics). */
  size(): number;
};

export type RateLimitOptions = {
  /** Requests a key may make in a burst (bucket size). */
  capacity: number;
  /** Requests added back per second. */
  refillPerSecond: number;
  /** Milliseconds clock; Date.now by default. */
  now?: () => number;
  /** Full buckets are forgotten once more than this many keys are held. */
  maxKeys?: number;
};

type Bucket = { tokens: number; updatedAt: number };

export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const { capacity, refillPerSecond } = options;
  if (!(capacity >= 1) || !(refillPerSecond > 0)) throw new Error("rate limit: capacity ≥ 1 and refillPerSecond > 0");
  // Read through Date.now at each call (not a captured reference), so a test can hold the clock still.
  const now = options.now ?? (() => Date.now());
  const maxKeys = options.maxKeys ?? 10_000;
  const buckets = new Map<string, Bucket>();

  function refill(bucket: Bucket, at: number) {
    const elapsed = Math.max(0, at - bucket.updatedAt) / 1000;
    bucket.tokens = Math.min(capacity, bucket.tokens + elapsed * refillPerSecond);
    bucket.updatedAt = at;
  }

  function prune(at: number) {
    for (const [key, bucket] of buckets) {
      refill(bucket, at);
      if (bucket.tokens >= capacity) buckets.delete(key);
    }
  }

  return {
    take(key) {
      const at = now();
      let bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= maxKeys) prune(at);
        bucket = { tokens: capacity, updatedAt: at };
        buckets.set(key, bucket);
      } else {
        refill(bucket, at);
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true, remaining: Math.floor(bucket.tokens) };
      }
      const retryAfterSeconds = Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerSecond));
      return { ok: false, remaining: 0, retryAfterSeconds };
    },
    size: () => buckets.size,
  };
}
