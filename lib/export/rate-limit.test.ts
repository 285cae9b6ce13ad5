import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit";

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("createRateLimiter", () => {
  it("allows a burst of `capacity`, then refuses with Retry-After seconds", () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 3, refillPerSecond: 0.5, now: c.now });
    expect([1, 2, 3].map(() => limiter.take("a").ok)).toEqual([true, true, true]);
    expect(limiter.take("a")).toEqual({ ok: false, remaining: 0, retryAfterSeconds: 2 });
  });

  it("refills over time, never above capacity", () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 1, now: c.now });
    limiter.take("a");
    limiter.take("a");
    expect(limiter.take("a").ok).toBe(false);
    c.advance(1000);
    expect(limiter.take("a")).toEqual({ ok: true, remaining: 0 });
    c.advance(60_000);
    expect(limiter.take("a")).toEqual({ ok: true, remaining: 1 });
    expect(limiter.take("a")).toEqual({ ok: true, remaining: 0 });
    expect(limiter.take("a").ok).toBe(false);
  });

  it("rounds Retry-After up to whole seconds, at least 1", () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 10, now: c.now });
    limiter.take("a");
    expect(limiter.take("a")).toMatchObject({ ok: false, retryAfterSeconds: 1 });
    const slow = createRateLimiter({ capacity: 1, refillPerSecond: 1 / 60, now: c.now });
    slow.take("a");
    c.advance(15_000);
    expect(slow.take("a")).toMatchObject({ ok: false, retryAfterSeconds: 45 });
  });

  it("keeps keys apart", () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 1, now: c.now });
    expect(limiter.take("a").ok).toBe(true);
    expect(limiter.take("b").ok).toBe(true);
    expect(limiter.take("a").ok).toBe(false);
  });

  it("forgets full buckets when it holds too many keys", () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 5, refillPerSecond: 1, now: c.now, maxKeys: 3 });
    for (const key of ["a", "b", "c"]) limiter.take(key);
    c.advance(10_000); // all refilled
    limiter.take("d");
    expect(limiter.size()).toBe(1);
  });

  it("rejects nonsense settings", () => {
    expect(() => createRateLimiter({ capacity: 0, refillPerSecond: 1 })).toThrow();
    expect(() => createRateLimiter({ capacity: 1, refillPerSecond: 0 })).toThrow();
  });
});
