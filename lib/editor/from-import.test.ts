import { describe, expect, it } from "vitest";
import { editorSchema } from "./extensions";
import { detectFormat, htmlToDoc, plainTextToDoc } from "./from-import";
import { bold, br, doc, italic, link, p, text } from "./test-docs";
import type { EditorDoc } from "./types";
import { validateEditorDoc } from "./validate";

/** Valid, and already in the exact form the editor would save it. */
function expectCanonical(result: EditorDoc): void {
  expect(validateEditorDoc(result)).toMatchObject({ ok: true });
  expect(editorSchema().nodeFromJSON(result).toJSON()).toEqual(result);
}

describe("detectFormat", () => {
  it.each([
    ["<p>Hello</p>", "html"],
    ["Line one<br>line two", "html"],
    ['<div class="body">x</div>', "html"],
    ["<!DOCTYPE html><html><body>x</body></html>", "html"],
    ["Hello <b>world</b>", "html"],
    ["Plain text only.", "text"],
    ["If a < b and c > d then", "text"],
    ["Inflation <2% is the target", "text"],
    ["经济增长速度加快。", "text"],
    ["", "text"],
  ])("%j is %s", (body, format) => expect(detectFormat(body)).toBe(format));
});

describe("plainTextToDoc", () => {
  it("splits paragraphs on blank lines and joins wrapped lines with a space", () => {
    const result = plainTextToDoc("Headline\r\n\r\nFirst paragraph\r\nwrapped by the wire.\n \t \nSecond.\rStill second.\n\n\n");
    expect(result).toEqual(doc(p("Headline"), p("First paragraph wrapped by the wire."), p("Second. Still second.")));
    expectCanonical(result);
  });

  it("joins wrapped Chinese lines without a space", () => {
    expect(plainTextToDoc("新华社北京电\n国家统计局今天发布\n\n第二段")).toEqual(doc(p("新华社北京电国家统计局今天发布"), p("第二段")));
  });

  it("keeps the space between Latin and Korean lines", () => {
    expect(plainTextToDoc("서울에서\n발표했다")).toEqual(doc(p("서울에서 발표했다")));
  });

  it("trims lines, turns tabs into spaces and drops control characters and a BOM", () => {
    expect(plainTextToDoc("\uFEFF  \tIndented\u0000 line\u0007  ")).toEqual(doc(p("Indented line")));
  });

  it("keeps markup-looking text as text", () => {
    const result = plainTextToDoc("<script>alert(1)</script> & <b>");
    expect(result).toEqual(doc(p("<script>alert(1)</script> & <b>")));
    expectCanonical(result);
  });

  it("gives one empty paragraph for empty input", () => {
    expect(plainTextToDoc("")).toEqual(doc(p()));
    expect(plainTextToDoc(" \n\n \r\n")).toEqual(doc(p()));
    expectCanonical(plainTextToDoc(""));
  });
});

describe("htmlToDoc: sanitizing", () => {
  it("drops scripts, styles and event handlers with their content", () => {
    const result = htmlToDoc(
      '<p onclick="steal()">Hi<script>alert(1)</script><style>p{color:red}</style><img src=x onerror="alert(1)"> there</p><noscript>no</noscript><template><p>t</p></template>',
    );
    expect(result).toEqual(doc(p("Hi there")));
    expectCanonical(result);
  });

  it("keeps the text of unsafe links but not the link", () => {
    const result = htmlToDoc(
      '<p><a href="javascript:alert(1)">js</a> <a href="JaVaScRiPt&colon;alert(1)">js2</a> <a href="data:text/html;base64,PHNjcmlwdD4=">data</a> <a href="vbscript:x">vb</a> <a href="/relative">rel</a> <a href="//evil.example">proto</a> <a>none</a></p>',
    );
    expect(result).toEqual(doc(p("js js2 data vb rel proto none")));
  });

  it("keeps http, https and mailto links, with only href", () => {
    const result = htmlToDoc(
      '<p><a href=" https://example.com/a?b=1&amp;c=2 " target="_blank" onclick="x()" style="color:red">web</a> <a href="mailto:desk@example.com">mail</a></p>',
    );
    expect(result).toEqual(doc(p(text("web", link("https://example.com/a?b=1&c=2")), " ", text("mail", link("mailto:desk@example.com")))));
    expectCanonical(result);
  });

  it("drops SVG and MathML including their text and scripts", () => {
    const result = htmlToDoc(
      '<p>Chart:</p><svg onload="alert(1)"><script>alert(2)</script><text>label</text><a href="javascript:alert(3)">x</a></svg><math><mi>x</mi></math><p>After</p>',
    );
    expect(result).toEqual(doc(p("Chart:"), p("After")));
  });

  it("drops iframes, objects and form controls", () => {
    const result = htmlToDoc('<p>A<iframe src="https://evil.example">fallback</iframe><object data="x.swf">o</object><select><option>opt</option></select><textarea>t</textarea>B</p>');
    expect(result).toEqual(doc(p("AB")));
  });

  it("decodes entities once and never lets decoded markup become tags", () => {
    const result = htmlToDoc("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; caf&eacute; &#20013;</p>");
    expect(result).toEqual(doc(p("<script>alert(1)</script> &amp; café 中")));
  });

  it("always produces canonical, valid documents from random tag soup", () => {
    let seed = 42;
    const random = () => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    const tokens = [
      "<p>", "</p>", "<h2>", "</h2>", "<h6>", "<ul>", "</ul>", "<ol start=\"5\">", "</ol>", "<li>", "</li>",
      "<blockquote>", "</blockquote>", "<b>", "</b>", "<em>", "</em>", "<a href=\"https://x.example\">", "</a>",
      "<a href=\"javascript:x\">", "<br>", "<div>", "</div>", "<span style=\"font-weight:700\">", "</span>",
      "<table><tr><td>", "</td></tr></table>", "<svg>", "</svg>", "<script>", "</script>", "&nbsp;", " ", "\n",
      "text", "中文", "&lt;b&gt;", "<p style=\"mso-list:l0 level2 lfo1\"><span style=\"mso-list:Ignore\">1.</span>",
    ];
    for (let i = 0; i < 300; i++) {
      const html = Array.from({ length: 5 + Math.floor(random() * 40) }, () => tokens[Math.floor(random() * tokens.length)]).join("");
      expectCanonical(htmlToDoc(html));
    }
  });

  it("survives malformed and hostile nesting", () => {
    const deep = `${"<div><b>".repeat(5000)}deep${"</b></div>".repeat(5000)}`;
    const lists = `${"<ul><li>x".repeat(300)}${"</li></ul>".repeat(300)}`;
    const quotes = `${"<blockquote>".repeat(300)}q${"</blockquote>".repeat(300)}`;
    for (const html of [deep, lists, quotes, "<p><b><i>unclosed", "</p></li><li>stray</ul>", "<ul>text in list<li>item</li></ul>", "<li>orphan</li>"]) {
      expectCanonical(htmlToDoc(html));
    }
  });
});

describe("htmlToDoc: structure", () => {
  it("maps headings, with h5 and h6 becoming level 4", () => {
    const result = htmlToDoc("<h1>One</h1><h2>Two</h2><h3>Three</h3><h4>Four</h4><h5>Five</h5><h6>Six</h6>");
    expect(result.content.map((b) => (b.type === "heading" ? b.attrs.level : 0))).toEqual([1, 2, 3, 4, 4, 4]);
    expectCanonical(result);
  });

  it("maps b/strong to bold, i/em to italic, br to a hard break", () => {
    const result = htmlToDoc("<p><b>B</b> <strong>S</strong> <i>I</i> <em>E</em> <b><i>BI</i></b><br>next</p>");
    expect(result).toEqual(
      doc(p(text("B", bold), " ", text("S", bold), " ", text("I", italic), " ", text("E", italic), " ", text("BI", bold, italic), br, "next")),
    );
    expectCanonical(result);
  });

  it("unwraps unknown inline elements and splits paragraphs at block elements", () => {
    const result = htmlToDoc("<article><div>One <span>two</span> <u>three</u></div><section>Four</section>Loose <sup>text</sup><table><tr><td>cell</td></tr></table></article>");
    expect(result).toEqual(doc(p("One two three"), p("Four"), p("Loose text"), p("cell")));
  });

  it("collapses whitespace like a browser and drops blank paragraphs", () => {
    const result = htmlToDoc("<p>\n  Lots   of\n\tspace  <b> here </b> </p><p>&nbsp;</p><p> <br> </p><p>caf&eacute;&nbsp;au lait</p>");
    expect(result).toEqual(doc(p("Lots of space ", text("here", bold)), p("café\u00a0au lait")));
  });

  it("builds lists, nested lists, and keeps ordered list start and type", () => {
    const result = htmlToDoc('<ul><li>One<ul><li>One.a</li></ul></li><li><p>Two</p></li></ul><ol start="3" type="i"><li>Three</li></ol><ol start="x"><li>Bad start</li></ol>');
    expect(result).toEqual(
      doc(
        {
          type: "bulletList",
          content: [
            { type: "listItem", content: [p("One"), { type: "bulletList", content: [{ type: "listItem", content: [p("One.a")] }] }] },
            { type: "listItem", content: [p("Two")] },
          ],
        },
        { type: "orderedList", attrs: { start: 3, type: "i" }, content: [{ type: "listItem", content: [p("Three")] }] },
        { type: "orderedList", attrs: { start: 1, type: null }, content: [{ type: "listItem", content: [p("Bad start")] }] },
      ),
    );
    expectCanonical(result);
  });

  it("attaches sibling sublists (Google Docs style) to the previous item", () => {
    const result = htmlToDoc("<ul><li>a</li><ul><li>b</li></ul></ul>");
    expect(result).toEqual(
      doc({ type: "bulletList", content: [{ type: "listItem", content: [p("a"), { type: "bulletList", content: [{ type: "listItem", content: [p("b")] }] }] }] }),
    );
  });

  it("keeps list items to paragraphs and lists", () => {
    const result = htmlToDoc("<ul><li><h2>Heading in item</h2><blockquote>quote in item</blockquote></li><li><ul><li>starts with a list</li></ul></li><li></li></ul>");
    expect(result).toEqual(
      doc({
        type: "bulletList",
        content: [
          { type: "listItem", content: [p("Heading in item"), p("quote in item")] },
          { type: "listItem", content: [p(), { type: "bulletList", content: [{ type: "listItem", content: [p("starts with a list")] }] }] },
          { type: "listItem", content: [p()] },
        ],
      }),
    );
    expectCanonical(result);
  });

  it("builds blockquotes, dropping empty ones", () => {
    const result = htmlToDoc("<blockquote><p>Said</p><h3>Who</h3></blockquote><blockquote> </blockquote>");
    expect(result).toEqual(doc({ type: "blockquote", content: [p("Said"), { type: "heading", attrs: { level: 3 }, content: [text("Who")] }] }));
  });

  it("carries marks into blocks nested in inline elements", () => {
    expect(htmlToDoc("<b><p>Bold para</p></b>")).toEqual(doc(p(text("Bold para", bold))));
  });

  it("lets an inner link replace an outer one", () => {
    expect(htmlToDoc('<a href="https://a.example"><a href="https://b.example">x</a></a>')).toEqual(doc(p(text("x", link("https://b.example")))));
  });

  it("handles Chinese articles", () => {
    const result = htmlToDoc("<h1>经济增长</h1><p>新华社北京<b>10月18日</b>电 国家统计局<a href='https://stats.gov.cn/'>今天</a>发布。</p>");
    expect(result).toEqual(
      doc(
        { type: "heading", attrs: { level: 1 }, content: [text("经济增长")] },
        p("新华社北京", text("10月18日", bold), "电 国家统计局", text("今天", link("https://stats.gov.cn/")), "发布。"),
      ),
    );
    expectCanonical(result);
  });

  it("gives one empty paragraph when nothing is left", () => {
    expect(htmlToDoc('<img src="x.png"><script>x()</script>')).toEqual(doc(p()));
    expect(htmlToDoc("")).toEqual(doc(p()));
  });
});
