/**
 * An exported TMX read by an independent implementation: Debian's
 * translate-toolkit (lxml underneath), run with the system Python. The pairs
 * it reads back must be the pairs exported, in order.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exportTmx, type TmUnit } from "@/lib/memory/tmx";

const PYTHON = "/usr/bin/python3";

const READER = `
import json, sys
from translate.storage import tmx
store = tmx.tmxfile.parsefile(sys.argv[1])
print(json.dumps([{"source": u.source, "target": u.target} for u in store.units], ensure_ascii=False))
`;

const units: TmUnit[] = [
  { source: "外交部发言人今天表示。", target: "A foreign ministry spokesperson said today.", usageCount: 3, changeDate: new Date("2025-01-02T03:04:05Z") },
  { source: "据了解，<会谈> & \"磋商\"将继续。", target: "It is understood that <talks> & \"consultations\" will continue.", provenance: { article: "a1", publishedVersion: 1, revision: 4, approver: "Wang" } },
  { source: "ＧＤＰ增长5%。", target: "GDP grew 5%." },
  { source: "表情😀测试。", target: "Emoji 😀 test." },
];

describe("TMX export read by translate-toolkit", () => {
  it("gives back the sources and targets exported", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "copydesk-tmx-"));
    const file = path.join(dir, "memory.tmx");
    const xml = exportTmx({ sourceLang: "zh", targetLang: "en", units });
    writeFileSync(file, xml, "utf8");
    const run = spawnSync(PYTHON, ["-c", READER, file], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const read = JSON.parse(run.stdout) as { source: string; target: string }[];
    const expected = [...units].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0)).map(({ source, target }) => ({ source, target }));
    expect(read).toEqual(expected);
  });
});
