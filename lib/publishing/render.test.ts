import { describe, expect, it } from "vitest";
import { bold, doc, link, p, text } from "@/lib/editor/test-docs";
import type { EditorDoc } from "@/lib/editor/types";
import { htmlDocument, markdownDocument, renderPublication, renderTitle, textDocument } from "./render";

const article = doc(
  { type: "heading", attrs: { level: 2 }, content: [text("Markets")] },
  p("Stocks ", text("rose", bold), " — see ", text("the report", link("https://example.com/r?a=1&b=2")), "."),
  { type: "bulletList", content: [{ type: "listItem", content: [p("One")] }, { type: "listItem", content: [p("Two")] }] },
);

describe("renderPublication", () => {
  it("renders HTML, Markdown and text of the same document", () => {
    const out = renderPublication(article);
    expect(out.html).toBe(
      [
        "<h2>Markets</h2>",
        '<p>Stocks <strong>rose</strong> — see <a href="https://example.com/r?a=1&amp;b=2" rel="noopener noreferrer nofollow">the report</a>.</p>',
        "<ul><li><p>One</p></li><li><p>Two</p></li></ul>",
      ].join("\n"),
    );
    expect(out.markdown).toBe("## Markets\n\nStocks **rose** — see [the report](https://example.com/r?a=1&b=2).\n\n- One\n- Two\n");
    expect(out.text).toBe("Markets\n\nStocks rose — see the report.\n\n- One\n- Two");
  });

  it("keeps hostile text inert and drops hostile links even when the document skipped validation", () => {
    const hostile = {
      type: "doc",
      content: [
        p('<script>alert(1)</script><img src=x onerror="alert(2)">'),
        p(text("click", link("javascript:alert(3)")), " ", text("data", link("data:text/html,<script>alert(4)</script>"))),
        // Not in the schema: a crafted node must not smuggle markup through.
        { type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: 'https://ok.test/" onmouseover="alert(5)' } }] }] },
      ],
    } as unknown as EditorDoc;
    const { html, markdown } = renderPublication(hostile);
    expect(html).not.toMatch(/<script|<img|javascript:|data:text/i);
    // No tag carries an event handler; the one in the href is inside a quoted value.
    expect(html).not.toMatch(/<[^>]*\son\w+=(?!&quot;)/i);
    // Every opened link is closed as a link (see the sanitize-html note in render.ts).
    expect(html.match(/<a\b/g)?.length).toBe(html.match(/<\/a>/g)?.length);
    expect(html).not.toContain("</span>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(markdown).not.toMatch(/\]\(javascript:/i);
  });

  it("renders an empty document as empty strings", () => {
    expect(renderPublication(doc())).toEqual({ html: "", markdown: "", text: "" });
  });
});

describe("renderTitle and the standalone documents", () => {
  it("escapes the title in every form and keeps it on one line", () => {
    const title = renderTitle("<b>Q&A</b>:\n# not a heading *really*");
    expect(title.html).toBe("<h1>&lt;b&gt;Q&amp;A&lt;/b&gt;: # not a heading *really*</h1>");
    expect(title.markdown).toBe("# <b>Q&A</b>: # not a heading \\*really\\*".replace("<b>", "\\<b>").replace("</b>", "\\</b>"));
    expect(title.text).toBe("<b>Q&A</b>: # not a heading *really*");
  });

  it("builds an HTML document with charset, lang and an escaped <title>", () => {
    const html = htmlDocument({ title: 'A "quoted" <title>', lang: "en-GB", bodyHtml: "<p>Body</p>" });
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("<title>A &quot;quoted&quot; &lt;title&gt;</title>");
    expect(html).toContain("<h1>A \"quoted\" &lt;title&gt;</h1>\n<p>Body</p>");
  });

  it("puts the title first in Markdown and text", () => {
    expect(markdownDocument({ title: "Title", bodyMarkdown: "Body.\n" })).toBe("# Title\n\nBody.\n");
    expect(textDocument({ title: "Title", bodyText: "Body." })).toBe("Title\n\nBody.\n");
    expect(markdownDocument({ title: "Title", bodyMarkdown: "" })).toBe("# Title\n");
  });
});

describe("control characters", () => {
  it("leave no C0 control character (other than tab and newline) in any published form, title included", async () => {
    const { renderPublication, renderTitle, withoutControlCharacters } = await import("./render");
    const doc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Bell\u0007 and\u000b vertical\u0000 tab\u001f.\tok" }] }] } as const;
    const out = renderPublication(doc as unknown as Parameters<typeof renderPublication>[0]);
    for (const form of [out.html, out.markdown, out.text, renderTitle("Title\u0001 here").text]) {
      expect(form).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
    }
    expect(out.text).toContain("Bell and vertical tab.\tok");
    expect(withoutControlCharacters("a\nb\tc\u007f")).toBe("a\nb\tc");
  });
});
