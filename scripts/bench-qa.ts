/**
 * Benchmark of lib/qa: all checks on a generated 10,000-word article with
 * its aligned Chinese source, and the incremental re-check after a one-word
 * edit, each beside one `diffDocuments` call (lib/diff) on the same article
 * in the same run, so the figures compare on this machine, not against a
 * number measured elsewhere.
 * Run: npm run bench:qa  (or npx tsx scripts/bench-qa.ts)
 *
 * Targets: the full check takes no longer than the diff; the incremental
 * re-check ≤ 2 ms. Figures are printed, never asserted in tests.
 */
import { diffDocuments, type Block } from "@/lib/diff";
import { alignParagraphs } from "@/lib/alignment";
import { blockSentences, linkRowSentences } from "@/lib/articles/row-sentences";
import { checksFor } from "@/lib/qa/registry";
import { runQa, type QaArticle, type QaResult } from "@/lib/qa/run";
import type { QaContext, SentencePair } from "@/lib/qa/types";
import { article, editOneWord } from "./bench-qa-data";
import { mulberry32, percentile } from "./bench-utils";

const RUNS = 20;
const WARM_UP = 5;
const INCREMENTAL_TARGET_MS = 2;

/** The article's sentence pairs, aligned once with the desk's functions (what the desk already holds). */
function alignedPairs(source: readonly string[], target: readonly string[]): SentencePair[] {
  const pairs: SentencePair[] = [];
  for (const row of alignParagraphs(source, target, "zh", "en")) {
    const s = row.source.flatMap((index) => blockSentences([{ index, text: source[index]! }], "zh"));
    const t = blockSentences(row.target.map((index) => ({ index, text: target[index]! })), "en");
    for (const bead of linkRowSentences(s, t).beads) {
      pairs.push({ source: bead.source.map((k) => s[k]!.text).join(""), target: bead.target.map((k) => t[k]!.text).join(" ") });
    }
  }
  return pairs;
}

function median(values: number[]): number {
  return percentile(values, 50);
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(3) : ms.toFixed(1));

function main(): void {
  const rng = mulberry32(1212);
  const { source, target } = article(rng);
  const input: QaArticle = { sourceLang: "zh", targetLang: "en", source, target, mt: target };
  const blocks = (texts: readonly string[]): Block[] => texts.map((text) => ({ type: "paragraph", text }));
  const edited = editOneWord(target, Math.floor(target.length / 2), "changed");
  const postEdited = target.map((p, i) => (i % 3 === 0 ? editOneWord([p], 0, "revised")[0]! : p));

  for (let i = 0; i < WARM_UP; i++) {
    runQa(input);
    diffDocuments(blocks(target), blocks(edited), { lang: "en" });
  }

  const pairs = alignedPairs(source, target);
  const ctx: QaContext = { sourceLang: "zh", targetLang: "en", maxSentenceWords: 35, glossary: [], definedTerms: new Set() };
  const checks = checksFor(ctx);
  const checksOnly = () => {
    for (const pair of pairs) for (const c of checks.pair) c.run(pair, ctx);
    for (const text of target) for (const c of checks.text) c.run(text, ctx);
  };
  for (let i = 0; i < WARM_UP; i++) checksOnly();

  // Interleaved, so that load on a shared machine falls on both sides alike.
  const onlyChecks: number[] = [];
  const alignOnly: number[] = [];
  const full: number[] = [];
  const diffOne: number[] = [];
  const diffPost: number[] = [];
  const incremental: number[] = [];
  const incrementalNamed: number[] = [];
  let result: QaResult | undefined;
  for (let i = 0; i < RUNS; i++) {
    full.push(time(() => (result = runQa(input))));
    onlyChecks.push(time(checksOnly));
    alignOnly.push(time(() => alignedPairs(source, target)));
    diffOne.push(time(() => diffDocuments(blocks(target), blocks(edited), { lang: "en" })));
    diffPost.push(time(() => diffDocuments(blocks(target), blocks(postEdited), { lang: "en" })));
  }
  // Each incremental run edits a different word of a different paragraph, from the same full result.
  for (let i = 0; i < RUNS; i++) {
    const p = (i * 7) % target.length;
    const next = editOneWord(target, p, `word${i}`);
    incremental.push(time(() => runQa({ ...input, target: next }, result)));
    const again = editOneWord(target, p, `other${i}`);
    incrementalNamed.push(time(() => runQa({ ...input, target: again }, result, new Set([p]))));
  }

  const words = target.reduce((n, p) => n + p.split(" ").length, 0);
  const r = result!;
  console.log(`lib/qa benchmark — Node ${process.version}; median of ${RUNS} runs after ${WARM_UP} warm-up calls`);
  console.log(`article: ${words} words in ${target.length} paragraphs; ${r.findings.length} findings (${r.counts.error} errors, ${r.counts.warning} warnings, ${r.counts.info} info)\n`);
  const row = (name: string, values: number[], extra = "") =>
    console.log(`${name.padEnd(52)} ${`${fmt(median(values))} ms`.padStart(11)}   p90 ${`${fmt(percentile(values, 90))} ms`.padStart(10)}${extra}`);
  const diffMs = median(diffOne);
  const fullMs = median(full);
  const incMs = median(incremental);
  row("diffDocuments(MT, MT + one-word edit)", diffOne);
  row("diffDocuments(MT, MT with a word changed in 1/3 of paragraphs)", diffPost);
  const postMs = median(diffPost);
  const onlyMs = median(onlyChecks);
  row(`QA: all checks on the ${pairs.length} aligned pairs + paragraphs`, onlyChecks, `   ${(onlyMs / postMs).toFixed(2)} × the post-edit diff`);
  row("alignment alone (the desk's paragraph + sentence functions)", alignOnly);
  row("QA: runQa, full article (alignment included)", full, `   ${(fullMs / postMs).toFixed(2)} × the post-edit diff`);
  row("QA: incremental re-check after a one-word edit", incremental, `   ${(incMs / diffMs).toFixed(3)} × the diff`);
  row("QA: incremental, changed paragraph named", incrementalNamed);
  console.log("\nper check, over the same pairs and paragraphs:");
  for (const c of [...checks.pair, ...checks.text]) {
    const isPair = checks.pair.includes(c as (typeof checks.pair)[number]);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      times.push(
        time(() => {
          if (isPair) for (const pair of pairs) (c as (typeof checks.pair)[number]).run(pair, ctx);
          else for (const text of target) (c as (typeof checks.text)[number]).run(text, ctx);
        }),
      );
    }
    row(`  ${c.id}`, times);
  }
  const yes = (ok: boolean) => (ok ? "yes" : "NO");
  console.log(
    `\nchecks ≤ post-edit diff: ${yes(onlyMs <= postMs)}; runQa ≤ post-edit diff: ${yes(fullMs <= postMs)}; ` +
      `runQa ≤ one-word diff: ${yes(fullMs <= diffMs)}; incremental ≤ ${INCREMENTAL_TARGET_MS} ms: ${yes(incMs <= INCREMENTAL_TARGET_MS)}`,
  );
}

main();
