import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { formatFromAccept, matchesIfNoneMatch, requestedFormat } from "./negotiate";

describe("formatFromAccept", () => {
  it("maps media types to formats", () => {
    expect(formatFromAccept("application/json")).toBe("json");
    expect(formatFromAccept("text/html")).toBe("html");
    expect(formatFromAccept("text/markdown")).toBe("markdown");
    expect(formatFromAccept("text/plain")).toBe("text");
  });
  it("honours q-values and specificity", () => {
    expect(formatFromAccept("text/html;q=0.5, text/plain")).toBe("text");
    expect(formatFromAccept("text/*;q=0.9, text/html;q=0.1")).toBe("markdown");
    expect(formatFromAccept("*/*;q=0.1, text/markdown;q=0.2")).toBe("markdown");
    expect(formatFromAccept("application/json;q=0, text/plain;q=0.3")).toBe("text");
  });
  it("defaults to JSON for none, */*, browsers' headers and unknown types", () => {
    expect(formatFromAccept(null)).toBe("json");
    expect(formatFromAccept("*/*")).toBe("json");
    expect(formatFromAccept("image/png")).toBe("json");
    expect(formatFromAccept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")).toBe("html");
  });
});

describe("requestedFormat", () => {
  it("prefers ?format= over Accept", () => {
    expect(requestedFormat("markdown", "text/html")).toBe("markdown");
    expect(requestedFormat(" HTML ", null)).toBe("html");
    expect(requestedFormat(null, "text/plain")).toBe("text");
  });
  it("refuses an unknown format with 400 naming the parameter", () => {
    const error = (() => {
      try {
        requestedFormat("pdf", null);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "bad_request", issues: [{ path: "format" }], details: { supportedFormats: ["json", "html", "markdown", "text"] } });
  });
});

describe("matchesIfNoneMatch", () => {
  it("compares weakly, handles lists and *", () => {
    expect(matchesIfNoneMatch('"abc"', '"abc"')).toBe(true);
    expect(matchesIfNoneMatch('W/"abc"', '"abc"')).toBe(true);
    expect(matchesIfNoneMatch('"x", "abc"', '"abc"')).toBe(true);
    expect(matchesIfNoneMatch("*", '"abc"')).toBe(true);
    expect(matchesIfNoneMatch('"abcd"', '"abc"')).toBe(false);
    expect(matchesIfNoneMatch(null, '"abc"')).toBe(false);
  });
});
