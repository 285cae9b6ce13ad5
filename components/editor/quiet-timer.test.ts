import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { quietTimer } from "./quiet-timer";

describe("quietTimer", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs once, ms after the last poke, however many pokes came before", () => {
    const run = vi.fn();
    const timer = quietTimer(250, run, () => Date.now());
    for (let i = 0; i < 10; i++) {
      timer.poke();
      vi.advanceTimersByTime(40);
    }
    // 400 ms since the first poke, 40 since the last: not yet.
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
    expect(timer.pending).toBe(false);
  });

  it("keeps one timeout pending while poked, and runs again after a later poke", () => {
    const run = vi.fn();
    const timer = quietTimer(100, run, () => Date.now());
    timer.poke();
    timer.poke();
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(100);
    expect(run).toHaveBeenCalledTimes(1);
    timer.poke();
    vi.advanceTimersByTime(100);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it("cancel drops the pending run", () => {
    const run = vi.fn();
    const timer = quietTimer(100, run, () => Date.now());
    timer.poke();
    timer.cancel();
    vi.advanceTimersByTime(500);
    expect(run).not.toHaveBeenCalled();
    expect(timer.pending).toBe(false);
  });
});
