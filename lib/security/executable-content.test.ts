import { describe, expect, it } from "vitest";
import { XSS_PAYLOADS, XSS_URLS } from "@/tests/security/xss-corpus";
import { findExecutableHtml, findExecutableMarkdown, markdownToHtml, urlScheme } from "./executable-content";

// Payloads that are inert as they stand and only test that a sanitizer does
// not make them live (by unescaping or joining what it strips).
const INERT_AS_RAW = new Set([
  "split tag to survive one-pass stripping",
  "textarea raw text",
  "title raw text",
  "escaped markup in a title attribute",
  "escaped markup as text",
  "framework template injection",
]);

describe("findExecutableHtml", () => {
  it.each(XSS_PAYLOADS.filter((p) => !INERT_AS_RAW.has(p.name)).map((p) => [p.id, p.name, p.html] as const))(
    "flags raw payload #%i %s",
    (_id, _name, html) => {
      expect(findExecutableHtml(html)).not.toEqual([]);
    },
  );

  it.each(XSS_URLS.filter((url) => !/^\/relative|^ｊａｖａ/.test(url)).map((url) => [JSON.stringify(url), url] as const))(
    "flags a link to %s",
    (_label, url) => {
      expect(findExecutableHtml(`<a href="${url.replace(/"/g, "&quot;")}">x</a>`)).not.toEqual([]);
    },
  );

  it("passes what our renderer emits", () => {
    const html =
      '<h2>T</h2>\n<p>a &lt;script&gt; <strong>b</strong> <a href="https://x.example/?a=1&amp;b=2" rel="noopener noreferrer nofollow" target="_blank" title="&lt;img onerror=x&gt;">c</a> <a href="mailto:a@b.example">m</a></p>\n<ol start="3" type="a"><li><p>x</p></li></ol>';
    expect(findExecutableHtml(html)).toEqual([]);
  });

  it("flags protocol-relative URLs, srcset schemes and dangerous CSS", () => {
    expect(findExecutableHtml('<img src="//evil.example/x.png">')).not.toEqual([]);
    expect(findExecutableHtml('<img srcset="https://ok.example/1x.png 1x, javascript:x 2x">')).not.toEqual([]);
    expect(findExecutableHtml('<p style="color:red">x</p>')).toEqual([]);
    expect(findExecutableHtml('<p style="background:url(&quot;javascript:x&quot;)">x</p>')).not.toEqual([]);
    expect(findExecutableHtml('<p style="x:e/**/xpression(1)">x</p>')).not.toEqual([]);
  });

  it("allows a standalone document's <meta charset> only", () => {
    const page = (head: string) => `<!doctype html><html><head>${head}<title>t</title></head><body><p>x</p></body></html>`;
    expect(findExecutableHtml(page('<meta charset="utf-8">'), { document: true })).toEqual([]);
    expect(findExecutableHtml(page('<meta charset="utf-8"><meta http-equiv="refresh" content="0;url=https://evil.example">'), { document: true })).not.toEqual([]);
    expect(findExecutableHtml('<meta charset="utf-8">')).not.toEqual([]);
  });
});

describe("urlScheme", () => {
  it("sees the scheme a browser sees", () => {
    expect(urlScheme(" \tJava\nScript:x")).toBe("javascript");
    expect(urlScheme("\u0001javascript:x")).toBe("javascript");
    expect(urlScheme("https://x.example")).toBe("https");
    expect(urlScheme("/path:x")).toBeNull();
    expect(urlScheme("?q=javascript:x")).toBeNull();
  });
});

describe("findExecutableMarkdown", () => {
  it("renders raw HTML and every URL, as a permissive consumer would", () => {
    expect(markdownToHtml("a <b onclick=x>b</b>")).toContain("<b onclick=x>");
    expect(findExecutableMarkdown("[x](javascript:alert(1))")).not.toEqual([]);
    expect(findExecutableMarkdown("<javascript:alert(1)>")).not.toEqual([]);
    expect(findExecutableMarkdown("text <img src=x onerror=alert(1)>")).not.toEqual([]);
    expect(findExecutableMarkdown('[x](https://ok.example/\n\nfoo "<img src=x onerror=alert(1)>")')).not.toEqual([]);
  });

  it("passes escaped Markdown", () => {
    expect(findExecutableMarkdown('\\<img src=x onerror=alert(1)\\> [x](https://ok.example/ "\\<b\\>") <strong>b</strong>\n')).toEqual([]);
  });
});
