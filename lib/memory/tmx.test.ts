import { describe, expect, it } from "vitest";
import { exportTmx, importTmx, isLanguageTag, tmxDate, type TmxDocument } from "./tmx";

const doc: TmxDocument = {
  sourceLang: "zh",
  targetLang: "en",
  units: [
    { source: "外交部发言人今天表示。", target: "A foreign ministry spokesperson said today.", usageCount: 4, changeDate: new Date("2025-03-01T08:30:00Z") },
    {
      source: "据了解，<A&B> \"引号\"",
      target: "It is understood that <A&B> \"quoted\"\r\nnext",
      creationDate: new Date("2024-05-01T10:00:00.123Z"),
      changeDate: new Date("2024-06-01T10:00:00Z"),
      usageCount: 1,
      provenance: { article: "art_1", publishedVersion: 2, revision: 7, approver: "Li Wei <li@example.com>", unpublished: true },
    },
    { source: "外交部发言人今天表示。", target: "A spokesperson said today." },
  ],
};

const wrap = (body: string, header = '<header srclang="zh" adminlang="en" segtype="sentence" o-tmf="x" creationtool="t" creationtoolversion="1" datatype="plaintext"/>') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n${header}\n<body>\n${body}\n</body>\n</tmx>\n`;
const tu = (zh: string, en: string) => `<tu><tuv xml:lang="zh"><seg>${zh}</seg></tuv><tuv xml:lang="en"><seg>${en}</seg></tuv></tu>`;

function refused(xml: string, options = {}) {
  const result = importTmx(xml, options);
  if (result.ok) throw new Error("expected the file to be refused");
  expect(result).not.toHaveProperty("units");
  return result.errors;
}

describe("exportTmx", () => {
  it("writes a TMX 1.4b header, sorted units, dates, usage counts and provenance props", () => {
    const xml = exportTmx(doc);
    expect(xml).toContain('<tmx version="1.4">');
    expect(xml).toContain('<header creationtool="Copydesk" creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en" srclang="zh" o-tmf="Copydesk"/>');
    expect(xml).toContain('<tu creationdate="20240501T100000Z" changedate="20240601T100000Z" usagecount="1">');
    expect(xml).toContain('<prop type="x-copydesk-article">art_1</prop>');
    expect(xml).toContain('<prop type="x-copydesk-published-version">2</prop>');
    expect(xml).toContain('<prop type="x-copydesk-revision">7</prop>');
    expect(xml).toContain('<prop type="x-copydesk-approver">Li Wei &lt;li@example.com&gt;</prop>');
    expect(xml).toContain('<prop type="x-copydesk-unpublished">true</prop>');
    expect(xml).toContain("<seg>据了解，&lt;A&amp;B&gt; \"引号\"</seg>");
    // by source, then target: "A foreign…" < "A spokesperson…"
    expect(xml.indexOf("A foreign ministry")).toBeLessThan(xml.indexOf("A spokesperson"));
    expect(xml.indexOf("A spokesperson")).toBeLessThan(xml.indexOf("据了解"));
  });

  it("is deterministic whatever the input order", () => {
    expect(exportTmx({ ...doc, units: [...doc.units].reverse() })).toBe(exportTmx(doc));
  });

  it("round-trips: export → import → export is byte-identical", () => {
    const first = exportTmx(doc);
    const imported = importTmx(first);
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
    expect(imported.warnings).toEqual([]);
    expect(exportTmx(imported)).toBe(first);
    const unit = imported.units.find((u) => u.provenance)!;
    expect(unit.target).toBe("It is understood that <A&B> \"quoted\"\r\nnext");
    expect(unit.provenance).toEqual({ article: "art_1", publishedVersion: 2, revision: 7, approver: "Li Wei <li@example.com>", unpublished: true });
    expect(unit.creationDate?.toISOString()).toBe("2024-05-01T10:00:00.000Z");
  });

  it("refuses what it cannot write faithfully", () => {
    expect(() => exportTmx({ ...doc, units: [{ source: " ", target: "x" }] })).toThrow(RangeError);
    expect(() => exportTmx({ ...doc, units: [{ source: "a\u0001", target: "x" }] })).toThrow(RangeError);
    expect(() => exportTmx({ ...doc, sourceLang: "zh_CN" })).toThrow(RangeError);
  });

  it("formats TMX dates in UTC to the second", () => {
    expect(tmxDate(new Date("2024-12-31T23:59:59.999Z"))).toBe("20241231T235959Z");
  });
});

describe("importTmx", () => {
  it("reads the pair from srclang and the file's other language, tags kept", () => {
    const result = importTmx(wrap(tu("中国", "China").replace('"zh"', '"zh-CN"')));
    expect(result).toMatchObject({ ok: true, sourceLang: "zh", targetLang: "en", units: [{ source: "中国", target: "China" }] });
  });

  it("takes the pair asked for", () => {
    const result = importTmx(wrap(tu("中国", "China"), '<header srclang="*all*"/>'), { sourceLang: "zh", targetLang: "en" });
    expect(result.ok).toBe(true);
  });

  it("refuses broken XML with its line", () => {
    const errors = refused(wrap(`${tu("a", "b")}\n<tu><tuv xml:lang="zh"><seg>x</seg></tuv>\n</body>`));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: "xml", line: 7 });
  });

  it("refuses a DOCTYPE declaring an entity (external entity), without reading it", () => {
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE tmx [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n<tmx version="1.4"><header srclang="zh"/><body>${tu("&xxe;", "b")}</body></tmx>`;
    const errors = refused(xml);
    expect(errors).toEqual([expect.objectContaining({ code: "entity", line: 4 })]);
    expect(JSON.stringify(errors)).not.toContain("root:");
  });

  it("accepts a DOCTYPE that only names the DTD", () => {
    expect(importTmx(wrap(tu("a", "b")).replace("<tmx", '<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx')).ok).toBe(true);
  });

  it("refuses a tu without the source or target tuv, naming the line", () => {
    const errors = refused(wrap(`${tu("a", "b")}\n<tu>\n<tuv xml:lang="zh"><seg>only zh</seg></tuv>\n</tu>\n<tu><tuv xml:lang="en"><seg>only en</seg></tuv></tu>`));
    expect(errors).toEqual([
      expect.objectContaining({ code: "missingTuv", line: 6, message: 'the <tu> has no <tuv xml:lang="en">' }),
      expect.objectContaining({ code: "missingTuv", line: 9, message: 'the <tu> has no <tuv xml:lang="zh">' }),
    ]);
  });

  it("refuses a language that is not BCP 47, or not of the pair", () => {
    expect(refused(wrap(tu("a", "b").replace('"en"', '"english language"')))).toContainEqual(expect.objectContaining({ code: "language", line: 5 }));
    expect(refused(wrap(tu("a", "b")), { sourceLang: "zh", targetLang: "fr" })).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: "language", message: 'xml:lang="en" is not a language of the pair zh-fr' })]),
    );
    expect(refused(wrap(tu("a", "b")), { sourceLang: "zh", targetLang: "x y" })[0]).toMatchObject({ code: "language", line: 0 });
    expect(refused(wrap(`${tu("a", "b")}${tu("c", "d").replace('"en"', '"fr"')}`))[0]).toMatchObject({ code: "pair" });
  });

  it("refuses an empty seg, a wrong root and a missing header", () => {
    expect(refused(wrap(tu("  ", "b")))[0]).toMatchObject({ code: "emptySeg", line: 5 });
    expect(refused('<tmx version="1.1"><header srclang="zh"/><body/></tmx>')[0]).toMatchObject({ code: "root", line: 1 });
    expect(refused('<tmx version="1.4"><body/></tmx>').map((e) => e.code)).toContain("header");
  });

  it("refuses malformed dates, counts and provenance", () => {
    const bad = `<tu creationdate="2024-05-01" usagecount="-1"><prop type="x-copydesk-revision">seven</prop><tuv xml:lang="zh"><seg>a</seg></tuv><tuv xml:lang="en"><seg>b</seg></tuv></tu>`;
    expect(refused(wrap(bad)).map((e) => e.code)).toEqual(["attribute", "attribute", "prop"]);
  });

  it("strips inline markup with a warning per element, keeping the text of hi", () => {
    const seg = 'Press <bpt i="1">&lt;b&gt;</bpt>OK<ept i="1">&lt;/b&gt;</ept> <ph x="2">&lt;br/&gt;</ph>and <hi type="x">go</hi>';
    const result = importTmx(wrap(tu("按确定", seg)));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.units[0]!.target).toBe("Press OK and go");
    expect(result.warnings.map((w) => [w.line, w.message.slice(0, 20)])).toEqual([
      [5, "inline markup <bpt> "],
      [5, "inline markup <ept> "],
      [5, "inline markup <ph> s"],
      [5, "inline markup <hi> s"],
    ]);
  });

  it("refuses other elements inside a seg", () => {
    expect(refused(wrap(tu("a<b>x</b>", "b")))[0]).toMatchObject({ code: "markup", line: 5 });
  });
});

describe("isLanguageTag", () => {
  it("accepts BCP 47 tags and refuses the rest", () => {
    expect(["zh", "en", "zh-Hans-CN", "en-GB", "yue-HK"].every(isLanguageTag)).toBe(true);
    expect(["", "zh_CN", "chinese language", "e", "*all*", "zh-"].some(isLanguageTag)).toBe(false);
  });
});
