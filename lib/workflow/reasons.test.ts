import { describe, expect, it } from "vitest";
import { CHANGE_REQUEST_CATEGORIES, requestChangesSchema } from "./reasons";

const codes = (input: unknown) => {
  const result = requestChangesSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
};

describe("CHANGE_REQUEST_CATEGORIES", () => {
  it("is the fixed list from the issue", () => {
    expect(CHANGE_REQUEST_CATEGORIES).toEqual([
      "mistranslation",
      "awkward_phrasing",
      "terminology",
      "grammar",
      "omission_or_addition",
      "style",
      "other",
    ]);
  });
});

describe("requestChangesSchema", () => {
  it("accepts categories and a comment, trimming the comment", () => {
    expect(requestChangesSchema.parse({ categories: ["terminology", "grammar"], comment: "  Use 'premier', not 'prime minister'. " })).toEqual({
      categories: ["terminology", "grammar"],
      comment: "Use 'premier', not 'prime minister'.",
    });
  });

  it("accepts every category and a 5000-character comment", () => {
    expect(codes({ categories: [...CHANGE_REQUEST_CATEGORIES], comment: "x".repeat(5000) })).toEqual([]);
  });

  it("rejects a missing, empty, unknown or repeated category", () => {
    expect(codes({ comment: "c" })).toEqual(["categories:required"]);
    expect(codes({ categories: [], comment: "c" })).toEqual(["categories:required"]);
    expect(codes({ categories: ["spelling"], comment: "c" })).toEqual(["categories.0:invalid"]);
    expect(codes({ categories: ["grammar", "grammar"], comment: "c" })).toEqual(["categories:invalid"]);
    expect(codes({ categories: "grammar", comment: "c" })).toEqual(["categories:invalid_type"]);
  });

  it("rejects a missing, blank or too long comment", () => {
    expect(codes({ categories: ["other"] })).toEqual(["comment:required"]);
    expect(codes({ categories: ["other"], comment: "   \n " })).toEqual(["comment:required"]);
    expect(codes({ categories: ["other"], comment: "x".repeat(5001) })).toEqual(["comment:too_long"]);
    // Length counts after trimming.
    expect(codes({ categories: ["other"], comment: ` ${"x".repeat(5000)} ` })).toEqual([]);
    expect(codes({ categories: ["other"], comment: 42 })).toEqual(["comment:invalid_type"]);
  });

  it("rejects unknown fields", () => {
    expect(codes({ categories: ["other"], comment: "c", severity: "high" })).toHaveLength(1);
  });
});
