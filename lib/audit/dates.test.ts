import { describe, expect, it } from "vitest";
import { startOfZonedDay } from "./dates";

describe("startOfZonedDay", () => {
  it("is midnight UTC in UTC", () => {
    expect(startOfZonedDay("2026-03-01", "UTC")?.toISOString()).toBe("2026-03-01T00:00:00.000Z");
  });
  it("is midnight in the zone, as an instant", () => {
    expect(startOfZonedDay("2026-03-01", "Asia/Shanghai")?.toISOString()).toBe("2026-02-28T16:00:00.000Z");
    expect(startOfZonedDay("2026-07-01", "Europe/Lisbon")?.toISOString()).toBe("2026-06-30T23:00:00.000Z");
    expect(startOfZonedDay("2026-01-15", "America/New_York")?.toISOString()).toBe("2026-01-15T05:00:00.000Z");
  });
  it("adds days (the exclusive end of a 'to' date) across month ends", () => {
    expect(startOfZonedDay("2026-02-28", "UTC", 1)?.toISOString()).toBe("2026-03-01T00:00:00.000Z");
  });
  it("handles the day daylight saving starts", () => {
    expect(startOfZonedDay("2026-03-08", "America/New_York", 1)?.toISOString()).toBe("2026-03-09T04:00:00.000Z");
  });
  it("refuses impossible dates and unknown zones", () => {
    expect(startOfZonedDay("2026-02-30", "UTC")).toBeNull();
    expect(startOfZonedDay("yesterday", "UTC")).toBeNull();
    expect(startOfZonedDay("2026-02-01", "Not/AZone")).toBeNull();
  });
});
