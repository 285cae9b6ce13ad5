/**
 * The exported TBX read by an independent reader: Debian's translate-toolkit
 * (python3-translate-toolkit; .ci/run installs it). The system Python is
 * used, not a pyenv one, since that is where the package is.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { exportTbx } from "@/lib/terms/tbx";
import type { Concept } from "@/lib/terms/types";

const PYTHON = "/usr/bin/python3";
const READER = `
import json, sys
from translate.storage import tbx
store = tbx.tbxfile.parsefile(sys.argv[1])
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
out = []
for unit in store.units:
    langs = []
    for lang_set in unit.xmlelement.iter("{*}langSet"):
        langs.append([lang_set.get(XML_LANG), [t.text for t in lang_set.iter("{*}term")]])
    out.append({"id": unit.getid(), "source": unit.source, "target": unit.target, "langs": langs})
print(json.dumps({"sourcelanguage": store.sourcelanguage, "units": out}, ensure_ascii=False))
`;

const concepts: Concept[] = [
  {
    id: "zone",
    sourceLang: "zh",
    targetLang: "en",
    domain: ["places"],
    note: "Official name & <abbreviation>",
    sourceTerms: [
      { text: "重庆高新区", caseSensitive: false },
      { text: "重庆高新技术产业开发区", caseSensitive: false },
    ],
    targetTerms: [
      { text: "Chongqing High-tech Zone", status: "preferred", caseSensitive: false, note: "first mention in full" },
      { text: "Chongqing Hi-tech Zone", status: "forbidden", caseSensitive: false },
    ],
  },
  {
    sourceLang: "zh",
    targetLang: "en-GB",
    domain: [],
    note: null,
    sourceTerms: [{ text: "西部（重庆）科学城", caseSensitive: false }],
    targetTerms: [{ text: "Western (Chongqing) Science City", status: "preferred", caseSensitive: true }],
  },
];

describe("TBX export read by translate-toolkit", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "copydesk-tbx-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads every entry, language and term of the export", () => {
    const file = path.join(dir, "termbase.tbx");
    writeFileSync(file, exportTbx(concepts), "utf8");
    const read = JSON.parse(execFileSync(PYTHON, ["-c", READER, file], { encoding: "utf8" })) as {
      units: { id: string; source: string; target: string; langs: [string, string[]][] }[];
    };
    // Sorted by pair: zh → en before zh → en-GB.
    expect(read.units).toEqual([
      {
        id: "zone",
        source: "重庆高新区",
        target: "Chongqing High-tech Zone",
        langs: [
          ["zh", ["重庆高新区", "重庆高新技术产业开发区"]],
          ["en", ["Chongqing High-tech Zone", "Chongqing Hi-tech Zone"]],
        ],
      },
      { id: "c1", source: "西部（重庆）科学城", target: "Western (Chongqing) Science City", langs: [["zh", ["西部（重庆）科学城"]], ["en-GB", ["Western (Chongqing) Science City"]]] },
    ]);
  });

  it("is well-formed for libxml2's xmllint when it is installed", () => {
    const file = path.join(dir, "wellformed.tbx");
    writeFileSync(file, exportTbx(concepts), "utf8");
    // xmllint exits non-zero on any well-formedness error; --noout prints nothing when the file is fine.
    expect(execFileSync("xmllint", ["--noout", "--nonet", file], { encoding: "utf8" })).toBe("");
  });
});
