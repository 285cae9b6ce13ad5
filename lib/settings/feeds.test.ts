import { describe, expect, it } from "vitest";
import { parseFeedsPublic } from "./feeds";

describe("parseFeedsPublic", () => {
  it("is public only for the JSON value true", () => {
    expect(parseFeedsPublic("true")).toBe(true);
    expect(["false", "1", '"true"', "{", "", null, undefined].map(parseFeedsPublic)).toEqual([false, false, false, false, false, false, false]);
  });
});
