import { describe, expect, it } from "vitest";
import { afterAttempt, DEFAULT_RETRY_POLICY, isSuccessStatus, retryDelayMs } from "./backoff";

describe("webhook retry schedule", () => {
  it("doubles from the base and stops at the cap", () => {
    const policy = { baseDelayMs: 1000, maxDelayMs: 10_000, maxAttempts: 8 };
    expect([1, 2, 3, 4, 5, 6].map((n) => retryDelayMs(n, policy))).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
  });

  it("is 30 s, 1, 2, 4, 8, 16, 32 min by default, failing at the 8th attempt", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    const delays = [1, 2, 3, 4, 5, 6, 7].map((n) => afterAttempt(n, false, now, DEFAULT_RETRY_POLICY));
    expect(delays.every((d) => d.status === "pending")).toBe(true);
    expect(delays.map((d) => (d.nextAttemptAt.getTime() - now.getTime()) / 1000)).toEqual([30, 60, 120, 240, 480, 960, 1920]);
    expect(afterAttempt(8, false, now, DEFAULT_RETRY_POLICY).status).toBe("failed");
  });

  it("marks a success delivered at any attempt", () => {
    expect(afterAttempt(8, true, new Date(), DEFAULT_RETRY_POLICY).status).toBe("delivered");
    expect([200, 204, 299].map(isSuccessStatus)).toEqual([true, true, true]);
    expect([199, 301, 400, 500].map(isSuccessStatus)).toEqual([false, false, false, false]);
  });
});
