/**
 * The rewritten hot loop of galeChurch (flat band rows and shapes) gives the
 * same beads as the implementation it replaced (gale-church.reference.ts) on
 * the demo articles, a generated 10,000-word article (as translated, post-edited,
 * and with paragraphs left out and merged) and random length sequences.
 */
import { describe, expect, it } from "vitest";
import { importArticleSchema } from "@/lib/articles/import-schema";
import { detectFormat, htmlToDoc, plainTextToDoc } from "@/lib/editor/from-import";
import { docParagraphTexts } from "@/lib/editor/to-text";
import { DEMO_ARTICLES } from "@/lib/seed/demo-articles";
import { article, editOneWord } from "@/scripts/bench-qa-data";
import { mulberry32 } from "@/scripts/bench-utils";
import { galeChurch, type GaleChurchOptions } from "./gale-church";
import { referenceGaleChurch } from "./gale-church.reference";
import { alignmentLength } from "./length";
import { splitSentences } from "./sentences";

type Texts = { name: string; source: string[]; target: string[] };

function body(text: string): string[] {
  return docParagraphTexts(detectFormat(text) === "html" ? htmlToDoc(text) : plainTextToDoc(text));
}

const demo: Texts[] = DEMO_ARTICLES.map((input, k) => {
  const a = importArticleSchema.parse(input);
  return { name: `demo ${k}`, source: body(a.body.source), target: body(a.body.mt) };
});

const generated: Texts[] = [1212, 5].flatMap((seed) => {
  const { source, target } = article(mulberry32(seed));
  const postEdit = target.map((p, i) => (i % 3 === 0 ? editOneWord([p], 0, "revised")[0]! : p));
  const skewed = target.filter((_, i) => i % 17 !== 3).map((p, i, all) => (i % 11 === 5 && all[i + 1] ? `${p} ${all[i + 1]}` : p));
  return [
    { name: `10k words (${seed})`, source, target },
    { name: `10k words post-edited (${seed})`, source, target: postEdit },
    { name: `10k words, paragraphs left out and merged (${seed})`, source, target: skewed },
  ];
});

/** Every length sequence the desk aligns for an article: its paragraphs, and the sentences of each 1–1 paragraph row. */
function sequences({ source, target }: Texts): [number[], number[]][] {
  const out: [number[], number[]][] = [[source.map(alignmentLength), target.map(alignmentLength)]];
  const rows = galeChurch(out[0]![0], out[0]![1]);
  for (const row of rows) {
    const s = row.source.flatMap((i) => splitSentences(source[i]!, "zh").map((x) => alignmentLength(x.text)));
    const t = row.target.flatMap((i) => splitSentences(target[i]!, "en").map((x) => alignmentLength(x.text)));
    out.push([s, t]);
  }
  return out;
}

const OPTIONS: GaleChurchOptions[] = [{}, { band: 3 }, { twoToTwo: false }, { ratio: 2.5 }, { variance: 3, band: 10 }];

describe("galeChurch matches the implementation it replaced", () => {
  it.each([...demo, ...generated])("on $name", (texts) => {
    const seqs = sequences(texts);
    expect(seqs.length).toBeGreaterThan(1);
    for (const [s, t] of seqs) {
      for (const options of OPTIONS) expect(galeChurch(s, t, options)).toEqual(referenceGaleChurch(s, t, options));
    }
  });

  it("on random lengths, with omissions and every option", () => {
    const rng = mulberry32(42);
    let notOneToOne = 0;
    for (let k = 0; k < 120; k++) {
      const n = 1 + Math.floor(rng() * 60);
      const m = 1 + Math.floor(rng() * 60);
      const s = Array.from({ length: n }, () => Math.floor(rng() * 300));
      const t = Array.from({ length: m }, () => (rng() < 0.1 ? 0 : Math.floor(rng() * 900)));
      for (const options of OPTIONS) {
        const beads = galeChurch(s, t, options);
        if (beads.some((b) => b.source.length !== 1 || b.target.length !== 1)) notOneToOne++;
        expect(beads).toEqual(referenceGaleChurch(s, t, options));
      }
    }
    // The cases exercise the other ratios and shapes, not only clean 1–1 rows.
    expect(notOneToOne).toBeGreaterThan(30);
  });
});
