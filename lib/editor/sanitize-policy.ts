/**
 * The HTML allowlists shared by import, paste and export, so that all three
 * agree on what survives. Internal to lib/editor.
 *
 * Intake (import and paste) keeps a few private markers (`div`, `data-cd-*`)
 * that carry meaning from messy HTML (Word, Google Docs, CMS exports) to the
 * tree builder in `html-builder.ts`; they never reach the editor or exports.
 */
import type sanitizeHtml from "sanitize-html";
import { ALLOWED_LINK_PROTOCOLS, isAllowedHref, LINK_REL } from "./extensions";

/** Tags of the schema, as HTML. */
export const SCHEMA_TAGS = ["p", "h1", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "a", "strong", "em", "br"];

/** Marker attribute: span carries marks ("b", "i" or "bi") read from inline CSS. */
export const MARKS_ATTR = "data-cd-marks";
/** Marker attribute: Word list paragraph, value "<list id> <level>". */
export const WORD_LIST_ATTR = "data-cd-list";
/** Marker attribute: span holding a Word list bullet or number ("1.", "·"). */
export const WORD_LIST_MARKER_ATTR = "data-cd-list-marker";

/**
 * Elements whose text is not article text. sanitize-html's own defaults
 * (script, style, textarea, option, xmp) are repeated because passing the
 * option replaces them.
 */
const NON_TEXT_TAGS = [
  "script", "style", "textarea", "option", "xmp", "noscript", "template", "title", "head",
  "svg", "math", "iframe", "object", "embed", "select", "button", "noembed", "noframes",
];

/**
 * Elements that separate blocks but have no schema equivalent. They become
 * `div`, which the builder treats as a paragraph boundary; unwrapping them
 * would glue "<div>One</div><div>Two</div>" into "OneTwo".
 */
const BLOCK_CONTAINERS = [
  "div", "section", "article", "main", "header", "footer", "aside", "nav", "figure", "figcaption",
  "address", "center", "details", "summary", "dl", "dt", "dd", "table", "caption", "thead", "tbody",
  "tfoot", "tr", "td", "th", "pre", "hgroup", "form", "fieldset", "legend",
];

/** Parses an inline `style` attribute into lower-cased property → value. */
function parseStyle(style: string | undefined): Map<string, string> {
  const declarations = new Map<string, string>();
  for (const part of (style ?? "").split(";")) {
    const colon = part.indexOf(":");
    if (colon < 0) continue;
    const property = part.slice(0, colon).trim().toLowerCase();
    const value = part.slice(colon + 1).replace(/!important/i, "").trim().toLowerCase();
    declarations.set(property, value);
  }
  return declarations;
}

function isBoldWeight(weight: string | undefined): boolean | undefined {
  if (weight === undefined) return undefined;
  if (weight === "bold" || weight === "bolder") return true;
  const numeric = Number(weight);
  return Number.isFinite(numeric) ? numeric >= 600 : false;
}

function isItalicStyle(style: string | undefined): boolean | undefined {
  if (style === undefined) return undefined;
  return style.startsWith("italic") || style.startsWith("oblique");
}

const span = (attribs: sanitizeHtml.Attributes = {}): sanitizeHtml.Tag => ({ tagName: "span", attribs });

/**
 * `<b>`/`<strong>`: bold unless inline CSS says otherwise. Google Docs wraps
 * every copied fragment in `<b style="font-weight:normal" id="docs-internal-guid-…">`,
 * which must not embolden the whole paste.
 */
function boldTag(_tag: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  return isBoldWeight(parseStyle(attribs.style).get("font-weight")) === false ? span() : { tagName: "strong", attribs: {} };
}

function italicTag(_tag: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  return isItalicStyle(parseStyle(attribs.style).get("font-style")) === false ? span() : { tagName: "em", attribs: {} };
}

/** Google Docs and many CMSs express bold/italic only as span CSS. */
function styledSpan(_tag: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const style = parseStyle(attribs.style);
  if (style.get("mso-list") === "ignore") return span({ [WORD_LIST_MARKER_ATTR]: "" });
  const marks = `${isBoldWeight(style.get("font-weight")) ? "b" : ""}${isItalicStyle(style.get("font-style")) ? "i" : ""}`;
  return span(marks ? { [MARKS_ATTR]: marks } : {});
}

/** Word renders list items as `<p style="mso-list:l0 level2 lfo1">`. */
function paragraph(_tag: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const msoList = parseStyle(attribs.style).get("mso-list");
  const match = msoList ? /^(l\d+)\s+level(\d+)/.exec(msoList) : null;
  return { tagName: "p", attribs: match ? { [WORD_LIST_ATTR]: `${match[1]} ${match[2]}` } : {} };
}

function link(_tag: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const href = attribs.href?.trim();
  return href && isAllowedHref(href) ? { tagName: "a", attribs: { href } } : span();
}

/** `<ol start type>` only when they are values ProseMirror can hold. */
function orderedList(_tag: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const kept: sanitizeHtml.Attributes = {};
  if (attribs.start !== undefined && /^-?\d{1,9}$/.test(attribs.start.trim())) kept.start = attribs.start.trim();
  if (attribs.type !== undefined && /^[1aAiI]$/.test(attribs.type)) kept.type = attribs.type;
  return { tagName: "ol", attribs: kept };
}

const shared = {
  allowedSchemes: [...ALLOWED_LINK_PROTOCOLS],
  allowedSchemesByTag: {},
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  nonTextTags: NON_TEXT_TAGS,
  parseStyleAttributes: false,
  // Deeper tags are dropped (their text kept), which bounds the recursion of
  // the tree builder; real articles nest a handful of levels.
  nestingLimit: 100,
} satisfies sanitizeHtml.IOptions;

/**
 * Intake policy for imported and pasted HTML: schema tags plus the private
 * markers above; everything else is unwrapped (text kept) or, for
 * NON_TEXT_TAGS, dropped with its content.
 */
export const INTAKE_POLICY: sanitizeHtml.IOptions = {
  ...shared,
  allowedTags: [...SCHEMA_TAGS, "div", "span"],
  allowedAttributes: {
    a: ["href"],
    ol: ["start", "type"],
    p: [WORD_LIST_ATTR],
    span: [MARKS_ATTR, WORD_LIST_MARKER_ATTR],
  },
  transformTags: {
    ...Object.fromEntries(BLOCK_CONTAINERS.map((tag) => [tag, "div"])),
    h5: "h4",
    h6: "h4",
    b: boldTag,
    strong: boldTag,
    i: italicTag,
    em: italicTag,
    cite: "em",
    span: styledSpan,
    font: styledSpan,
    p: paragraph,
    a: link,
    ol: orderedList,
  },
};

/**
 * Export policy: only the schema's tags and the attributes the renderer
 * emits. Run over our own rendering as defense in depth.
 */
export const RENDER_POLICY: sanitizeHtml.IOptions = {
  ...shared,
  allowedTags: SCHEMA_TAGS,
  allowedAttributes: { a: ["href", "rel", "target", "title"], ol: ["start", "type"] },
  transformTags: {
    a: (_tag, attribs) => {
      const href = attribs.href;
      // Not renamed to a discarded tag: sanitize-html (2.18.1) forgets to
      // clear a renamed tag that it then discards, and closes the next link
      // at that depth as `</span>`, leaving it open over the rest of the page.
      if (!href || !isAllowedHref(href)) return { tagName: "a", attribs: {} };
      return { tagName: "a", attribs: { ...attribs, href, rel: LINK_REL } };
    },
  },
  // Links left without an href lose their tag and keep their text.
  exclusiveFilter: (frame) => (frame.tag === "a" && !frame.attribs.href ? "excludeTag" : false),
};
