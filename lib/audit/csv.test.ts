import { describe, expect, it } from "vitest";
import { auditCsvValues, csvField, csvRecord } from "./csv";

describe("csvField", () => {
  it("leaves plain text alone and quotes what RFC 4180 requires", () => {
    expect(csvField("revision.saved")).toBe("revision.saved");
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
    expect(csvField("")).toBe("");
    expect(csvField("数字经济")).toBe("数字经济");
  });

  it("prefixes an apostrophe to anything a spreadsheet would run as a formula", () => {
    expect(csvField("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("-2+3")).toBe("'-2+3");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\t=1")).toBe("'\t=1");
    expect(csvField("a=b")).toBe("a=b");
  });
});

describe("csvRecord", () => {
  it("joins fields with commas and ends with CRLF", () => {
    expect(csvRecord(["a", "b,c", "=d"])).toBe("a,\"b,c\",'=d\r\n");
  });
});

describe("auditCsvValues", () => {
  it("writes the time in UTC, empty cells for what is absent, the details as JSON", () => {
    const values = auditCsvValues({
      id: "e1",
      action: "revision.saved",
      createdAt: new Date("2026-05-01T08:30:00.000Z"),
      actorType: "user",
      actorId: "u1",
      actorName: "Ana",
      subjectType: "revision",
      subjectId: "r1",
      articleId: null,
      article: null,
      details: { number: 2, wordsChanged: 3 },
    });
    expect(values).toEqual(["2026-05-01T08:30:00.000Z", "revision.saved", "user", "u1", "Ana", "revision", "r1", "", "", "", '{"number":2,"wordsChanged":3}']);
  });
});
