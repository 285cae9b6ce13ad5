import { describe, expect, it } from "vitest";
import { exportTbx, importTbx } from "./tbx";
import { concept } from "./test-helpers";
import type { Concept, ImportResult } from "./types";

function sample(): Concept[] {
  const zone = concept(["重庆高新区", "重庆高新技术产业开发区"], ["Chongqing High-tech Zone", ["Chongqing Hi-tech Zone", "forbidden"], ["CQ HTZ", "admitted", true]], {
    id: "zone",
    domain: ["places", "institutions"],
    note: "Official name <since 2019> & more",
  });
  zone.targetTerms[0]!.note = "in full on first mention";
  return [zone, concept([["WHO组织", true]], ["Western (Chongqing) Science City", ["Science City of the West", "forbidden"]], { targetLang: "en-GB" })];
}
function problems(result: ImportResult) {
  if (result.ok) throw new Error("expected problems");
  return result.problems.map((p) => [p.line, p.key]);
}
function ok(result: ImportResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

const doc = (body: string, root = '<martif type="TBX-Basic" xml:lang="zh">') => `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n<text><body>\n${body}\n</body></text>\n</martif>\n`;
const entry = (id: string, zh: string, en: string, extra = "") =>
  `<termEntry id="${id}">${extra}<langSet xml:lang="zh"><tig><term>${zh}</term></tig></langSet><langSet xml:lang="en"><tig><term>${en}</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet></termEntry>`;

describe("TBX export and round trip", () => {
  it("export → import → export is byte-identical", () => {
    const first = exportTbx(sample());
    const back = ok(importTbx(first));
    expect(back.warnings).toEqual([]);
    expect(exportTbx(back.concepts)).toBe(first);
  });
  it("reads back every field", () => {
    const back = ok(importTbx(exportTbx(sample()))).concepts;
    const zone = back.find((c) => c.id === "zone")!;
    expect(zone).toEqual({
      id: "zone",
      sourceLang: "zh",
      targetLang: "en",
      domain: ["institutions", "places"],
      note: "Official name <since 2019> & more",
      sourceTerms: [
        { text: "重庆高新区", caseSensitive: false },
        { text: "重庆高新技术产业开发区", caseSensitive: false },
      ],
      targetTerms: [
        { text: "Chongqing High-tech Zone", status: "preferred", caseSensitive: false, note: "in full on first mention" },
        { text: "Chongqing Hi-tech Zone", status: "forbidden", caseSensitive: false, note: null },
        { text: "CQ HTZ", status: "admitted", caseSensitive: true, note: null },
      ],
    });
    const c1 = back.find((c) => c.id === "c1")!;
    expect([c1.targetLang, c1.sourceTerms[0]]).toEqual(["en-GB", { text: "WHO组织", caseSensitive: true }]);
  });
  it("escapes markup characters and is independent of the concepts' order", () => {
    const out = exportTbx(sample());
    expect(out).toContain("<note>Official name &lt;since 2019&gt; &amp; more</note>");
    expect(exportTbx([...sample()].reverse())).toBe(out);
  });
  it("refuses to mix source languages in one file", () => {
    expect(() => exportTbx([concept(["a"], ["b"]), concept(["a"], ["b"], { sourceLang: "en", targetLang: "zh" })])).toThrow(RangeError);
  });
});

describe("TBX import", () => {
  it("reads TBX-Basic statuses, subject fields and notes", () => {
    const xml = doc(
      `<termEntry id="e1"><descrip type="subjectField">places</descrip><note>n</note>
<langSet xml:lang="zh"><tig><term>重庆高新区</term></tig></langSet>
<langSet xml:lang="en">
<tig><term>Chongqing High-tech Zone</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
<tig><term>CHTZ</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
<tig><term>Chongqing Hi-tech Zone</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
<tig><term>Chongqing New Zone</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig>
<ntig><termGrp><term>High-tech Zone</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termGrp></ntig>
</langSet></termEntry>`,
    );
    const [c] = ok(importTbx(xml)).concepts;
    expect(c!.targetTerms.map((t) => [t.text, t.status])).toEqual([
      ["Chongqing High-tech Zone", "preferred"],
      ["CHTZ", "admitted"],
      ["Chongqing Hi-tech Zone", "forbidden"],
      ["Chongqing New Zone", "forbidden"],
      ["High-tech Zone", "admitted"],
    ]);
    expect([c!.domain, c!.note, c!.sourceLang, c!.targetLang]).toEqual([["places"], "n", "zh", "en"]);
  });
  it("reads TBX v3 (tbx / conceptEntry / langSec / termSec)", () => {
    const xml = `<?xml version="1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="zh" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>v3</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c7">
      <descrip type="subjectField">programmes</descrip>
      <langSec xml:lang="zh"><termSec><term>一带一路</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>Belt and Road</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
        <termSec><term>One Belt One Road</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>`;
    const [c] = ok(importTbx(xml)).concepts;
    expect([c!.id, c!.domain, c!.sourceTerms[0]!.text, c!.targetTerms.map((t) => t.status)]).toEqual(["c7", ["programmes"], "一带一路", ["preferred", "forbidden"]]);
  });
  it("takes the pair from the options and reports languages outside it", () => {
    const xml = doc(
      `<termEntry id="e1"><langSet xml:lang="zh-CN"><tig><term>重庆</term></tig></langSet><langSet xml:lang="en"><tig><term>Chongqing</term></tig></langSet><langSet xml:lang="fr"><tig><term>Chongqing</term></tig></langSet></termEntry>`,
      "<martif>",
    );
    const r = ok(importTbx(xml, { sourceLang: "zh", targetLang: "en" }));
    expect(r.concepts.map((c) => [c.sourceLang, c.targetLang, c.targetTerms[0]!.status])).toEqual([["zh-CN", "en", "preferred"]]);
    expect(r.warnings.map((w) => [w.line, w.key, w.values])).toEqual([[4, "terms.tbx.otherLanguage", { lang: "fr", count: 1 }]]);
    expect(problems(importTbx(xml))).toEqual([[2, "terms.tbx.noSourceLanguage"]]);
    expect(problems(importTbx(xml, { sourceLang: "zh" }))).toEqual([[4, "terms.tbx.severalTargets"]]);
  });
  it("reports what it cannot represent, with line and element, and imports the rest", () => {
    const xml = doc(
      `<termEntry id="e1">
<descrip type="definition">A zone.</descrip>
<transacGrp><transac type="transactionType">origination</transac><date>2024-01-01</date></transacGrp>
<xref type="xGraphic" target="zone.png">map</xref>
<langSet xml:lang="zh"><note>langSet note</note><tig><term>重庆</term><note>source note</note></tig></langSet>
<langSet xml:lang="en"><tig><term>Chongqing</term><termNote type="partOfSpeech">noun</termNote></tig></langSet>
</termEntry>
<termEntry id="e2"><langSet xml:lang="zh"><tig><term>北京</term></tig></langSet></termEntry>`,
    );
    const r = ok(importTbx(xml));
    expect(r.concepts.map((c) => c.id)).toEqual(["e1"]);
    expect(r.warnings.map((w) => [w.line, w.key, w.values?.element ?? w.values?.term ?? w.values?.id])).toEqual([
      [5, "terms.tbx.unsupported", 'descrip type="definition"'],
      [6, "terms.tbx.unsupported", "transacGrp"],
      [7, "terms.tbx.unsupported", 'xref type="xGraphic"'],
      [8, "terms.tbx.unsupported", "note"],
      [8, "terms.tbx.sourceNote", "重庆"],
      [9, "terms.tbx.unsupported", 'termNote type="partOfSpeech"'],
      [11, "terms.tbx.incomplete", "e2"],
    ]);
  });

  it("refuses broken XML, naming the line", () => {
    const xml = doc(`${entry("e1", "重庆", "Chongqing")}\n<termEntry id="e2"><langSet xml:lang="zh"><tig><term>北京</tig></langSet></termEntry>`);
    expect(problems(importTbx(xml))).toEqual([[5, "terms.tbx.syntax"]]);
    expect(problems(importTbx("<martif><text>"))[0]![1]).toBe("terms.tbx.syntax");
    expect(problems(importTbx(doc(entry("e1", "R&D", "research")))) ).toEqual([[4, "terms.tbx.syntax"]]);
  });
  it("refuses entity declarations: external and internal, expanding nothing", () => {
    const external = `<?xml version="1.0"?>\n<!DOCTYPE martif [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n<martif xml:lang="zh"><text><body>${entry("e1", "&xxe;", "x")}</body></text></martif>`;
    expect(problems(importTbx(external))).toEqual([[4, "terms.tbx.entity"]]);
    const internal = `<?xml version="1.0"?>\n<!DOCTYPE martif [<!ENTITY a "aaaaaaaaaa">]>\n<martif xml:lang="zh"><text><body>${entry("e1", "&a;", "x")}</body></text></martif>`;
    expect(problems(importTbx(internal))).toEqual([[2, "terms.tbx.entity"]]);
    // A DOCTYPE naming the TBX DTD (no entity) is read; the DTD is not fetched.
    const dtd = `<?xml version="1.0"?>\n<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">\n${doc(entry("e1", "重庆", "Chongqing")).split("\n").slice(1).join("\n")}`;
    expect(ok(importTbx(dtd)).concepts).toHaveLength(1);
  });
  it("refuses an unknown status, a langSet without a language, a duplicate id and a term without text", () => {
    const xml = doc(
      [
        entry("e1", "重庆", "Chongqing"),
        `<termEntry id="e2"><langSet xml:lang="zh"><tig><term>北京</term></tig></langSet><langSet xml:lang="en"><tig><term>Beijing</term><termNote type="administrativeStatus">bestTerm-admn-sts</termNote></tig></langSet></termEntry>`,
        `<termEntry id="e3"><langSet><tig><term>上海</term></tig></langSet><langSet xml:lang="en"><tig><term>Shanghai</term></tig></langSet></termEntry>`,
        entry("e1", "重庆市", "Chongqing Municipality"),
        `<termEntry id="e5"><langSet xml:lang="zh"><tig><term>  </term></tig></langSet><langSet xml:lang="en"><tig><term>x</term></tig></langSet></termEntry>`,
        `<termEntry id="e6"><langSet xml:lang="zh_CN"><tig><term>天津</term></tig></langSet></termEntry>`,
      ].join("\n"),
    );
    const r = importTbx(xml);
    expect(problems(r)).toEqual([
      [5, "terms.import.unknownStatus"],
      [6, "terms.import.missingLanguage"],
      [7, "terms.import.duplicateConcept"],
      [8, "terms.import.emptyTerm"],
      [9, "terms.import.badLanguage"],
    ]);
    expect("concepts" in r).toBe(false);
  });
  it("refuses a file that is not TBX", () => {
    expect(problems(importTbx('<?xml version="1.0"?>\n<html><body/></html>'))).toEqual([[2, "terms.tbx.notTbx"]]);
  });
});
