import { describe, expect, it } from "vitest";
import { splitOverlaps } from "./split-overlaps";

describe("splitOverlaps", () => {
  it("cuts an error inside a warning into pieces, the narrowest message first", () => {
    const warning = { from: 0, to: 20, className: "w", title: "long sentence" };
    const error = { from: 5, to: 8, className: "e", title: "And" };
    expect(splitOverlaps([warning, error])).toEqual([
      { from: 0, to: 5, className: "w", title: "long sentence" },
      { from: 5, to: 8, className: "e w", title: "And\nlong sentence" },
      { from: 8, to: 20, className: "w", title: "long sentence" },
    ]);
  });

  it("keeps ranges that do not overlap as they are, and skips the gaps", () => {
    const ranges = [
      { from: 1, to: 3, className: "a", title: "A" },
      { from: 6, to: 9, className: "b", title: "B" },
    ];
    expect(splitOverlaps(ranges)).toEqual(ranges);
    expect(splitOverlaps([ranges[1]!, ranges[0]!])).toEqual(ranges);
  });
});
