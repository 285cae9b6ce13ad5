import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, exportCsv, importCsv } from "./csv";
import { concept } from "./test-helpers";
import type { Concept, ImportResult } from "./types";

const HEADER = CSV_COLUMNS.join(",");

function sample(): Concept[] {
  const zone = concept(["重庆高新区", "重庆高新技术产业开发区"], ["Chongqing High-tech Zone", ["Chongqing Hi-tech Zone", "forbidden"], ["CQ HTZ", "admitted", true]], {
    id: "zone",
    domain: ["places", "institutions"],
    note: 'Official name, "since 2019", with a comma',
  });
  zone.targetTerms[0]!.note = "in full on first mention";
  return [
    zone,
    concept(["西部（重庆）科学城"], ["Western (Chongqing) Science City", ["Science City of the West", "forbidden"]], { domain: ["places"] }),
    concept([["WHO", true]], ["世卫组织"], { sourceLang: "en", targetLang: "zh-hans", note: "line one\nline two" }),
  ];
}

function problems(result: ImportResult) {
  if (result.ok) throw new Error(`expected problems, got ${result.concepts.length} concepts`);
  return result.problems.map((p) => [p.line, p.column, p.key]);
}
function concepts(result: ImportResult): Concept[] {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.concepts;
}
const csv = (...rows: string[]) => [HEADER, ...rows].join("\n");

describe("CSV export", () => {
  const out = exportCsv(sample());
  const lines = out.slice(1).split("\r\n");
  it("starts with a BOM and the documented header, and ends lines with CRLF", () => {
    expect(out.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    expect(out.endsWith("\r\n")).toBe(true);
    expect(lines).toHaveLength(1 + 1 + 2 + 3 + 1);
  });
  it("sorts by pair then first source term, and numbers concepts without an id", () => {
    expect(lines.slice(1, -1).map((l) => l.split(",")[0])).toEqual(["c1", "c2", "c2", "zone", "zone", "zone"]);
    expect(lines[1]).toBe('c1,en,zh-Hans,WHO,true,世卫组织,preferred,false,,,"line one\nline two"');
  });
  it("quotes fields with commas and quotes, and writes tags sorted", () => {
    expect(lines[4]).toBe('zone,zh,en,重庆高新区,false,Chongqing High-tech Zone,preferred,false,in full on first mention,institutions; places,"Official name, ""since 2019"", with a comma"');
    expect(lines[6]).toBe('zone,zh,en,,,CQ HTZ,admitted,true,,institutions; places,"Official name, ""since 2019"", with a comma"');
  });
  it("does not depend on the order of the concepts given", () => {
    expect(exportCsv([...sample()].reverse())).toBe(out);
  });
  it("does not reuse a taken id for a concept without one", () => {
    // 乙 (U+4E59) sorts before 甲 (U+7532); c1 is taken, so 乙 gets c2.
    const cs = [concept(["甲"], ["a"], { id: "c1" }), concept(["乙"], ["b"])];
    expect(exportCsv(cs).split("\r\n").slice(1, 3).map((l) => l.split(",").slice(0, 4).join(","))).toEqual(["c2,zh,en,乙", "c1,zh,en,甲"]);
  });
});

describe("CSV round trip", () => {
  it("export → import → export is byte-identical", () => {
    const first = exportCsv(sample());
    const back = concepts(importCsv(first));
    expect(exportCsv(back)).toBe(first);
    // And from bytes, as a file would be read.
    expect(exportCsv(concepts(importCsv(new TextEncoder().encode(first))))).toBe(first);
  });
  it("reads back what was exported", () => {
    const back = concepts(importCsv(exportCsv(sample())));
    const zone = back.find((c) => c.id === "zone")!;
    expect(zone.sourceTerms.map((t) => t.text)).toEqual(["重庆高新区", "重庆高新技术产业开发区"]);
    expect(zone.targetTerms.map((t) => [t.text, t.status, t.caseSensitive, t.note])).toEqual([
      ["Chongqing High-tech Zone", "preferred", false, "in full on first mention"],
      ["Chongqing Hi-tech Zone", "forbidden", false, null],
      ["CQ HTZ", "admitted", true, null],
    ]);
    expect(zone.domain).toEqual(["institutions", "places"]);
    expect(zone.note).toBe('Official name, "since 2019", with a comma');
    const who = back.find((c) => c.sourceLang === "en")!;
    expect([who.targetLang, who.sourceTerms[0]!.caseSensitive, who.note]).toEqual(["zh-Hans", true, "line one\nline two"]);
  });
});

describe("CSV import", () => {
  it("accepts columns in any order, a BOM, defaults and rows without an id", () => {
    const text = "\uFEFFtarget_term,source_term,target_lang,source_lang\nChongqing,重庆,en,zh\nBeijing,北京,en,zh-CN\n";
    const cs = concepts(importCsv(text));
    expect(cs.map((c) => [c.id, c.sourceLang, c.sourceTerms[0]!.text, c.targetTerms[0]!.text, c.targetTerms[0]!.status])).toEqual([
      [undefined, "zh", "重庆", "Chongqing", "preferred"],
      [undefined, "zh-CN", "北京", "Beijing", "preferred"],
    ]);
  });
  it("lets later rows of a concept leave concept values empty, and skips blank lines", () => {
    const text = csv("k,zh,en,重庆,,Chongqing,preferred,,,places,a note", "", "k,,,,,Chungking,forbidden,,,,");
    const [c] = concepts(importCsv(text));
    expect(c!.targetTerms.map((t) => t.status)).toEqual(["preferred", "forbidden"]);
    expect([c!.domain, c!.note]).toEqual([["places"], "a note"]);
  });
  it("reads yes/no and 1/0 as case flags and keeps a quoted field's line breaks", () => {
    const text = csv('k,zh,en,重庆,yes,Chongqing,preferred,1,"two\r\nlines",,');
    const [c] = concepts(importCsv(text));
    expect([c!.sourceTerms[0]!.caseSensitive, c!.targetTerms[0]!.caseSensitive, c!.targetTerms[0]!.note]).toEqual([true, true, "two\r\nlines"]);
  });

  it("refuses a broken quote, naming its line", () => {
    expect(problems(importCsv(csv("k,zh,en,重庆,,Chongqing,preferred,,,,", 'k2,zh,en,北京,,"Bei"jing,preferred,,,,')))).toEqual([[3, undefined, "terms.csv.syntax"]]);
    expect(problems(importCsv(csv("k,zh,en,重庆,,Chongqing,preferred,,,,", 'k2,zh,en,北京,,"Beijing,preferred,,,,')))[0]![2]).toBe("terms.csv.syntax");
  });
  it("refuses an empty file, invalid UTF-8 and unknown, duplicate or missing columns", () => {
    expect(problems(importCsv(""))).toEqual([[1, undefined, "terms.csv.noHeader"]]);
    expect(problems(importCsv(new Uint8Array([0xff, 0xfe, 0x41])))).toEqual([[1, undefined, "terms.csv.notUtf8"]]);
    expect(problems(importCsv("source_lang,target_lang,source_term,target_term,colour,source_term\n"))).toEqual([
      [1, 5, "terms.csv.unknownColumn"],
      [1, 6, "terms.csv.duplicateColumn"],
    ]);
    expect(problems(importCsv("source_lang,source_term,target_term\nzh,a,b\n"))).toEqual([[1, undefined, "terms.csv.missingColumn"]]);
  });
  it("lists every problem of the file by line and column, and returns no concept", () => {
    const text = csv(
      "a,zh,en,重庆,,Chongqing,preferred,,,,", // 2: fine
      "b,,en,北京,,Beijing,best,,,,", // 3: missing language (col 2), unknown status (col 7)
      "c,zh,english language,上海,,Shanghai,preferred,,,,", // 4: bad BCP 47 (col 3)
      "a,zh,en,重庆市,,Chongqing Municipality,preferred,,,,", // 5: duplicate concept (col 1)
      "d,zh,en,,,,,,,,", // 6: empty term (col 4), and concept d has no terms
      "e,zh,en,广州,maybe,Guangzhou,preferred,,,,", // 7: bad boolean (col 5)
      "e,fr,,,,Canton,forbidden,,,,", // 8: conflicting source_lang (col 2)
      "f,zh,en,深圳,,,admitted,,,,", // 9: status without a target term (col 7); f has no target term
      "g,zh,en", // 10: field count
    );
    const result = importCsv(text);
    expect(problems(result)).toEqual([
      [3, 2, "terms.import.missingLanguage"],
      [3, 7, "terms.import.unknownStatus"],
      [4, 3, "terms.import.badLanguage"],
      [5, 1, "terms.import.duplicateConcept"],
      [6, undefined, "terms.import.noSourceTerm"],
      [6, undefined, "terms.import.noTargetTerm"],
      [6, 4, "terms.import.emptyTerm"],
      [7, 5, "terms.csv.badBoolean"],
      [8, 2, "terms.csv.conflict"],
      [9, undefined, "terms.import.noTargetTerm"],
      [9, 7, "terms.csv.withoutTerm"],
      [10, undefined, "terms.csv.fieldCount"],
    ]);
    expect("concepts" in result).toBe(false);
    const dup = (result as { problems: { key: string; values?: object }[] }).problems.find((p) => p.key === "terms.import.duplicateConcept")!;
    expect(dup.values).toEqual({ id: "a", line: 2 });
  });
  it("names the first line of a record that spans lines", () => {
    const text = csv('a,zh,en,重庆,,Chongqing,preferred,,"multi\nline\nnote",,', "b,zh,en,北京,,Beijing,wrong,,,,");
    expect(problems(importCsv(text))).toEqual([[5, 7, "terms.import.unknownStatus"]]);
  });
  it("refuses a term listed twice in one concept", () => {
    expect(problems(importCsv(csv("a,zh,en,重庆,,Chongqing,,,,,", "a,,,重庆,,Chungking,forbidden,,,,")))).toEqual([[3, 4, "terms.import.duplicateTerm"]]);
  });
});
