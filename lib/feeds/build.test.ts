import { parseFeed } from "@rowanmanning/feed-parser";
import { describe, expect, it } from "vitest";
import { renderFeed, type FeedDocument } from "./build";

const base = (entries: FeedDocument["entries"], format: FeedDocument["format"] = "atom"): FeedDocument => ({
  format,
  id: "https://desk.example/api/v1/feeds/en/atom",
  title: "Copydesk — English",
  links: { atom: "https://desk.example/api/v1/feeds/en/atom", json: "https://desk.example/api/v1/feeds/en/json" },
  generatorName: "Copydesk",
  entries,
  emptyUpdated: new Date("2026-01-01T00:00:00Z"),
});

const tricky = {
  id: "urn:copydesk:article:a1",
  url: "https://desk.example/api/v1/export/articles/a1",
  title: "Markets <rally> & \"bonds\" ]]> fall",
  html: "<p>Stocks rose ]]> and ]]> again.</p>\n<p>中文 &amp; more</p>",
  author: "Li <Wei>",
  publishedAt: new Date("2026-03-04T05:06:07Z"),
};

describe("renderFeed (atom)", () => {
  it("is read back by a feed parser with titles, HTML, authors and dates intact", () => {
    const older = { ...tricky, id: "urn:copydesk:article:a0", title: "Older", html: "<p>Old.</p>", author: null, publishedAt: new Date("2026-03-01T00:00:00Z") };
    const parsed = parseFeed(renderFeed(base([tricky, older])));
    expect(parsed.title).toBe("Copydesk — English");
    expect(parsed.updated?.toISOString()).toBe("2026-03-04T05:06:07.000Z");
    expect(parsed.items).toHaveLength(2);
    const [first, second] = parsed.items;
    expect(first?.id).toBe("urn:copydesk:article:a1");
    expect(first?.url).toBe(tricky.url);
    expect(first?.title).toBe(tricky.title);
    // The parser hands back the HTML with its entities decoded.
    expect(first?.content).toBe(tricky.html.replace("&amp;", "&"));
    expect(first?.authors.map((a) => a.name)).toEqual(["Li <Wei>"]);
    expect(first?.published?.toISOString()).toBe("2026-03-04T05:06:07.000Z");
    expect(second?.title).toBe("Older");
  });

  it("drops characters XML cannot carry and renders an empty feed", () => {
    const parsed = parseFeed(renderFeed(base([{ ...tricky, title: "Bell\u0007 here" }])));
    expect(parsed.items[0]?.title).toBe("Bell here");
    const empty = parseFeed(renderFeed(base([])));
    expect(empty.items).toEqual([]);
    expect(empty.updated?.toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });
});

describe("renderFeed (json)", () => {
  it("is a JSON Feed with plain titles and HTML content", () => {
    const json = JSON.parse(renderFeed(base([tricky], "json"))) as Record<string, unknown> & { items: Record<string, unknown>[] };
    expect(json).toMatchObject({ version: "https://jsonfeed.org/version/1", title: "Copydesk — English", feed_url: "https://desk.example/api/v1/feeds/en/json" });
    expect(json.items[0]).toMatchObject({
      id: tricky.id,
      url: tricky.url,
      title: tricky.title,
      content_html: tricky.html,
      date_published: "2026-03-04T05:06:07.000Z",
      author: { name: "Li <Wei>" },
    });
  });
});
