import { describe, expect, it } from "vitest";
import { htmlToDoc } from "./from-import";
import { transformPastedHTML } from "./paste";
import { validateEditorDoc } from "./validate";

/** What Word (Microsoft 365, Windows) puts on the clipboard, trimmed to the interesting parts. */
const WORD_HTML = `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<link rel=File-List href="file:///C:/Users/ed/AppData/Local/Temp/msohtmlclip1/01/clip_filelist.xml">
<!--[if gte mso 9]><xml>
 <o:OfficeDocumentSettings>
  <o:AllowPNG/>
 </o:OfficeDocumentSettings>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {mso-style-unhide:no; margin:0cm; font-size:12.0pt;}
-->
</style>
</head>
<body lang=EN-GB style='tab-interval:36.0pt;word-wrap:break-word'>
<!--StartFragment-->
<h1><span lang=EN-US>Government announces budget<o:p></o:p></span></h1>

<p class=MsoNormal><span lang=EN-US style='mso-ansi-language:EN-US'>The finance minister said on <b>Tuesday</b> that the
budget would <i style='mso-bidi-font-style:normal'>not</i> change. <a
href="https://example.com/budget">Read more</a>.<o:p></o:p></span></p>

<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>

<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
lang=EN-US style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:
Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]><span lang=EN-US>Taxes stay the same<o:p></o:p></span></p>

<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span
lang=EN-US style='font-family:"Courier New";mso-fareast-font-family:"Courier New"'><span
style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;
</span></span></span><![endif]><span lang=EN-US>Income tax<o:p></o:p></span></p>

<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
lang=EN-US style='font-family:Symbol'><span style='mso-list:Ignore'>·<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]><span lang=EN-US>Spending <b style='mso-bidi-font-weight:normal'>rises</b><o:p></o:p></span></p>

<p class=MsoNormal><span lang=EN-US>Steps:<o:p></o:p></span></p>

<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span
lang=EN-US><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]><span lang=EN-US>Parliament votes<o:p></o:p></span></p>

<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span
lang=EN-US><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]><span lang=EN-US>The president signs<o:p></o:p></span></p>

<p class=MsoNormal><span lang=ZH-CN style='font-family:"Microsoft YaHei";mso-fareast-language:ZH-CN'>财政部长周二表示<b>预算不变</b>。</span><span
lang=EN-US><o:p></o:p></span></p>
<!--EndFragment-->
</body>
</html>`;

const DOCS_SPAN = "font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;";
const span = (style: string, text: string) => `<span style="${DOCS_SPAN}${style}">${text}</span>`;

/** What Google Docs (Chrome) puts on the clipboard. */
const GOOGLE_DOCS_HTML =
  `<meta charset='utf-8'><meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-8a1c2f3e-7fff-d4c1-9ab2-0c5e2f9d1b7a">` +
  `<h2 dir="ltr" style="line-height:1.38;margin-top:18pt;margin-bottom:6pt;">${span("font-weight:400;font-style:normal;", "Election results")}</h2>` +
  `<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;">` +
  span("font-weight:400;font-style:normal;", "Turnout was ") +
  span("font-weight:700;font-style:normal;", "62 percent") +
  span("font-weight:400;font-style:italic;", ", officials said") +
  span("font-weight:400;font-style:normal;", ". Details at ") +
  `<a href="https://example.org/results" style="text-decoration:none;"><span style="${DOCS_SPAN}color:#1155cc;font-weight:400;font-style:normal;text-decoration:underline;-webkit-text-decoration-skip:none;text-decoration-skip-ink:none;">the commission</span></a>` +
  span("font-weight:400;font-style:normal;", ".") +
  `</p><br>` +
  `<ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;">` +
  `<li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation">${span("font-weight:400;", "North: 40%")}</p></li>` +
  `<ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:circle;" aria-level="2"><p dir="ltr" role="presentation">${span("font-weight:400;", "Urban")}</p></li></ul>` +
  `<li dir="ltr" style="list-style-type:disc;" aria-level="1"><p dir="ltr" role="presentation">${span("font-weight:700;font-style:italic;", "South: 22%")}</p></li>` +
  `</ul><br>` +
  `<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;">${span("font-weight:400;", "选民投票率")}${span("font-weight:700;", "创新高")}${span("font-weight:400;", "。")}</p>` +
  `</b><br class="Apple-interchange-newline">`;

describe("transformPastedHTML", () => {
  it("cleans Word HTML down to the schema, rebuilding its lists", () => {
    expect(transformPastedHTML(WORD_HTML)).toBe(
      [
        "<h1>Government announces budget</h1>",
        '<p>The finance minister said on <strong>Tuesday</strong> that the budget would <em>not</em> change. <a href="https://example.com/budget" rel="noopener noreferrer nofollow">Read more</a>.</p>',
        "<ul><li><p>Taxes stay the same</p><ul><li><p>Income tax</p></li></ul></li><li><p>Spending <strong>rises</strong></p></li></ul>",
        "<p>Steps:</p>",
        "<ol><li><p>Parliament votes</p></li><li><p>The president signs</p></li></ol>",
        "<p>财政部长周二表示<strong>预算不变</strong>。</p>",
      ].join("\n"),
    );
  });

  it("cleans Google Docs HTML: no wrapper bold, styled spans become strong/em", () => {
    expect(transformPastedHTML(GOOGLE_DOCS_HTML)).toBe(
      [
        "<h2>Election results</h2>",
        '<p>Turnout was <strong>62 percent</strong><em>, officials said</em>. Details at <a href="https://example.org/results" rel="noopener noreferrer nofollow">the commission</a>.</p>',
        "<ul><li><p>North: 40%</p><ul><li><p>Urban</p></li></ul></li><li><p><strong><em>South: 22%</em></strong></p></li></ul>",
        "<p>选民投票率<strong>创新高</strong>。</p>",
      ].join("\n"),
    );
  });

  it("keeps a Google Docs inline fragment inline (one paragraph)", () => {
    const html = `<meta charset='utf-8'><b style="font-weight:normal;" id="docs-internal-guid-1"><span style="${DOCS_SPAN}font-weight:700;">just these words</span></b>`;
    expect(transformPastedHTML(html)).toBe("<p><strong>just these words</strong></p>");
  });

  it("leaves only schema tags from an arbitrary web page", () => {
    const html =
      '<div class="article"><h1 style="color:red" class="title">Title</h1><figure><img src="x.jpg" onerror="alert(1)"><figcaption>Caption</figcaption></figure>' +
      '<p>Some <code>code</code>, <s>struck</s>, <u>underlined</u>, <sup>sup</sup> and <mark>marked</mark> text.</p><hr><pre>line 1\nline 2</pre>' +
      '<p><a href="javascript:alert(1)">bad link</a> <a href="https://ok.example" target="_blank" class="x">good link</a></p><script>alert(2)</script></div>';
    const out = transformPastedHTML(html);
    expect(out).toBe(
      [
        "<h1>Title</h1>",
        "<p>Caption</p>",
        "<p>Some code, struck, underlined, sup and marked text.</p>",
        "<p>line 1 line 2</p>",
        '<p>bad link <a href="https://ok.example" rel="noopener noreferrer nofollow">good link</a></p>',
      ].join("\n"),
    );
    expect(out).not.toMatch(/<(?!\/?(h1|p|a|strong|em|br|ul|ol|li|blockquote)\b)/);
  });

  it("returns an empty string when nothing pasteable is left", () => {
    expect(transformPastedHTML('<img src="photo.jpg">')).toBe("");
    expect(transformPastedHTML("<!-- just a comment --><style>p{}</style>")).toBe("");
  });

  it("produces documents the server accepts", () => {
    for (const html of [WORD_HTML, GOOGLE_DOCS_HTML]) {
      expect(validateEditorDoc(htmlToDoc(html))).toMatchObject({ ok: true });
    }
  });
});
