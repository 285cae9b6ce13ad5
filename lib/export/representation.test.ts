import { describe, expect, it } from "vitest";
import { exportArticle, renderFormat, representation, strongEtag, type PublishedVersionRow } from "./representation";

const row: PublishedVersionRow = {
  articleId: "a1",
  version: 2,
  revisionNumber: 5,
  title: "Title <b>",
  html: "<p>Body</p>",
  markdown: "Body\n",
  text: "Body",
  sourceLang: "zh",
  targetLang: "en",
  metadata: JSON.stringify({ outlet: "Daily", author: null, originalUrl: "https://example.com/a", originalPublishedAt: "2024-01-01T00:00:00.000Z", sourceTitle: "标题", wordCount: 1 }),
  publishedAt: new Date("2026-01-02T03:04:05.000Z"),
};

describe("exportArticle", () => {
  it("is the version's JSON with relative links", () => {
    expect(exportArticle(row)).toEqual({
      id: "a1",
      version: 2,
      revisionNumber: 5,
      title: "Title <b>",
      sourceLang: "zh",
      targetLang: "en",
      publishedAt: "2026-01-02T03:04:05.000Z",
      metadata: { outlet: "Daily", author: null, originalUrl: "https://example.com/a", originalPublishedAt: "2024-01-01T00:00:00.000Z", sourceTitle: "标题", wordCount: 1 },
      body: { html: "<p>Body</p>", markdown: "Body\n", text: "Body" },
      links: { self: "/api/v1/export/articles/a1/versions/2", current: "/api/v1/export/articles/a1" },
    });
  });
  it("degrades unreadable metadata to nulls instead of failing", () => {
    expect(exportArticle({ ...row, metadata: "not json" }).metadata).toEqual({
      outlet: null, author: null, originalUrl: null, originalPublishedAt: null, sourceTitle: null, wordCount: null,
    });
  });
});

describe("renderFormat and representation", () => {
  it("renders the standalone formats with the escaped title", () => {
    expect(renderFormat(row, "markdown")).toBe("# Title \\<b>\n\nBody\n");
    expect(renderFormat(row, "text")).toBe("Title <b>\n\nBody\n");
    expect(renderFormat(row, "html")).toContain("<h1>Title &lt;b&gt;</h1>\n<p>Body</p>");
  });
  it("gives each format's bytes a strong ETag and its content type", () => {
    const json = representation(row, "json");
    expect(Buffer.from(json.bytes).toString("utf8")).toBe(JSON.stringify(exportArticle(row)));
    expect(json.etag).toBe(strongEtag(json.bytes));
    expect(json.etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(json.contentType).toBe("application/json; charset=utf-8");
    expect(representation(row, "text").etag).not.toBe(json.etag);
    expect(representation(row, "json").etag).toBe(json.etag);
  });
});
