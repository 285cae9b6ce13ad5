/**
 * Termbase TBX (ISO 30042): read TBX-Basic (TBX 2: martif / termEntry /
 * langSet / tig or ntig / term) and TBX v3 (tbx / conceptEntry / langSec /
 * termSec); write TBX-Basic.
 *
 * Parsing is strict XML with saxes: no DTD is loaded and no entity but the
 * five predefined ones and character references is expanded; a DOCTYPE that
 * declares any entity is refused. Refused, with the line named and nothing
 * returned: broken XML, entity declarations, a root that is not martif/tbx,
 * an unknown administrativeStatus, a langSet without xml:lang, a bad
 * language tag, a duplicate concept id, a term without text, several target
 * languages in one entry when the pair was not given.
 *
 * Read: administrativeStatus preferredTerm-admn-sts → preferred,
 * admittedTerm-admn-sts → admitted, deprecatedTerm-admn-sts and
 * supersededTerm-admn-sts → forbidden (no status: preferred);
 * descrip type="subjectField" → domain (one per tag); the entry's note →
 * the concept's note; a target tig's note → the term's note; termNote
 * type="x-caseSensitive" (true/false, Copydesk's own data category) → the
 * case flag. The source language is the pair's, else the root's xml:lang.
 * The header (martifHeader / tbxHeader) is file metadata and is not read.
 * Everything else in the body (other data categories, transactions, xrefs,
 * images, langSet-level notes, languages outside the pair, entries lacking
 * one side of the pair) is reported as a warning with its line and element.
 */
import { SaxesParser } from "saxes";
import { exportOrder } from "./csv";
import { canonicalLang, compareCodePoints, langMatches, type Concept, type ImportResult, type TermbaseProblem, type TermStatus } from "./types";

interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
  line: number;
  column: number;
}

const STATUS_IN: Record<string, TermStatus> = {
  "preferredTerm-admn-sts": "preferred",
  "admittedTerm-admn-sts": "admitted",
  "deprecatedTerm-admn-sts": "forbidden",
  "supersededTerm-admn-sts": "forbidden",
};
const STATUS_OUT: Record<TermStatus, string> = {
  preferred: "preferredTerm-admn-sts",
  admitted: "admittedTerm-admn-sts",
  forbidden: "deprecatedTerm-admn-sts",
};
const CASE_NOTE = "x-caseSensitive";

const local = (name: string) => name.slice(name.indexOf(":") + 1);

class Refused extends Error {
  constructor(readonly problem: TermbaseProblem) {
    super(problem.key);
  }
}

function parseXml(xml: string): Node {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const root: Node = { name: "#document", attrs: {}, children: [], text: "", line: 1, column: 1 };
  const stack: Node[] = [root];
  parser.on("error", (err) => {
    const detail = err.message.replace(/^(?:[^:\n]*:)?\d+:\d+: /, "");
    // saxes reads a bare "&" as the start of an entity and reports the fault where that read ends: name the ampersand's line.
    const amp = /&(?!#\d+;|#x[0-9a-fA-F]+;|[A-Za-z_:][\w.:-]*;)/.exec(xml);
    const ampLine = amp ? xml.slice(0, amp.index).split("\n").length : Infinity;
    if (ampLine < parser.line) throw new Refused({ line: ampLine, key: "terms.tbx.syntax", values: { detail: "“&” must be written “&amp;”." } });
    throw new Refused({ line: parser.line, column: parser.column + 1, key: "terms.tbx.syntax", values: { detail } });
  });
  parser.on("doctype", (doctype) => {
    if (/<!ENTITY/i.test(doctype)) throw new Refused({ line: parser.line, key: "terms.tbx.entity" });
  });
  parser.on("opentag", (tag) => {
    const node: Node = { name: local(tag.name), attrs: tag.attributes as Record<string, string>, children: [], text: "", line: parser.line, column: parser.column };
    stack[stack.length - 1]!.children.push(node);
    stack.push(node);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.on("text", (t) => (stack[stack.length - 1]!.text += t));
  parser.on("cdata", (t) => (stack[stack.length - 1]!.text += t));
  parser.write(xml).close();
  return root;
}

/** All text inside a node (a term with inline markup). */
function textOf(node: Node): string {
  return node.text + node.children.map(textOf).join("");
}

export interface TbxImportOptions {
  /** The pair to read; without it, the source is the root's xml:lang and the target the entry's other language. */
  sourceLang?: string;
  targetLang?: string;
}

interface Term {
  line: number;
  noteLine: number;
  text: string;
  status: TermStatus;
  caseSensitive: boolean;
  note: string | null;
}

/**
 * Parses a TBX file. Returns every concept (and warnings for what Copydesk
 * cannot represent), or the problems and no concept at all.
 */
export function importTbx(xml: string, options: TbxImportOptions = {}): ImportResult {
  const warnings: TermbaseProblem[] = [];
  const problems: TermbaseProblem[] = [];
  let doc: Node;
  try {
    doc = parseXml(xml.replace(/^\uFEFF/, ""));
  } catch (e) {
    if (e instanceof Refused) return { ok: false, problems: [e.problem] };
    throw e;
  }
  const warn = (node: Node, key = "terms.tbx.unsupported") =>
    warnings.push({ line: node.line, key, values: { element: node.attrs.type ? `${node.name} type="${node.attrs.type}"` : node.name } });

  const root = doc.children[0]!;
  if (root.name !== "martif" && root.name !== "tbx") return { ok: false, problems: [{ line: root.line, key: "terms.tbx.notTbx", values: { root: root.name } }] };
  const sourceRaw = options.sourceLang ?? root.attrs["xml:lang"];
  const sourceLang = sourceRaw ? canonicalLang(sourceRaw) : null;
  if (!sourceLang) return { ok: false, problems: [{ line: root.line, key: sourceRaw ? "terms.import.badLanguage" : "terms.tbx.noSourceLanguage", values: { value: sourceRaw ?? "" } }] };
  const targetWanted = options.targetLang ? canonicalLang(options.targetLang) : null;

  const entries: Node[] = [];
  for (const child of root.children) {
    if (child.name === "martifHeader" || child.name === "tbxHeader") continue;
    if (child.name !== "text") {
      warn(child);
      continue;
    }
    for (const part of child.children) {
      if (part.name !== "body") {
        warn(part);
        continue;
      }
      for (const entry of part.children) {
        if (entry.name === "termEntry" || entry.name === "conceptEntry") entries.push(entry);
        else warn(entry);
      }
    }
  }

  const seen = new Map<string, number>();
  const otherLanguages = new Map<string, { line: number; count: number }>();
  const concepts: Concept[] = [];
  for (const entry of entries) {
    const id = entry.attrs.id?.trim() || undefined;
    if (id !== undefined) {
      if (seen.has(id)) problems.push({ line: entry.line, key: "terms.import.duplicateConcept", values: { id, line: seen.get(id)! } });
      else seen.set(id, entry.line);
    }
    const domain: string[] = [];
    const notes: string[] = [];
    const langs: { tag: string; line: number; terms: Term[] }[] = [];
    for (const child of entry.children) {
      if (child.name === "descrip" && child.attrs.type === "subjectField") {
        const t = textOf(child).trim();
        if (t) domain.push(t);
      } else if (child.name === "note") {
        const t = textOf(child).trim();
        if (t) notes.push(t);
      } else if (child.name === "langSet" || child.name === "langSec") {
        const raw = child.attrs["xml:lang"];
        if (!raw) {
          problems.push({ line: child.line, key: "terms.import.missingLanguage", values: { column: `${child.name} xml:lang` } });
          continue;
        }
        const tag = canonicalLang(raw);
        if (!tag) {
          problems.push({ line: child.line, key: "terms.import.badLanguage", values: { value: raw } });
          continue;
        }
        langs.push({ tag, line: child.line, terms: readTerms(child, problems, warn) });
      } else warn(child);
    }
    const sources = langs.filter((l) => langMatches(sourceLang, l.tag));
    let targets = langs.filter((l) => !sources.includes(l));
    if (targetWanted) {
      for (const l of targets.filter((l) => !langMatches(targetWanted, l.tag))) {
        const o = otherLanguages.get(l.tag) ?? { line: l.line, count: 0 };
        o.count++;
        otherLanguages.set(l.tag, o);
      }
      targets = targets.filter((l) => langMatches(targetWanted, l.tag));
    }
    const targetTags = [...new Set(targets.map((l) => l.tag))];
    if (targetTags.length > 1) {
      problems.push({ line: entry.line, key: "terms.tbx.severalTargets", values: { languages: targetTags.join(", ") } });
      continue;
    }
    const sourceTerms = sources.flatMap((l) => l.terms);
    const targetTerms = targets.flatMap((l) => l.terms);
    if (sourceTerms.length === 0 || targetTerms.length === 0) {
      warnings.push({ line: entry.line, key: "terms.tbx.incomplete", values: { id: id ?? "", lang: sourceTerms.length === 0 ? sourceLang : (targetWanted ?? "") } });
      continue;
    }
    for (const [side, terms] of [["source", sourceTerms], ["target", targetTerms]] as const) {
      const texts = new Set<string>();
      for (const t of terms) {
        if (texts.has(t.text)) problems.push({ line: t.line, key: "terms.import.duplicateTerm", values: { term: t.text } });
        texts.add(t.text);
      }
      if (side === "source") for (const t of terms) if (t.note) warnings.push({ line: t.noteLine, key: "terms.tbx.sourceNote", values: { term: t.text } });
    }
    concepts.push({
      ...(id !== undefined ? { id } : {}),
      sourceLang: sources[0]!.tag,
      targetLang: targets[0]!.tag,
      domain: [...new Set(domain)].sort(compareCodePoints),
      note: notes.length ? notes.join("\n\n") : null,
      sourceTerms: sourceTerms.map((t) => ({ text: t.text, caseSensitive: t.caseSensitive })),
      targetTerms: targetTerms.map((t) => ({ text: t.text, status: t.status, caseSensitive: t.caseSensitive, note: t.note })),
    });
  }
  for (const [tag, o] of otherLanguages) warnings.push({ line: o.line, key: "terms.tbx.otherLanguage", values: { lang: tag, count: o.count } });
  if (problems.length) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
  return { ok: true, concepts, warnings: warnings.sort((a, b) => a.line - b.line) };
}

function readTerms(langSet: Node, problems: TermbaseProblem[], warn: (n: Node, key?: string) => void): Term[] {
  const out: Term[] = [];
  for (const group of langSet.children) {
    if (group.name !== "tig" && group.name !== "termSec" && group.name !== "ntig") {
      warn(group);
      continue;
    }
    // ntig holds its term and termNotes in a termGrp.
    const parts = group.children.flatMap((c) => (c.name === "termGrp" ? c.children : [c]));
    let text: string | null = null;
    let termLine = group.line;
    let status: TermStatus = "preferred";
    let caseSensitive = false;
    const notes: string[] = [];
    let noteLine = group.line;
    for (const part of parts) {
      if (part.name === "term") {
        text = textOf(part).trim();
        termLine = part.line;
        for (const inline of part.children) warn(inline);
      } else if (part.name === "termNote" && part.attrs.type === "administrativeStatus") {
        const raw = textOf(part).trim();
        const s = STATUS_IN[raw];
        if (!s) problems.push({ line: part.line, key: "terms.import.unknownStatus", values: { value: raw } });
        else status = s;
      } else if (part.name === "termNote" && part.attrs.type === CASE_NOTE) {
        const raw = textOf(part).trim().toLowerCase();
        if (raw !== "true" && raw !== "false") problems.push({ line: part.line, key: "terms.tbx.badCase", values: { value: raw } });
        caseSensitive = raw === "true";
      } else if (part.name === "note") {
        const t = textOf(part).trim();
        if (t) notes.push(t);
        noteLine = part.line;
      } else warn(part);
    }
    if (!text) {
      problems.push({ line: termLine, key: "terms.import.emptyTerm" });
      continue;
    }
    out.push({ line: termLine, noteLine, text, status, caseSensitive, note: notes.length ? notes.join("\n\n") : null });
  }
  return out;
}

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, "&quot;");

/**
 * The concepts as TBX-Basic (deterministic: the CSV export's order and ids).
 * One TBX file has one source language (the root's xml:lang): concepts of
 * several source languages must be exported separately.
 */
export function exportTbx(concepts: readonly Concept[]): string {
  const ordered = exportOrder(concepts);
  const langOf = (tag: string) => canonicalLang(tag) ?? tag;
  const sources = [...new Set(concepts.map((c) => langOf(c.sourceLang)))];
  if (sources.length > 1) throw new RangeError(`one TBX file holds one source language, got ${sources.join(", ")}`);
  const sourceLang = sources[0] ?? "und";
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<martif type="TBX-Basic" xml:lang="${escapeAttr(sourceLang)}">`,
    "  <martifHeader>",
    "    <fileDesc>",
    "      <sourceDesc>",
    "        <p>Copydesk termbase</p>",
    "      </sourceDesc>",
    "    </fileDesc>",
    "    <encodingDesc>",
    '      <p type="XCSURI">TBXBasicXCSV02.xcs</p>',
    "    </encodingDesc>",
    "  </martifHeader>",
    "  <text>",
    "    <body>",
  ];
  for (const { concept, id } of ordered) {
    out.push(`      <termEntry id="${escapeAttr(id)}">`);
    for (const tag of [...new Set(concept.domain.map((t) => t.trim()).filter(Boolean))].sort(compareCodePoints)) {
      out.push(`        <descrip type="subjectField">${escapeText(tag)}</descrip>`);
    }
    if (concept.note) out.push(`        <note>${escapeText(concept.note)}</note>`);
    out.push(`        <langSet xml:lang="${escapeAttr(langOf(concept.sourceLang))}">`);
    for (const t of concept.sourceTerms) {
      out.push("          <tig>", `            <term>${escapeText(t.text)}</term>`);
      if (t.caseSensitive) out.push(`            <termNote type="${CASE_NOTE}">true</termNote>`);
      out.push("          </tig>");
    }
    out.push("        </langSet>", `        <langSet xml:lang="${escapeAttr(langOf(concept.targetLang))}">`);
    for (const t of concept.targetTerms) {
      out.push(
        "          <tig>",
        `            <term>${escapeText(t.text)}</term>`,
        `            <termNote type="administrativeStatus">${STATUS_OUT[t.status]}</termNote>`,
      );
      if (t.caseSensitive) out.push(`            <termNote type="${CASE_NOTE}">true</termNote>`);
      if (t.note) out.push(`            <note>${escapeText(t.note)}</note>`);
      out.push("          </tig>");
    }
    out.push("        </langSet>", "      </termEntry>");
  }
  out.push("    </body>", "  </text>", "</martif>", "");
  return out.join("\n");
}
