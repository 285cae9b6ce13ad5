/**
 * `npm run -s cli -- qa FILE...`, spawned as a user runs it: exit codes,
 * one JSON line per finding, and the message naming the file and field on
 * bad input.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_ARTICLES } from "@/lib/seed/demo-articles";

const root = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "copydesk-qa-cli-"));

function cli(...args: string[]) {
  const run = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/cli.ts", ...args], { cwd: root, encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, lines: run.stdout.split("\n").filter(Boolean) };
}

function file(name: string, content: unknown): string {
  const p = path.join(dir, name);
  writeFileSync(p, typeof content === "string" ? content : JSON.stringify(content));
  return p;
}

describe("cli qa", () => {
  it("prints one JSON finding per line for each file, with offsets into the MT paragraph", () => {
    const demo = file("demo.json", DEMO_ARTICLES[1]);
    const glossed = file("glossed.json", {
      ...DEMO_ARTICLES[2],
      glossary: [{ source: "禁渔", target: "fishing ban", forbidden: ["fishing moratorium"] }, { source: "长江", target: "Changjiang" }],
    });
    const run = cli("qa", demo, glossed);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const findings = run.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const paragraphs = DEMO_ARTICLES[1]!.body.mt.split("\n\n");
    const spacing = findings.find((f) => f.file === demo && f.check === "spacing");
    expect(spacing).toEqual({
      file: demo,
      field: "body",
      paragraph: 1,
      start: paragraphs[1]!.indexOf(" ,"),
      end: paragraphs[1]!.indexOf(" ,") + 2,
      text: " ,",
      check: "spacing",
      severity: "error",
      message: "Space before punctuation.",
      fix: { start: paragraphs[1]!.indexOf(" ,"), end: paragraphs[1]!.indexOf(" ,") + 1, replacement: "" },
    });
    expect(findings.filter((f) => f.file === demo).map((f) => `${f.paragraph}:${f.text}`)).toEqual(["0:On", "1: ,", "1:Regions"]);
    const glossary = findings.filter((f) => f.file === glossed && f.check === "glossary");
    expect(glossary.map((f) => [f.field, f.severity])).toEqual([
      ["title", "warning"],
      ["body", "warning"],
    ]);
    expect(glossary[0]!.message).toBe("The source has “长江”; the glossary asks for “Changjiang”.");
  });

  it("exits 0 and prints nothing for a clean article", () => {
    const clean = file("clean.json", {
      sourceLang: "zh",
      targetLang: "en",
      title: { source: "标题", mt: "A title" },
      body: { source: "<p>双方签署协议。</p>", mt: "<p>The two parties signed an agreement.</p>" },
    });
    expect(cli("qa", clean)).toMatchObject({ code: 0, stdout: "", stderr: "" });
  });

  it("exits 2 naming the file on bad JSON", () => {
    const bad = file("bad.json", "{ not json");
    const run = cli("qa", bad);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${bad}: invalid JSON`);
  });

  it("exits 2 on a missing file, after checking the files it could read", () => {
    const demo = file("demo2.json", DEMO_ARTICLES[1]);
    const missing = path.join(dir, "missing.json");
    const run = cli("qa", missing, demo);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${missing}: cannot read: ENOENT`);
    expect(run.lines).toHaveLength(3);
  });

  it("exits 2 naming the field of an invalid shape", () => {
    const noMt = file("no-mt.json", { ...DEMO_ARTICLES[1], body: { source: "原文。" } });
    expect(cli("qa", noMt)).toMatchObject({ code: 2, stderr: expect.stringContaining(`${noMt}: invalid input: body.mt: required`) });
    const badGlossary = file("bad-glossary.json", { ...DEMO_ARTICLES[1], glossary: [{ source: "禁渔" }] });
    expect(cli("qa", badGlossary)).toMatchObject({ code: 2, stderr: expect.stringContaining("glossary.0.target") });
    const unknown = file("unknown.json", { ...DEMO_ARTICLES[1], extra: 1 });
    expect(cli("qa", unknown)).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown_field") });
  });

  it("exits 2 with usage for no files or an unknown command", () => {
    expect(cli("qa")).toMatchObject({ code: 2, stderr: expect.stringContaining("usage") });
    expect(cli("nope")).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown command: nope") });
  });
});
