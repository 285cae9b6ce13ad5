/**
 * Test oracle: finds content that a browser could execute in HTML or in
 * Markdown rendered to HTML. Used by the XSS corpus tests
 * (tests/integration/xss-*.test.ts) against every output format; not used
 * by the app itself (it needs the devDependencies parse5 and commonmark).
 *
 * HTML is parsed twice, with parse5 (the WHATWG algorithm browsers use, so
 * mutation-XSS tricks parse here as they would in a page) and htmlparser2
 * (what our own sanitizer pipeline reads), and a finding in either counts.
 * Markdown is rendered by commonmark.js, the CommonMark reference, with raw
 * HTML passed through and no URL filtering: the output must be safe on its
 * own, not thanks to a careful Markdown renderer downstream.
 */
import { HtmlRenderer, Parser } from "commonmark";
import { parseDocument } from "htmlparser2";
import { parse, parseFragment } from "parse5";

/** Elements that run script, load active content, or change how the page or its links and forms resolve. */
const FORBIDDEN_ELEMENTS = new Set([
  "script", "iframe", "frame", "frameset", "object", "embed", "applet", "param", "base", "meta", "link",
  "form", "style", "svg", "math", "template", "portal", "noscript", "noembed", "noframes", "xmp",
  "animate", "animatemotion", "animatetransform", "set", "handler", "listener", "import", "isindex",
  "frame", "layer", "ilayer", "bgsound", "xml",
]);

/** Attributes holding a URL that a browser may navigate to, load or submit to. */
const URL_ATTRIBUTES = new Set([
  "href", "xlink:href", "src", "action", "formaction", "data", "background", "poster", "cite",
  "codebase", "classid", "archive", "dynsrc", "lowsrc", "longdesc", "ping", "usemap", "manifest",
  "icon", "profile", "values", "from", "to", "by", "itemtype",
]);

const SAFE_SCHEMES = new Set(["http", "https", "mailto"]);

/** One piece of executable content found in an output. */
export type Finding = { parser: string; element: string; problem: string };

// Browsers drop ASCII whitespace and C0 controls around a URL and tab/LF/CR
// inside it; we drop every control, whitespace and invisible formatting
// character anywhere, which can only find more, never less.
const URL_NOISE = /[\u0000-\u0020\u007F-\u00A0\u00AD\u1680\u180E\u2000-\u200F\u2028-\u202F\u205F-\u2064\u3000\uFEFF]/g;

/**
 * The scheme a browser would see in a URL attribute value (already
 * entity-decoded by the parser), lower-cased; null for a relative URL.
 */
export function urlScheme(value: string): string | null {
  const compact = value.replace(URL_NOISE, "");
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  return match ? match[1]!.toLowerCase() : null;
}

/** Dangerous CSS: IE expressions, script URLs, bindings, imports. */
function dangerousStyle(style: string): boolean {
  const compact = style
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16) || 0xfffd))
    .replace(/\\/g, "")
    .replace(URL_NOISE, "")
    .toLowerCase();
  return /expression\(|javascript:|vbscript:|livescript:|-moz-binding|behavior:|@import|url\((?!["']?https?:)/.test(compact);
}

function checkAttribute(findings: Finding[], parser: string, element: string, name: string, value: string): void {
  const attr = name.toLowerCase();
  const at = (problem: string): void => {
    findings.push({ parser, element, problem });
  };
  if (/^on/.test(attr)) return at(`event handler ${attr}="${value}"`);
  if (attr === "srcdoc") return at(`srcdoc="${value}"`);
  if (attr === "http-equiv") return at(`http-equiv="${value}"`);
  if (attr === "style" && dangerousStyle(value)) return at(`style="${value}"`);
  if (attr === "srcset" || attr === "imagesrcset") {
    for (const candidate of value.split(",")) {
      const scheme = urlScheme(candidate.trim().split(/\s+/)[0] ?? "");
      if (scheme !== null && !SAFE_SCHEMES.has(scheme)) at(`${attr} with ${scheme}:`);
    }
    return;
  }
  if (URL_ATTRIBUTES.has(attr) || attr.endsWith(":href")) {
    const scheme = urlScheme(value);
    if (scheme !== null && !SAFE_SCHEMES.has(scheme)) at(`${attr}="${value}" (${scheme}:)`);
    // Protocol-relative URLs load from any host.
    if (scheme === null && /^[\\/]{2}/.test(value.replace(URL_NOISE, ""))) at(`${attr}="${value}" (protocol-relative)`);
  }
}

function checkElement(findings: Finding[], parser: string, name: string, attributeNames: readonly string[], isDocument: boolean): void {
  const tag = name.toLowerCase();
  // A standalone document may declare its charset, and nothing else in <meta>.
  if (isDocument && tag === "meta" && attributeNames.length === 1 && attributeNames[0]!.toLowerCase() === "charset") return;
  if (FORBIDDEN_ELEMENTS.has(tag)) findings.push({ parser, element: name, problem: `<${name}> element` });
}

type Parse5Node = {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string; prefix?: string }[];
  childNodes?: Parse5Node[];
  content?: Parse5Node;
};

function walkParse5(node: Parse5Node, findings: Finding[], isDocument: boolean): void {
  if (node.tagName) {
    checkElement(findings, "parse5", node.tagName, (node.attrs ?? []).map((attr) => attr.name), isDocument);
    for (const attr of node.attrs ?? []) {
      checkAttribute(findings, "parse5", node.tagName, attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name, attr.value);
    }
  }
  for (const child of node.childNodes ?? []) walkParse5(child, findings, isDocument);
  if (node.content) walkParse5(node.content, findings, isDocument);
}

type HtmlparserNode = { type: string; name?: string; attribs?: Record<string, string>; children?: HtmlparserNode[] };

function walkHtmlparser2(node: HtmlparserNode, findings: Finding[], isDocument: boolean): void {
  if (node.name && node.attribs) {
    checkElement(findings, "htmlparser2", node.name, Object.keys(node.attribs), isDocument);
    for (const [name, value] of Object.entries(node.attribs)) checkAttribute(findings, "htmlparser2", node.name, name, value);
  }
  for (const child of node.children ?? []) walkHtmlparser2(child, findings, isDocument);
}

/**
 * Everything executable in an HTML fragment (or, with `document: true`, a
 * whole document, whose own `<meta charset>` is allowed): forbidden
 * elements, event handlers, srcdoc, http-equiv, URL attributes with a scheme
 * other than http/https/mailto (after entity decoding and with control and
 * whitespace characters removed), protocol-relative URLs, and dangerous CSS.
 */
export function findExecutableHtml(html: string, options: { document?: boolean } = {}): Finding[] {
  const findings: Finding[] = [];
  const isDocument = options.document === true;
  walkParse5((isDocument ? parse(html) : parseFragment(html)) as unknown as Parse5Node, findings, isDocument);
  walkHtmlparser2(parseDocument(html, { decodeEntities: true, lowerCaseAttributeNames: true }) as unknown as HtmlparserNode, findings, isDocument);
  return findings;
}

/** CommonMark rendered to HTML the way a permissive consumer would (raw HTML kept, every URL kept). */
export function markdownToHtml(markdown: string): string {
  return new HtmlRenderer({ safe: false }).render(new Parser().parse(markdown));
}

/** Everything executable in Markdown once a CommonMark renderer turns it into HTML. */
export function findExecutableMarkdown(markdown: string): Finding[] {
  return findExecutableHtml(markdownToHtml(markdown));
}
