import { describe, expect, it } from "vitest";
import { renderHtml, renderMarkdown } from "./render";
import { bold, br, doc, italic, link, p, text } from "./test-docs";
import type { BlockNode, EditorDoc, ListItemNode } from "./types";

const item = (...content: BlockNode[]): ListItemNode => ({ type: "listItem", content });

const article: EditorDoc = doc(
  { type: "heading", attrs: { level: 1 }, content: [text("Markets rally")] },
  p("Stocks ", text("rose", bold), " and ", text("bonds", italic), " ", text("fell", bold, italic), ".", br, "See ", text("the report", link("https://example.com/r?a=1&b=2")), "."),
  { type: "bulletList", content: [item(p("One"), { type: "orderedList", attrs: { start: 1, type: null }, content: [item(p("Sub"))] }), item(p("Two"))] },
  { type: "orderedList", attrs: { start: 4, type: "a" }, content: [item(p("Four"))] },
  { type: "blockquote", content: [p("Quote"), p("More")] },
);

describe("renderHtml", () => {
  it("renders every node and mark", () => {
    expect(renderHtml(article)).toBe(
      [
        "<h1>Markets rally</h1>",
        '<p>Stocks <strong>rose</strong> and <em>bonds</em> <strong><em>fell</em></strong>.<br />See <a href="https://example.com/r?a=1&amp;b=2" rel="noopener noreferrer nofollow">the report</a>.</p>',
        "<ul><li><p>One</p><ol><li><p>Sub</p></li></ol></li><li><p>Two</p></li></ul>",
        '<ol start="4" type="a"><li><p>Four</p></li></ol>',
        "<blockquote><p>Quote</p><p>More</p></blockquote>",
      ].join("\n"),
    );
  });

  it("escapes text, so <script> in text stays text", () => {
    const html = renderHtml(doc(p('<script>alert("x")</script> & <img src=x onerror=alert(1)>')));
    expect(html).toBe("<p>&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;</p>");
  });

  it("escapes attributes and keeps target only for _blank", () => {
    const mark = { type: "link" as const, attrs: { href: 'https://x.example/"><script>', target: "_blank", rel: "opener", class: "evil", title: 'Say "hi"' } };
    expect(renderHtml(doc(p(text("x", mark))))).toBe(
      '<p><a href="https://x.example/&quot;&gt;&lt;script&gt;" rel="noopener noreferrer nofollow" target="_blank" title="Say &quot;hi&quot;">x</a></p>',
    );
    const self = { type: "link" as const, attrs: { href: "https://x.example", target: "_top" } };
    expect(renderHtml(doc(p(text("x", self))))).toBe('<p><a href="https://x.example" rel="noopener noreferrer nofollow">x</a></p>');
  });

  it("drops links that slipped past validation", () => {
    const evil = { type: "link" as const, attrs: { href: "javascript:alert(1)" } };
    expect(renderHtml(doc(p(text("click", evil))))).toBe("<p>click</p>");
  });

  it("closes the next link properly after dropping one (sanitize-html renames)", () => {
    const evil = { type: "link" as const, attrs: { href: "javascript:alert(1)" } };
    expect(renderHtml(doc(p(text("one", evil), " mid ", text("two", link("https://ok.example/"))), p("next")))).toBe(
      '<p>one mid <a href="https://ok.example/" rel="noopener noreferrer nofollow">two</a></p>\n<p>next</p>',
    );
  });

  it("nests overlapping marks into balanced tags", () => {
    const href = link("https://example.com");
    expect(renderHtml(doc(p(text("a", bold), text("b", href, bold), text("c", href))))).toBe(
      '<p><strong>a<a href="https://example.com" rel="noopener noreferrer nofollow">b</a></strong><a href="https://example.com" rel="noopener noreferrer nofollow">c</a></p>',
    );
  });

  it("renders Chinese text and empty paragraphs", () => {
    expect(renderHtml(doc(p("新华社北京电"), p()))).toBe("<p>新华社北京电</p>\n<p></p>");
  });
});

describe("renderMarkdown", () => {
  it("renders every node and mark", () => {
    expect(renderMarkdown(article)).toBe(
      [
        "# Markets rally",
        "",
        "Stocks **rose** and *bonds* ***fell***.\\",
        "See [the report](https://example.com/r?a=1&b=2).",
        "",
        "- One",
        "  1. Sub",
        "- Two",
        "",
        "4. Four",
        "",
        "> Quote",
        ">",
        "> More",
        "",
      ].join("\n"),
    );
  });

  it("escapes Markdown syntax in text", () => {
    expect(renderMarkdown(doc(p("2 * 3 = 6, snake_case, [brackets], `code`, <tag>, a\\b, ~~strike~~, &copy;")))).toBe(
      "2 \\* 3 = 6, snake\\_case, \\[brackets\\], \\`code\\`, \\<tag>, a\\\\b, \\~\\~strike\\~\\~, \\&copy;\n",
    );
  });

  it("escapes block syntax at the start of lines", () => {
    const md = renderMarkdown(doc(p("# not a heading"), p("- not a list", br, "+ nor this", br, "> nor a quote", br, "1. nor numbered", br, "2024) neither"), p("==="), p("    not code")));
    expect(md).toBe(
      ["\\# not a heading", "", "\\- not a list\\", "\\+ nor this\\", "\\> nor a quote\\", "1\\. nor numbered\\", "2024\\) neither", "", "\\===", "", "not code", ""].join("\n"),
    );
  });

  it("escapes a closing # sequence in headings and puts hard breaks on one line", () => {
    expect(renderMarkdown(doc({ type: "heading", attrs: { level: 3 }, content: [text("C#"), br, text("Issue #")] }))).toBe("### C# Issue \\#\n");
  });

  it("escapes link destinations and titles, and keeps '!' from making an image", () => {
    const mark = link("https://example.com/a_(b) c", 'The "title"');
    expect(renderMarkdown(doc(p("Wow!", text("link", mark))))).toBe('Wow\\![link](https://example.com/a_\\(b\\)%20c "The \\"title\\"")\n');
  });

  it("drops links that slipped past validation", () => {
    const evil = { type: "link" as const, attrs: { href: "javascript:alert(1)" } };
    expect(renderMarkdown(doc(p("a ", text("click", evil), " b")))).toBe("a click b\n");
  });

  it("keeps a link one token when its href holds line breaks, and its title inert text", () => {
    // Valid for the validator (URL() drops the breaks), but a raw blank line
    // would end the link and make the title's markup raw HTML.
    const mark = link(" https://ok.example/a\n\nb c\u0001d\u0000", "<img src=x onerror=alert(1)> & more");
    expect(renderMarkdown(doc(p(text("x", mark))))).toBe('[x](https://ok.example/ab%20c%01d "\\<img src=x onerror=alert(1)\\> \\& more")\n');
  });

  it("moves spaces out of emphasis", () => {
    expect(renderMarkdown(doc(p("a", text(" bold ", bold), "b")))).toBe("a **bold** b\n");
  });

  it("falls back to inline HTML where CommonMark emphasis cannot open or close", () => {
    // Closing "**" after "”" followed by a Han character is not right-flanking.
    expect(renderMarkdown(doc(p("他说", text("“好”", bold), "然后")))).toBe("他说<strong>“好”</strong>然后\n");
    // Bold followed directly by italic would merge the delimiter runs.
    expect(renderMarkdown(doc(p(text("a", bold), text("b", italic))))).toBe("<strong>a</strong>*b*\n");
  });

  it("uses plain delimiters for ordinary Chinese emphasis", () => {
    expect(renderMarkdown(doc(p("国家统计局", text("今天", bold), "发布")))).toBe("国家统计局**今天**发布\n");
  });

  it("keeps adjacent lists apart and nested ordered lists that do not start at 1 valid", () => {
    const md = renderMarkdown(
      doc(
        { type: "bulletList", content: [item(p("a"))] },
        { type: "bulletList", content: [item(p("b"))] },
        { type: "bulletList", content: [item(p("c"), { type: "orderedList", attrs: { start: 9 }, content: [item(p("nine"))] })] },
      ),
    );
    expect(md).toBe(["- a", "", "* b", "", "- c", "", "  9. nine", ""].join("\n"));
  });

  it("skips empty paragraphs and trims edge hard breaks", () => {
    expect(renderMarkdown(doc(p(), p(br, "text", br), p(" ")))).toBe("text\n");
    expect(renderMarkdown(doc(p()))).toBe("");
  });
});
