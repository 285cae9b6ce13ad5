/**
 * TMX 1.4b import and export for the translation memory.
 *
 * Export writes one `tu` per pair: `creationdate`, `changedate` (TMX's
 * YYYYMMDDThhmmssZ, UTC) and `usagecount` on the `tu`, provenance as
 * `prop type="x-copydesk-…"` (article, published-version, revision, approver,
 * unpublished), then the source `tuv` and the target `tuv`, each with one
 * `seg` of plain text. Units are sorted by source, then target (UTF-16 code
 * unit order, no locale), then the remaining fields, and the header carries
 * no clock, so the same memory always exports the same bytes and
 * export → import → export is byte-identical.
 *
 * Import parses with saxes (a non-validating parser that never reads a DTD:
 * only the five XML entities and character references are expanded) and is
 * all-or-nothing: it returns units only when the file has no error, and
 * otherwise every error found, each with its line. Refused:
 *   - XML that is not well-formed (the parser's first error, with its line);
 *   - a DOCTYPE declaring an ENTITY (internal or external): entity expansion
 *     is off, and a file that relies on it is refused rather than half read;
 *   - a root other than `tmx version="1.4"`, a missing `header` or `body`;
 *   - a `tuv` whose `xml:lang` is not a well-formed BCP 47 tag, or is neither
 *     language of the pair (the pair asked for, or the header's `srclang` and
 *     the one other language of the file);
 *   - a `tu` without exactly one `tuv` of each language of the pair;
 *   - an empty (or whitespace-only) `seg`;
 *   - malformed dates, usage counts or numeric provenance.
 * Inline markup (`bpt`, `ept`, `it`, `ph`, `ut`, `hi`, `sub`): Copydesk
 * sentences are plain text, so the markup is stripped — the native codes of
 * `bpt`/`ept`/`it`/`ph`/`ut` and the sub-flows of `sub` are dropped, the text
 * inside `hi` is kept — and each stripped element is reported as a warning
 * with its line (the caller shows them; nothing is refused for it). Our own
 * exports never contain markup, so they round-trip unchanged.
 * Languages match by their primary subtag (a `zh-CN` tuv is the `zh` side of
 * a zh-en pair); the tags of the file are kept on the result.
 */
import { SaxesParser } from "saxes";

export type TmProvenance = {
  article?: string;
  publishedVersion?: number;
  revision?: number;
  approver?: string;
  /** The article was unpublished after this pair was stored; the entry stays, marked. */
  unpublished?: boolean;
};

export type TmUnit = {
  source: string;
  target: string;
  creationDate?: Date;
  changeDate?: Date;
  usageCount?: number;
  provenance?: TmProvenance;
};

export type TmxDocument = { sourceLang: string; targetLang: string; units: TmUnit[] };

export type TmxErrorCode =
  | "xml"
  | "entity"
  | "root"
  | "header"
  | "body"
  | "language"
  | "pair"
  | "missingTuv"
  | "duplicateTuv"
  | "emptySeg"
  | "segCount"
  | "markup"
  | "attribute"
  | "prop";

export type TmxIssue = { line: number; code: TmxErrorCode; message: string };

export type TmxImportResult = ({ ok: true } & TmxDocument & { warnings: TmxIssue[] }) | { ok: false; errors: TmxIssue[] };

export type TmxImportOptions = {
  /** The pair asked for ("zh", "en"); when absent, the header's srclang and the file's one other language. */
  sourceLang?: string;
  targetLang?: string;
  /** Stop collecting errors after this many (default 100). */
  maxErrors?: number;
};

const PROP_PREFIX = "x-copydesk-";
const PROPS = ["article", "published-version", "revision", "approver", "unpublished"] as const;
const STRIPPED = new Set(["bpt", "ept", "it", "ph", "ut", "sub"]);

/** True for a well-formed BCP 47 language tag (ICU's parser, so "zh-Hans-CN" yes, "chinese" or "zh_CN" no). */
export function isLanguageTag(tag: string): boolean {
  if (!/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

function primary(tag: string): string {
  return tag.split("-", 1)[0]!.toLowerCase();
}

// ---------------------------------------------------------------- export

function escapeText(text: string): string {
  // \r would be read back as \n (XML end-of-line handling): keep it as a reference.
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}

/** Characters XML 1.0 cannot carry at all; refused on export rather than written into a file no reader accepts. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** 2024-05-01T10:00:00.123Z → 20240501T100000Z (TMX keeps seconds). */
export function tmxDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}

function parseTmxDate(value: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return undefined;
  const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
  return tmxDate(date) === value ? date : undefined;
}

function provenanceProps(p: TmProvenance | undefined): [string, string][] {
  if (!p) return [];
  const props: [string, string][] = [];
  if (p.article !== undefined) props.push(["article", p.article]);
  if (p.publishedVersion !== undefined) props.push(["published-version", String(p.publishedVersion)]);
  if (p.revision !== undefined) props.push(["revision", String(p.revision)]);
  if (p.approver !== undefined) props.push(["approver", p.approver]);
  if (p.unpublished) props.push(["unpublished", "true"]);
  return props;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function unitSortKey(u: TmUnit): string {
  return JSON.stringify([u.creationDate?.getTime() ?? null, u.changeDate?.getTime() ?? null, u.usageCount ?? null, provenanceProps(u.provenance)]);
}

/**
 * The memory as a TMX 1.4b document (UTF-8 text). Throws a RangeError when a
 * segment is empty or holds a character XML cannot carry, or a language tag is
 * not BCP 47: such a memory cannot be exported faithfully.
 */
export function exportTmx(doc: TmxDocument): string {
  for (const lang of [doc.sourceLang, doc.targetLang]) if (!isLanguageTag(lang)) throw new RangeError(`not a BCP 47 language tag: ${lang}`);
  const units = [...doc.units].sort(
    (a, b) => compareStrings(a.source, b.source) || compareStrings(a.target, b.target) || compareStrings(unitSortKey(a), unitSortKey(b)),
  );
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="Copydesk" creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en" srclang="${escapeAttribute(doc.sourceLang)}" o-tmf="Copydesk"/>`,
    "  <body>",
  ];
  for (const u of units) {
    for (const text of [u.source, u.target]) {
      if (!text.trim()) throw new RangeError("empty segment");
      if (NOT_XML.test(text)) throw new RangeError(`segment holds a character XML cannot carry: ${JSON.stringify(text)}`);
    }
    const attributes: string[] = [];
    if (u.creationDate) attributes.push(`creationdate="${tmxDate(u.creationDate)}"`);
    if (u.changeDate) attributes.push(`changedate="${tmxDate(u.changeDate)}"`);
    if (u.usageCount !== undefined) attributes.push(`usagecount="${u.usageCount}"`);
    out.push(`    <tu${attributes.map((a) => ` ${a}`).join("")}>`);
    for (const [type, value] of provenanceProps(u.provenance)) out.push(`      <prop type="${PROP_PREFIX}${type}">${escapeText(value)}</prop>`);
    out.push(`      <tuv xml:lang="${escapeAttribute(doc.sourceLang)}"><seg>${escapeText(u.source)}</seg></tuv>`);
    out.push(`      <tuv xml:lang="${escapeAttribute(doc.targetLang)}"><seg>${escapeText(u.target)}</seg></tuv>`);
    out.push("    </tu>");
  }
  out.push("  </body>", "</tmx>", "");
  return out.join("\n");
}

// ---------------------------------------------------------------- import

type RawTuv = { lang: string; line: number; segs: { text: string; line: number }[] };
type RawTu = { line: number; attributes: Record<string, string>; props: { type: string; value: string; line: number }[]; tuvs: RawTuv[] };

/** Reads the XML into raw units; structural errors go to `issue`. */
function readTmx(xml: string, issue: (line: number, code: TmxErrorCode, message: string) => void, warn: (line: number, message: string) => void) {
  const parser = new SaxesParser({ position: true });
  const tus: RawTu[] = [];
  let srclang: string | undefined;
  let sawRoot = false;
  let sawHeader = false;
  let sawBody = false;
  let xmlError: TmxIssue | undefined;
  const stack: string[] = [];
  let tu: RawTu | undefined;
  let tuv: RawTuv | undefined;
  let seg: { text: string; line: number } | undefined;
  let prop: { type: string; value: string; line: number } | undefined;
  /** Depth inside an element whose content is dropped (bpt, ph, sub…). */
  let dropDepth = 0;
  let tagLine = 1;

  parser.on("error", (err) => {
    if (!xmlError) xmlError = { line: parser.line, code: "xml", message: err.message.replace(/^\d+:\d+: /, "") };
  });
  parser.on("doctype", (doctype) => {
    if (/<!ENTITY/i.test(doctype)) issue(parser.line, "entity", "the DOCTYPE declares an entity; entities are not expanded, so the file is refused");
  });
  parser.on("opentagstart", () => {
    tagLine = parser.line;
  });
  parser.on("opentag", (node) => {
    const name = node.name;
    const attrs = node.attributes as Record<string, string>;
    const parent = stack[stack.length - 1];
    stack.push(name);
    if (seg) {
      if (dropDepth > 0 || STRIPPED.has(name)) {
        if (dropDepth === 0) warn(tagLine, `inline markup <${name}> stripped from the segment`);
        dropDepth++;
      } else if (name === "hi") {
        warn(tagLine, "inline markup <hi> stripped (its text kept)");
      } else {
        issue(tagLine, "markup", `unexpected <${name}> inside <seg>`);
      }
      return;
    }
    if (stack.length === 1) {
      sawRoot = true;
      if (name !== "tmx" || attrs.version !== "1.4") issue(tagLine, "root", `the root must be <tmx version="1.4">, found <${name}${attrs.version ? ` version="${attrs.version}"` : ""}>`);
      return;
    }
    if (name === "header" && parent === "tmx") {
      sawHeader = true;
      srclang = attrs.srclang;
    } else if (name === "body" && parent === "tmx") {
      sawBody = true;
    } else if (name === "tu" && parent === "body") {
      tu = { line: tagLine, attributes: attrs, props: [], tuvs: [] };
    } else if (name === "prop" && parent === "tu" && tu) {
      prop = { type: attrs.type ?? "", value: "", line: tagLine };
    } else if (name === "tuv" && parent === "tu" && tu) {
      tuv = { lang: attrs["xml:lang"] ?? attrs.lang ?? "", line: tagLine, segs: [] };
    } else if (name === "seg" && parent === "tuv" && tuv) {
      seg = { text: "", line: tagLine };
    }
  });
  parser.on("text", (text) => {
    if (seg && dropDepth === 0) seg.text += text;
    else if (prop) prop.value += text;
  });
  parser.on("cdata", (text) => {
    if (seg && dropDepth === 0) seg.text += text;
    else if (prop) prop.value += text;
  });
  parser.on("closetag", (node) => {
    stack.pop();
    const name = node.name;
    if (seg) {
      if (name === "seg") {
        tuv?.segs.push(seg);
        seg = undefined;
      } else if (dropDepth > 0) dropDepth--;
      return;
    }
    if (name === "prop" && prop && tu) {
      tu.props.push(prop);
      prop = undefined;
    } else if (name === "tuv" && tuv && tu) {
      tu.tuvs.push(tuv);
      tuv = undefined;
    } else if (name === "tu" && tu) {
      tus.push(tu);
      tu = undefined;
    }
  });

  try {
    parser.write(xml).close();
  } catch (err) {
    // saxes throws when no error handler takes the error; ours records it, so this is a last resort.
    if (!xmlError) xmlError = { line: parser.line, code: "xml", message: (err as Error).message };
  }
  return { tus, srclang, sawRoot, sawHeader, sawBody, xmlError };
}

/** Parses a TMX 1.4b document into units of one language pair, or the errors that refuse it. */
export function importTmx(xml: string, options: TmxImportOptions = {}): TmxImportResult {
  const maxErrors = options.maxErrors ?? 100;
  const errors: TmxIssue[] = [];
  const warnings: TmxIssue[] = [];
  const issue = (line: number, code: TmxErrorCode, message: string) => {
    if (errors.length < maxErrors) errors.push({ line, code, message });
  };
  const raw = readTmx(xml, issue, (line, message) => warnings.push({ line, code: "markup", message }));
  const entity = errors.filter((e) => e.code === "entity");
  if (entity.length) return { ok: false, errors: entity };
  if (raw.xmlError) return { ok: false, errors: [raw.xmlError] };
  if (errors.some((e) => e.code === "root")) return { ok: false, errors };
  if (!raw.sawHeader) issue(1, "header", "the <header> element is missing");
  if (!raw.sawBody) issue(1, "body", "the <body> element is missing");

  for (const [side, tag] of [
    ["source", options.sourceLang],
    ["target", options.targetLang],
  ] as const) {
    if (tag !== undefined && !isLanguageTag(tag)) issue(0, "language", `the ${side} language asked for is not a BCP 47 tag: ${tag}`);
  }
  // Every tuv's language must be a tag; the pair is the one asked for, or srclang + the file's other language.
  const tagsSeen = new Map<string, { tag: string; line: number }>();
  for (const tu of raw.tus) {
    for (const tuv of tu.tuvs) {
      if (!isLanguageTag(tuv.lang)) issue(tuv.line, "language", tuv.lang ? `xml:lang="${tuv.lang}" is not a BCP 47 language tag` : "the <tuv> has no xml:lang");
      else if (!tagsSeen.has(primary(tuv.lang))) tagsSeen.set(primary(tuv.lang), { tag: tuv.lang, line: tuv.line });
    }
  }
  let sourceLang = options.sourceLang;
  let targetLang = options.targetLang;
  if (sourceLang === undefined) {
    if (!raw.srclang || raw.srclang === "*all*" || !isLanguageTag(raw.srclang)) {
      issue(1, "header", `the header's srclang (${raw.srclang ?? "missing"}) does not name the source language; ask for the pair`);
    } else sourceLang = raw.srclang;
  }
  if (targetLang === undefined && sourceLang !== undefined) {
    const others = [...tagsSeen.entries()].filter(([p]) => p !== primary(sourceLang!));
    if (others.length === 1) targetLang = others[0]![1].tag;
    else if (others.length === 0) issue(1, "pair", "the file has no target language; ask for the pair");
    else if (others.length > 1) issue(others[1]![1].line, "pair", `the file has several target languages (${others.map(([, v]) => v.tag).join(", ")}); ask for the pair`);
  }
  if (sourceLang === undefined || targetLang === undefined || errors.some((e) => e.line === 0)) return { ok: false, errors };
  const src = sourceLang === undefined ? "" : primary(sourceLang);
  const tgt = targetLang === undefined ? "" : primary(targetLang);
  if (src && src === tgt) issue(0, "pair", "the source and target languages are the same");

  const units: TmUnit[] = [];
  for (const tu of raw.tus) {
    const sides: Record<"source" | "target", RawTuv[]> = { source: [], target: [] };
    for (const tuv of tu.tuvs) {
      const p = primary(tuv.lang);
      if (p === src) sides.source.push(tuv);
      else if (p === tgt) sides.target.push(tuv);
      else if (isLanguageTag(tuv.lang)) issue(tuv.line, "language", `xml:lang="${tuv.lang}" is not a language of the pair ${sourceLang}-${targetLang}`);
    }
    const texts: Partial<Record<"source" | "target", string>> = {};
    for (const side of ["source", "target"] as const) {
      const lang = side === "source" ? sourceLang : targetLang;
      const found = sides[side];
      if (found.length === 0) {
        issue(tu.line, "missingTuv", `the <tu> has no <tuv xml:lang="${lang}">`);
        continue;
      }
      if (found.length > 1) issue(found[1]!.line, "duplicateTuv", `the <tu> has more than one <tuv> in ${lang}`);
      const tuv = found[0]!;
      if (tuv.segs.length !== 1) {
        issue(tuv.line, "segCount", `a <tuv> holds exactly one <seg>, found ${tuv.segs.length}`);
        continue;
      }
      const s = tuv.segs[0]!;
      if (!s.text.trim()) issue(s.line, "emptySeg", `the ${lang} <seg> is empty`);
      texts[side] = s.text;
    }
    const unit: TmUnit = { source: texts.source ?? "", target: texts.target ?? "" };
    for (const [attr, field] of [
      ["creationdate", "creationDate"],
      ["changedate", "changeDate"],
    ] as const) {
      const value = tu.attributes[attr];
      if (value === undefined) continue;
      const date = parseTmxDate(value);
      if (!date) issue(tu.line, "attribute", `${attr}="${value}" is not a TMX date (YYYYMMDDThhmmssZ)`);
      else unit[field] = date;
    }
    const usage = tu.attributes.usagecount;
    if (usage !== undefined) {
      if (!/^\d{1,9}$/.test(usage)) issue(tu.line, "attribute", `usagecount="${usage}" is not a non-negative integer`);
      else unit.usageCount = Number(usage);
    }
    const provenance: TmProvenance = {};
    for (const p of tu.props) {
      if (!p.type.startsWith(PROP_PREFIX)) continue;
      const name = p.type.slice(PROP_PREFIX.length) as (typeof PROPS)[number];
      if (!PROPS.includes(name)) continue;
      if (name === "published-version" || name === "revision") {
        if (!/^[1-9]\d{0,8}$/.test(p.value)) issue(p.line, "prop", `${p.type} must be a positive integer, found "${p.value}"`);
        else provenance[name === "revision" ? "revision" : "publishedVersion"] = Number(p.value);
      } else if (name === "unpublished") {
        if (p.value !== "true") issue(p.line, "prop", `${p.type} must be "true", found "${p.value}"`);
        else provenance.unpublished = true;
      } else provenance[name] = p.value;
    }
    if (Object.keys(provenance).length) unit.provenance = provenance;
    units.push(unit);
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, sourceLang, targetLang, units, warnings };
}
