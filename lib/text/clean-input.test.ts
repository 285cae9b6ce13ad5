import { describe, expect, it } from "vitest";
import { cleanInputText, cleanString, hasVisibleText, visibleTitle } from "./clean-input";

describe("cleanInputText", () => {
  it("removes C0 controls but keeps tab and newline", () => {
    expect(cleanInputText("a\u0000b\u0001c\u0007d\u001Be\u001Ff")).toBe("abcdef");
    expect(cleanInputText("a\tb\nc")).toBe("a\tb\nc");
    expect(cleanInputText("\u000B\u000C")).toBe("");
  });

  it("turns CRLF and lone CR into newlines", () => {
    expect(cleanInputText("one\r\ntwo\rthree")).toBe("one\ntwo\nthree");
  });

  it("removes lone surrogates and keeps pairs", () => {
    expect(cleanInputText("a\uD800b")).toBe("ab");
    expect(cleanInputText("a\uDC00b")).toBe("ab");
    expect(cleanInputText("x\uDC00\uD800y")).toBe("xy");
    expect(cleanInputText("emoji 😀 \uD83D\uDE00")).toBe("emoji 😀 😀");
    expect(cleanInputText("end\uD83D")).toBe("end");
  });

  it("leaves ordinary and invisible-but-meaningful text alone", () => {
    for (const value of ["Markets rally", "股市上涨。", "👩‍💻", "می‌خواهم", "DEL\u007F kept", "x\u200By"]) expect(cleanInputText(value)).toBe(value);
  });
});

describe("hasVisibleText", () => {
  it("is false for white space and invisible characters only", () => {
    for (const value of ["", " ", "\t\n", "\u200B", "\u200C\u200D", "\u2060", "\uFEFF", "\u00AD", "\u200E\u200F", "\u2066\u2069", "\uFE0F", "\u3164", "\u3000", "\u{E0041}"]) {
      expect(hasVisibleText(value), JSON.stringify(value)).toBe(false);
    }
  });

  it("is true as soon as one character shows", () => {
    for (const value of ["a", "\u200Ba\u200B", "。", "😀", "-"]) expect(hasVisibleText(value), value).toBe(true);
  });
});

describe("cleanString", () => {
  it("cleans before the checks chained on it", () => {
    const title = cleanString().trim().min(1, { error: "required" }).max(3, { error: "too_long" }).refine(...visibleTitle);
    expect(title.parse(" a\u0000b\u0000c ")).toBe("abc");
    expect(title.safeParse("\u0000").error?.issues.map((i) => i.message)).toEqual(["required"]);
    expect(title.safeParse("\u200B").error?.issues.map((i) => i.message)).toEqual(["no_visible_text"]);
    expect(title.safeParse("abcd").error?.issues.map((i) => i.message)).toEqual(["too_long"]);
  });
});
