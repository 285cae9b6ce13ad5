/**
 * Termbase CSV: import (all or nothing, every problem with its line and
 * column) and a deterministic export.
 *
 * The file is UTF-8 (a byte order mark is tolerated, and written, so that
 * spreadsheet programs read the Chinese right), RFC 4180 (fields with a
 * comma, quote or line break in double quotes, quotes doubled), with a
 * header row naming the columns, in any order:
 *
 *   concept_id             optional; rows with the same id are one concept and must be consecutive.
 *                          A row without an id is a concept by itself.
 *   source_lang            required; BCP 47 tag of the source language ("zh", "zh-Hans").
 *   target_lang            required; BCP 47 tag of the target language ("en", "en-GB").
 *   source_term            a source term of the concept (may be empty on a row that only adds a target term).
 *   source_case_sensitive  true/false (also yes/no, 1/0; empty = false), for that row's source term.
 *   target_term            a target term (may be empty on a row that only adds a source term).
 *   status                 preferred | admitted | forbidden (empty = preferred), for that row's target term.
 *   case_sensitive         true/false, for that row's target term.
 *   term_note              a note on that row's target term.
 *   domain                 the concept's tags, separated by ";" ("places; institutions").
 *   note                   the concept's note.
 *
 * One row per target term: row k of a concept carries its k-th source term
 * (if any) and its k-th target term (if any). source_lang, target_lang,
 * domain and note belong to the concept: they may be left empty on its later
 * rows, and a different value there is a problem. Each concept needs at
 * least one source term and one target term.
 *
 * The export writes every column in the order above, every concept-level
 * value on every row, concepts sorted by (source_lang, target_lang, first
 * source term, first target term, id), terms in their order, tags sorted,
 * CRLF line ends; a concept without an id gets "c1", "c2"… So
 * export → import → export is byte-identical.
 */
import { parse } from "csv-parse/sync";
import { canonicalLang, compareCodePoints, TERM_STATUSES, type Concept, type ImportResult, type TargetTerm, type TermbaseProblem, type TermStatus } from "./types";

export const CSV_COLUMNS = [
  "concept_id",
  "source_lang",
  "target_lang",
  "source_term",
  "source_case_sensitive",
  "target_term",
  "status",
  "case_sensitive",
  "term_note",
  "domain",
  "note",
] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: readonly Column[] = ["source_lang", "target_lang", "source_term", "target_term"];
const BOM = "\uFEFF";

const TRUE = new Set(["true", "yes", "1"]);
const FALSE = new Set(["false", "no", "0", ""]);

function lineStarts(buf: Uint8Array): number[] {
  const starts = [0];
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] === 0x0a) starts.push(i + 1);
    else if (buf[i] === 0x0d && buf[i + 1] !== 0x0a) starts.push(i + 1);
  }
  return starts;
}

function lineAt(starts: readonly number[], byte: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= byte) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

interface Row {
  line: number;
  get(column: Column): string;
  col(column: Column): number | undefined;
}

interface Draft {
  id: string | undefined;
  line: number;
  concept: Concept;
  /** The line that set each concept-level value. */
  setAt: Partial<Record<Column, number>>;
}

/**
 * Parses a termbase CSV. Returns every concept, or every problem (line and
 * column, 1-based) and no concept at all.
 */
export function importCsv(input: string | Uint8Array): ImportResult {
  const problems: TermbaseProblem[] = [];
  let buf: Buffer;
  if (typeof input === "string") buf = Buffer.from(input, "utf8");
  else {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(input);
    } catch {
      return { ok: false, problems: [{ line: 1, key: "terms.csv.notUtf8" }] };
    }
    buf = Buffer.from(input);
  }
  const starts = lineStarts(buf);
  let records: { record: string[]; info: { bytes_records: number } }[];
  try {
    records = parse(buf, { bom: true, info: true, relax_column_count: true, skip_empty_lines: false }) as unknown as typeof records;
  } catch (e) {
    const err = e as { bytes?: number; lines?: number };
    const line = typeof err.bytes === "number" ? lineAt(starts, Math.max(0, err.bytes - 1)) : (err.lines ?? 1);
    return { ok: false, problems: [{ line, key: "terms.csv.syntax" }] };
  }

  // A record starts where the previous one ended.
  const withLines = records.map((r, i) => ({ record: r.record, line: lineAt(starts, i === 0 ? 0 : records[i - 1]!.info.bytes_records) }));
  const nonEmpty = withLines.filter((r) => !(r.record.length === 1 && r.record[0]!.trim() === ""));
  const header = nonEmpty[0];
  if (!header) return { ok: false, problems: [{ line: 1, key: "terms.csv.noHeader" }] };

  const index = new Map<Column, number>();
  header.record.forEach((raw, i) => {
    const name = raw.trim().toLowerCase();
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) problems.push({ line: header.line, column: i + 1, key: "terms.csv.unknownColumn", values: { column: raw.trim() } });
    else if (index.has(name as Column)) problems.push({ line: header.line, column: i + 1, key: "terms.csv.duplicateColumn", values: { column: name } });
    else index.set(name as Column, i);
  });
  for (const c of REQUIRED) if (!index.has(c)) problems.push({ line: header.line, key: "terms.csv.missingColumn", values: { column: c } });
  if (problems.length) return { ok: false, problems };

  const drafts: Draft[] = [];
  const byId = new Map<string, Draft>();
  let current: Draft | null = null;
  for (const { record, line } of nonEmpty.slice(1)) {
    if (record.length !== header.record.length) {
      problems.push({ line, key: "terms.csv.fieldCount", values: { expected: header.record.length, found: record.length } });
      continue;
    }
    const row: Row = {
      line,
      get: (c) => (index.has(c) ? record[index.get(c)!]!.trim() : ""),
      col: (c) => (index.has(c) ? index.get(c)! + 1 : undefined),
    };
    const at = (c: Column) => ({ line, column: row.col(c) });
    const id = row.get("concept_id") || undefined;

    let draft: Draft;
    if (id !== undefined && current?.id === id) draft = current;
    else {
      if (id !== undefined && byId.has(id)) {
        problems.push({ ...at("concept_id"), key: "terms.import.duplicateConcept", values: { id, line: byId.get(id)!.line } });
      }
      draft = { id, line, concept: { ...(id !== undefined ? { id } : {}), sourceLang: "", targetLang: "", domain: [], note: null, sourceTerms: [], targetTerms: [] }, setAt: {} };
      if (id !== undefined && !byId.has(id)) byId.set(id, draft);
      drafts.push(draft);
      current = draft;
    }
    const first = draft.line === line;

    // Concept-level values: set on the first row, empty or equal on the later ones.
    for (const c of ["source_lang", "target_lang"] as const) {
      const raw = row.get(c);
      if (!raw) {
        if (first) problems.push({ ...at(c), key: "terms.import.missingLanguage", values: { column: c } });
        continue;
      }
      const tag = canonicalLang(raw);
      if (!tag) {
        problems.push({ ...at(c), key: "terms.import.badLanguage", values: { value: raw } });
        continue;
      }
      const field = c === "source_lang" ? "sourceLang" : "targetLang";
      if (!draft.concept[field]) {
        draft.concept[field] = tag;
        draft.setAt[c] = line;
      } else if (draft.concept[field] !== tag) problems.push({ ...at(c), key: "terms.csv.conflict", values: { column: c, value: raw, line: draft.setAt[c] ?? draft.line } });
    }
    const domainRaw = row.get("domain");
    if (domainRaw) {
      const tags = [...new Set(domainRaw.split(";").map((t) => t.trim()).filter(Boolean))].sort(compareCodePoints);
      if (draft.setAt.domain === undefined) {
        draft.concept.domain = tags;
        draft.setAt.domain = line;
      } else if (tags.join(";") !== draft.concept.domain.join(";")) problems.push({ ...at("domain"), key: "terms.csv.conflict", values: { column: "domain", value: domainRaw, line: draft.setAt.domain } });
    }
    const note = row.get("note");
    if (note) {
      if (draft.setAt.note === undefined) {
        draft.concept.note = note;
        draft.setAt.note = line;
      } else if (note !== draft.concept.note) problems.push({ ...at("note"), key: "terms.csv.conflict", values: { column: "note", value: note, line: draft.setAt.note } });
    }

    const bool = (c: Column): boolean => {
      const v = row.get(c).toLowerCase();
      if (TRUE.has(v)) return true;
      if (!FALSE.has(v)) problems.push({ ...at(c), key: "terms.csv.badBoolean", values: { column: c, value: row.get(c) } });
      return false;
    };
    const sourceText = row.get("source_term");
    const sourceCase = bool("source_case_sensitive");
    const targetText = row.get("target_term");
    const statusRaw = row.get("status").toLowerCase();
    const targetCase = bool("case_sensitive");
    const termNote = row.get("term_note");
    if (!sourceText && !targetText) problems.push({ ...at("source_term"), key: "terms.import.emptyTerm" });
    if (sourceText) {
      if (draft.concept.sourceTerms.some((t) => t.text === sourceText)) problems.push({ ...at("source_term"), key: "terms.import.duplicateTerm", values: { term: sourceText } });
      else draft.concept.sourceTerms.push({ text: sourceText, caseSensitive: sourceCase });
    } else if (row.get("source_case_sensitive")) problems.push({ ...at("source_case_sensitive"), key: "terms.csv.withoutTerm", values: { column: "source_case_sensitive" } });
    if (targetText) {
      const status = (statusRaw || "preferred") as TermStatus;
      if (!TERM_STATUSES.includes(status)) problems.push({ ...at("status"), key: "terms.import.unknownStatus", values: { value: row.get("status") } });
      if (draft.concept.targetTerms.some((t) => t.text === targetText)) problems.push({ ...at("target_term"), key: "terms.import.duplicateTerm", values: { term: targetText } });
      else {
        const term: TargetTerm = { text: targetText, status, caseSensitive: targetCase, note: termNote || null };
        draft.concept.targetTerms.push(term);
      }
    } else {
      for (const c of ["status", "case_sensitive", "term_note"] as const) {
        if (row.get(c)) problems.push({ ...at(c), key: "terms.csv.withoutTerm", values: { column: c } });
      }
    }
  }
  for (const d of drafts) {
    if (d.concept.sourceTerms.length === 0) problems.push({ line: d.line, key: "terms.import.noSourceTerm", values: { id: d.id ?? "" } });
    if (d.concept.targetTerms.length === 0) problems.push({ line: d.line, key: "terms.import.noTargetTerm", values: { id: d.id ?? "" } });
  }
  if (problems.length) {
    problems.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
    return { ok: false, problems };
  }
  return { ok: true, concepts: drafts.map((d) => d.concept), warnings: [] };
}

function field(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const bool = (b: boolean) => (b ? "true" : "false");

/** Concepts in export order with their ids (kept, or "c1", "c2"… for those without one). Shared with the TBX export. */
export function exportOrder(concepts: readonly Concept[]): { concept: Concept; id: string }[] {
  const lang = (tag: string) => canonicalLang(tag) ?? tag;
  const sorted = [...concepts].sort(
    (a, b) =>
      compareCodePoints(lang(a.sourceLang), lang(b.sourceLang)) ||
      compareCodePoints(lang(a.targetLang), lang(b.targetLang)) ||
      compareCodePoints(a.sourceTerms[0]?.text ?? "", b.sourceTerms[0]?.text ?? "") ||
      compareCodePoints(a.targetTerms[0]?.text ?? "", b.targetTerms[0]?.text ?? "") ||
      compareCodePoints(a.id ?? "", b.id ?? ""),
  );
  const taken = new Set(concepts.map((c) => c.id).filter((id): id is string => id !== undefined));
  let next = 1;
  return sorted.map((concept) => {
    let id = concept.id;
    if (id === undefined) {
      while (taken.has(`c${next}`)) next++;
      id = `c${next++}`;
      taken.add(id);
    }
    return { concept, id };
  });
}

/** The concepts as termbase CSV (see the header for the columns and the order). */
export function exportCsv(concepts: readonly Concept[]): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const { concept, id } of exportOrder(concepts)) {
    const domain = [...new Set(concept.domain.map((t) => t.trim()).filter(Boolean))].sort(compareCodePoints).join("; ");
    const rows = Math.max(concept.sourceTerms.length, concept.targetTerms.length);
    for (let k = 0; k < rows; k++) {
      const s = concept.sourceTerms[k];
      const t = concept.targetTerms[k];
      const values: Record<Column, string> = {
        concept_id: id,
        source_lang: canonicalLang(concept.sourceLang) ?? concept.sourceLang,
        target_lang: canonicalLang(concept.targetLang) ?? concept.targetLang,
        source_term: s?.text ?? "",
        source_case_sensitive: s ? bool(s.caseSensitive) : "",
        target_term: t?.text ?? "",
        status: t?.status ?? "",
        case_sensitive: t ? bool(t.caseSensitive) : "",
        term_note: t?.note ?? "",
        domain,
        note: concept.note ?? "",
      };
      lines.push(CSV_COLUMNS.map((c) => field(values[c])).join(","));
    }
  }
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
