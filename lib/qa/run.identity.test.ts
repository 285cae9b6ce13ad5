/**
 * runQa's output pinned on the benchmark's generated article (scripts/bench-qa-data.ts)
 * and the demo articles: speed work on lib/qa and lib/alignment must leave every
 * row and finding as it was. The counts per check say what moved; the digest (of
 * the rows, the findings in order, every field, and the defined terms) catches the rest.
 * If a check is meant to change, update the figures here with the change.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { importArticleSchema } from "@/lib/articles/import-schema";
import { detectFormat, htmlToDoc, plainTextToDoc } from "@/lib/editor/from-import";
import { docParagraphTexts } from "@/lib/editor/to-text";
import { DEMO_ARTICLES } from "@/lib/seed/demo-articles";
import { article, editOneWord } from "@/scripts/bench-qa-data";
import { mulberry32 } from "@/scripts/bench-utils";
import { runQa, type QaArticle, type QaResult } from "./run";

function digest(r: QaResult): string {
  const json = JSON.stringify({ rows: r.rows, findings: r.findings, counts: r.counts, terms: [...r.definedTerms] });
  return createHash("sha256").update(json).digest("hex").slice(0, 16);
}

function perCheck(r: QaResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of r.findings) out[`${f.check}/${f.severity}`] = (out[`${f.check}/${f.severity}`] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

const { source, target: mt } = article(mulberry32(1212));
const postEdit = mt.map((p, i) => (i % 3 === 0 ? editOneWord([p], 0, "revised")[0]! : p));
const everyParagraph = mt.map((p) => editOneWord([p], 0, "revised")[0]!);
const bench: QaArticle = { sourceLang: "zh", targetLang: "en", source, target: postEdit, mt };

const body = (text: string) => docParagraphTexts(detectFormat(text) === "html" ? htmlToDoc(text) : plainTextToDoc(text));

describe("runQa output is pinned", () => {
  it("on the benchmark's post-edited article", () => {
    const r = runQa(bench);
    expect(r.counts).toEqual({ error: 774, warning: 149, info: 403 });
    expect(perCheck(r)).toEqual({
      "capitals/error": 52,
      "capitals/warning": 142,
      "cjk/error": 56,
      "length/warning": 3,
      "numbers/error": 408,
      "repeated-word/error": 195,
      "repeated-word/warning": 4,
      "spacing/error": 63,
      "unchanged/info": 403,
    });
    expect(digest(r)).toBe("c4303432e63c513a");
  });

  it("with every paragraph post-edited, and re-checked after edits", () => {
    const full = runQa({ ...bench, target: everyParagraph });
    expect(digest(full)).toBe("bb86e3b22b96facf");
    const edited = editOneWord(everyParagraph, 40, "the the");
    const incremental = runQa({ ...bench, target: edited }, full);
    expect(incremental.findings).toEqual(runQa({ ...bench, target: edited }).findings);
    expect(digest(incremental)).toBe("e73eec12c0d97325");
  });

  it("on the demo articles", () => {
    const digests = DEMO_ARTICLES.map((input) => {
      const a = importArticleSchema.parse(input);
      return digest(runQa({ sourceLang: a.sourceLang, targetLang: a.targetLang, source: body(a.body.source), target: body(a.body.mt) }));
    });
    expect(digests).toEqual(["12177620915a5e67", "702544b2308da647", "3d2aeee043f08c54"]);
  });
});
