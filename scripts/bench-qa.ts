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
 *
 * Which diff is the baseline. "One diffDocuments call on the same article"
 * is, on the desk, the MT against the translator's post-edit: the article
 * checked here is that post-edit (a word changed in every third paragraph),
 * checked against the same MT, so both sides work on the same two texts.
 * The full check is compared with that post-edit diff. The diff against a
 * one-word edit is printed too, but it is no fair baseline for a check of
 * the whole article: all but one paragraph are equal there and the diff
 * skips them, while a full check must read every paragraph. That diff is
 * the baseline of the incremental re-check (one word changed on both sides).
 *
 * Honest: the full check is `runQa(article)` with nothing precomputed —
 * paragraph alignment, sentence splitting and linking, every check, the
 * "unchanged from the MT" lookup (which splits the MT's sentences, as the
 * post-edited paragraphs differ from it) and the assembly of the findings.
 * Times are wall-clock (median of RUNS, interleaved with the diffs); the CPU
 * column (process.cpuUsage, the same calls) is what a shared, loaded machine
 * does not inflate, and is the fairer ratio there.
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

/** Wall-clock and CPU milliseconds of repeated calls. */
class Series {
  readonly wall: number[] = [];
  readonly cpu: number[] = [];
  time(fn: () => void): void {
    const cpu = process.cpuUsage();
    const start = performance.now();
    fn();
    this.wall.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    this.cpu.push((used.user + used.system) / 1000);
  }
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(3) : ms.toFixed(1));

function main(): void {
  const rng = mulberry32(1212);
  const { source, target: mt } = article(rng);
  const blocks = (texts: readonly string[]): Block[] => texts.map((text) => ({ type: "paragraph", text }));
  const edited = editOneWord(mt, Math.floor(mt.length / 2), "changed");
  // The article checked: the MT post-edited (a word changed in every third paragraph).
  const target = mt.map((p, i) => (i % 3 === 0 ? editOneWord([p], 0, "revised")[0]! : p));
  const input: QaArticle = { sourceLang: "zh", targetLang: "en", source, target, mt };
  const diffPostEdit = () => diffDocuments(blocks(mt), blocks(target), { lang: "en" });
  const diffOneWord = () => diffDocuments(blocks(mt), blocks(edited), { lang: "en" });

  for (let i = 0; i < WARM_UP; i++) {
    runQa(input);
    diffOneWord();
    diffPostEdit();
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
  const onlyChecks = new Series();
  const alignOnly = new Series();
  const full = new Series();
  const diffOne = new Series();
  const diffPost = new Series();
  const incremental = new Series();
  const incrementalNamed = new Series();
  let result: QaResult | undefined;
  for (let i = 0; i < RUNS; i++) {
    full.time(() => (result = runQa(input)));
    diffPost.time(diffPostEdit);
    onlyChecks.time(checksOnly);
    alignOnly.time(() => alignedPairs(source, target));
    diffOne.time(diffOneWord);
  }
  // Each incremental run edits a different word of a different paragraph, from the same full result.
  for (let i = 0; i < RUNS; i++) {
    const p = (i * 7) % target.length;
    const next = editOneWord(target, p, `word${i}`);
    incremental.time(() => runQa({ ...input, target: next }, result));
    const again = editOneWord(target, p, `other${i}`);
    incrementalNamed.time(() => runQa({ ...input, target: again }, result, new Set([p])));
  }

  const words = target.reduce((n, p) => n + p.split(" ").length, 0);
  const r = result!;
  console.log(`lib/qa benchmark — Node ${process.version}; median of ${RUNS} runs after ${WARM_UP} warm-up calls`);
  console.log(`article: ${words} words in ${target.length} paragraphs; ${r.findings.length} findings (${r.counts.error} errors, ${r.counts.warning} warnings, ${r.counts.info} info)\n`);
  console.log(`${"".padEnd(60)} ${"wall".padStart(11)}   ${"p90".padStart(10)}   ${"CPU".padStart(10)}`);
  const row = (name: string, values: Series, extra = "") =>
    console.log(
      `${name.padEnd(60)} ${`${fmt(median(values.wall))} ms`.padStart(11)}   ${`${fmt(percentile(values.wall, 90))} ms`.padStart(10)}   ${`${fmt(median(values.cpu))} ms`.padStart(10)}${extra}`,
    );
  const ratio = (a: Series, b: Series) =>
    `   ${(median(a.wall) / median(b.wall)).toFixed(2)} × (CPU ${(median(a.cpu) / median(b.cpu)).toFixed(2)} ×)`;
  row("diffDocuments(MT, post-edit: a word changed in 1/3 of ¶)", diffPost, "   ← baseline of the full check");
  row("diffDocuments(MT, MT + one-word edit)", diffOne, "   ← baseline of the incremental check");
  row(`QA: all checks on the ${pairs.length} aligned pairs + paragraphs`, onlyChecks, ratio(onlyChecks, diffPost));
  row("alignment alone (the desk's paragraph + sentence functions)", alignOnly, ratio(alignOnly, diffPost));
  row("QA: runQa, full post-edit (alignment included)", full, `${ratio(full, diffPost)} the post-edit diff`);
  row("QA: incremental re-check after a one-word edit", incremental, `${ratio(incremental, diffOne)} the one-word diff`);
  row("QA: incremental, changed paragraph named", incrementalNamed);
  console.log("\nper check, over the same pairs and paragraphs:");
  for (const c of [...checks.pair, ...checks.text]) {
    const isPair = checks.pair.includes(c as (typeof checks.pair)[number]);
    const times = new Series();
    for (let i = 0; i < RUNS; i++) {
      times.time(() => {
        if (isPair) for (const pair of pairs) (c as (typeof checks.pair)[number]).run(pair, ctx);
        else for (const text of target) (c as (typeof checks.text)[number]).run(text, ctx);
      });
    }
    row(`  ${c.id}`, times);
  }
  const yes = (a: Series, b: Series | number) => {
    const limit = (key: "wall" | "cpu") => (typeof b === "number" ? b : median(b[key]));
    return `${median(a.wall) <= limit("wall") ? "yes" : "NO"} (CPU: ${median(a.cpu) <= limit("cpu") ? "yes" : "NO"})`;
  };
  console.log(
    `\ntargets — runQa (full) ≤ post-edit diff: ${yes(full, diffPost)}; incremental ≤ ${INCREMENTAL_TARGET_MS} ms: ${yes(incremental, INCREMENTAL_TARGET_MS)}` +
      `\nfor reference — checks alone ≤ post-edit diff: ${yes(onlyChecks, diffPost)}; runQa ≤ one-word diff: ${yes(full, diffOne)}`,
  );
}

main();
