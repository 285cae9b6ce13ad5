import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, parseListQuery } from "./list-query";

const issuesOf = (query: string) => {
  try {
    parseListQuery(new URLSearchParams(query));
    return [];
  } catch (error) {
    return (error as { code: string; issues: { path: string; code: string }[] }).issues.map((i) => `${i.path}:${i.code}`);
  }
};

describe("cursor", () => {
  it("round-trips and is URL-safe", () => {
    const cursor = { changedAt: new Date("2026-01-02T03:04:05.678Z"), articleId: "cm123" };
    const encoded = encodeCursor(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(encoded)).toEqual(cursor);
  });
  it("rejects anything it did not issue", () => {
    expect(decodeCursor("")).toBeNull();
    expect(decodeCursor("not base64!")).toBeNull();
    expect(decodeCursor(Buffer.from("[1,2]").toString("base64url"))).toBeNull();
    expect(decodeCursor(Buffer.from('{"t":-1,"a":"x"}').toString("base64url"))).toBeNull();
    expect(decodeCursor(Buffer.from('{"t":1,"a":"x","z":1}').toString("base64url"))).toBeNull();
    expect(decodeCursor("x".repeat(401))).toBeNull();
  });
  it("rejects a time no Date can hold, and an article id this API never issues", () => {
    const cursor = (payload: unknown) => Buffer.from(JSON.stringify(payload)).toString("base64url");
    expect(decodeCursor(cursor({ t: 9e15, a: "x" }))).toBeNull();
    expect(decodeCursor(cursor({ t: Number.MAX_SAFE_INTEGER, a: "x" }))).toBeNull();
    expect(decodeCursor(cursor({ t: 8.64e15 + 1, a: "x" }))).toBeNull();
    expect(decodeCursor(cursor({ t: 1.5, a: "x" }))).toBeNull();
    expect(decodeCursor(cursor({ t: 1, a: "a\u0000b" }))).toBeNull();
    expect(decodeCursor(cursor({ t: 1, a: "x y" }))).toBeNull();
    expect(decodeCursor(cursor({ t: 1 }))).toBeNull();
    expect(decodeCursor(Buffer.from('{"t":1,"a":"x"').toString("base64url"))).toBeNull();
    expect(decodeCursor(Buffer.from([0x7b, 0xff, 0x7d]).toString("base64url"))).toBeNull();
    // The largest time a Date holds is still a cursor.
    expect(decodeCursor(cursor({ t: 8.64e15, a: "x" }))).toEqual({ changedAt: new Date(8.64e15), articleId: "x" });
  });
});

describe("parseListQuery", () => {
  it("has defaults and ignores unknown parameters", () => {
    expect(parseListQuery(new URLSearchParams("utm=1"))).toEqual({ limit: 20, cursor: null, updatedSince: null, lang: null });
  });
  it("parses every parameter", () => {
    const cursor = encodeCursor({ changedAt: new Date(5), articleId: "a" });
    expect(parseListQuery(new URLSearchParams(`limit=100&cursor=${cursor}&updatedSince=2026-01-02T03:04:05%2B08:00&lang=EN-gb`))).toEqual({
      limit: 100,
      cursor: { changedAt: new Date(5), articleId: "a" },
      updatedSince: new Date("2026-01-01T19:04:05Z"),
      lang: "en-GB",
    });
    expect(parseListQuery(new URLSearchParams("updatedSince=2026-01-02")).updatedSince).toEqual(new Date("2026-01-02T00:00:00Z"));
  });
  it("names each bad parameter", () => {
    expect(issuesOf("limit=0")).toEqual(["limit:invalid"]);
    expect(issuesOf("limit=101")).toEqual(["limit:too_big"]);
    expect(issuesOf("limit=abc")).toEqual(["limit:invalid_type"]);
    expect(issuesOf("cursor=zzz")).toEqual(["cursor:invalid_cursor"]);
    expect(issuesOf(`cursor=${Buffer.from('{"t":9e15,"a":"x"}').toString("base64url")}`)).toEqual(["cursor:invalid_cursor"]);
    expect(issuesOf("updatedSince=2026-13-45")).toEqual(["updatedSince:invalid_datetime"]);
    expect(issuesOf("updatedSince=2026-01-02T03:04:05")).toEqual(["updatedSince:invalid_datetime"]);
    expect(issuesOf("lang=!!")).toEqual(["lang:invalid_language"]);
  });
});
