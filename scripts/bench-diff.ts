/**
 * Benchmark of lib/diff against jsdiff's diffWords on the whole text.
 * Run: npm run bench:diff  (or npx tsx scripts/bench-diff.ts)
 *
 * Inputs are generated from a seeded PRNG, so every run diffs the same texts.
 * Timings depend on the machine; the targets below are for a laptop-class CPU.
 */
import { diffWords } from "diff";
import { diffDocuments, type Block, type DocumentDiff } from "@/lib/diff";
import { mulberry32 } from "./bench-utils";

const RUNS = 20;
/** Untimed calls before timing, so medians measure JIT-compiled code. */
const WARM_UP = 5;
/** diffWords on a big rewrite takes seconds per run; beyond this, stop at BASELINE_SLOW_RUNS. */
const BASELINE_SLOW_MS = 1000;
const BASELINE_SLOW_RUNS = 3;
const HARD_LIMIT_MS = 200;


type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

// ---------------------------------------------------------------- English

const FUNCTION_WORDS = ["the", "of", "and", "to", "in", "a", "that", "for", "on", "with", "as", "was", "by", "at", "from", "said"];
const SYLLABLES = ["min", "is", "ter", "gov", "ern", "ment", "tra", "de", "eco", "no", "my", "pol", "i", "cy", "re", "port", "sta", "tion", "mar", "ket", "in", "dus", "try", "dig", "it", "al"];

function englishVocabulary(rng: Rng): string[] {
  const words = new Set<string>();
  while (words.size < 3000) {
    const n = 1 + Math.floor(rng() * 3);
    words.add(Array.from({ length: n }, () => pick(rng, SYLLABLES)).join(""));
  }
  return [...words];
}

function englishWord(rng: Rng, vocabulary: string[]): string {
  return rng() < 0.35 ? pick(rng, FUNCTION_WORDS) : pick(rng, vocabulary);
}

/** Paragraphs as word arrays; punctuation attached to words like a real article. */
function englishArticle(rng: Rng, vocabulary: string[], words: number): string[][] {
  const paragraphs: string[][] = [];
  let left = words;
  while (left > 0) {
    const size = Math.min(left, 55 + Math.floor(rng() * 11));
    const paragraph: string[] = [];
    for (let k = 0; k < size; k++) {
      let word = englishWord(rng, vocabulary);
      if (k === 0 || paragraph[k - 1]?.endsWith(".")) word = word[0]?.toUpperCase() + word.slice(1);
      const r = rng();
      if (k === size - 1 || r < 0.06) word += ".";
      else if (r < 0.12) word += ",";
      paragraph.push(word);
    }
    paragraphs.push(paragraph);
    left -= size;
  }
  return paragraphs;
}

/** Changes about `rate` of the words: 60% substituted, 20% deleted, 20% inserted. */
function editWords<T>(rng: Rng, words: readonly T[], rate: number, make: () => T): T[] {
  const out: T[] = [];
  for (const word of words) {
    if (rng() >= rate) {
      out.push(word);
      continue;
    }
    const r = rng();
    if (r < 0.6) out.push(make());
    else if (r < 0.8) continue;
    else out.push(word, make());
  }
  return out;
}

const paragraph = (text: string): Block => ({ type: "paragraph", text });

function englishCase(words: number, rate: number): [Block[], Block[]] {
  const rng = mulberry32(1000 * words + Math.round(rate * 100));
  const vocabulary = englishVocabulary(rng);
  const article = englishArticle(rng, vocabulary, words);
  const edited = article.map((p) => editWords(rng, p, rate, () => englishWord(rng, vocabulary)));
  return [article.map((p) => paragraph(p.join(" "))), edited.map((p) => paragraph(p.join(" ")))];
}

// ---------------------------------------------------------------- Chinese

const ZH_WORDS = [
  "经济", "增长", "速度", "加快", "推进", "产业", "数字化", "数字", "中国", "政府", "部门", "会议", "发展", "改革", "开放",
  "国际", "合作", "企业", "市场", "投资", "技术", "创新", "人工智能", "数据", "安全", "政策", "支持", "提高", "质量", "服务",
  "社会", "民生", "教育", "医疗", "就业", "城市", "农村", "地区", "全球", "贸易", "出口", "进口", "能源", "环境", "保护",
  "记者", "报道", "表示", "认为", "今年", "去年", "以来", "进一步", "加强", "建设", "完善", "体系", "水平", "能力", "工作",
  "的", "了", "在", "和", "是", "对", "将", "与", "并", "等",
];

function chineseCase(chars: number, rate: number): [Block[], Block[]] {
  const rng = mulberry32(4242);
  const paragraphs: string[][] = [];
  let total = 0;
  while (total < chars) {
    const words: string[] = [];
    let length = 0;
    const target = 180 + Math.floor(rng() * 60);
    while (length < target && total + length < chars) {
      const word = pick(rng, ZH_WORDS);
      const punct = rng() < 0.08 ? "，" : "";
      words.push(word + punct);
      length += word.length + punct.length;
    }
    words.push("。");
    paragraphs.push(words);
    total += length + 1;
  }
  const edited = paragraphs.map((p) => editWords(rng, p, rate, () => pick(rng, ZH_WORDS)));
  return [paragraphs.map((p) => paragraph(p.join(""))), edited.map((p) => paragraph(p.join("")))];
}

// ---------------------------------------------------------------- Pathological, 1 MB

const MB = 1_000_000;

function randomLetters(rng: Rng, length: number): string {
  return Array.from({ length }, () => String.fromCharCode(97 + Math.floor(rng() * 26))).join("");
}

function randomProse(rng: Rng, length: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const word = randomLetters(rng, 2 + Math.floor(rng() * 8)) + (rng() < 0.07 ? ". " : " ");
    parts.push(word);
    size += word.length;
  }
  return parts.join("").slice(0, length);
}

function pathologicalCases(): [string, Block[], Block[], string][] {
  const rng = mulberry32(7);
  const letters = randomLetters(rng, MB);
  const prose = randomProse(rng, MB);
  const reversedWords = prose.split(" ").reverse().join(" ");
  const sentences = prose.split(". ");
  const zh = Array.from({ length: MB }, (_, i) => (i % 40 === 39 ? "，" : pick(rng, ZH_WORDS)[0] ?? "中")).join("");
  return [
    ["1 MB, no spaces, 1 char changed", [paragraph(letters)], [paragraph(`${letters.slice(0, MB / 2)}Z${letters.slice(MB / 2 + 1)}`)], "en"],
    ["1 MB, repeated word vs another", [paragraph("the ".repeat(MB / 4))], [paragraph("an ".repeat(MB / 3))], "en"],
    ["1 MB, repeated word, 1 changed", [paragraph("the ".repeat(MB / 4))], [paragraph(`${"the ".repeat(MB / 8)}a ${"the ".repeat(MB / 8 - 1)}`)], "en"],
    ["1 MB, random vs reversed (1 block)", [paragraph(prose)], [paragraph(reversedWords)], "en"],
    [
      "1 MB, random vs reversed (~12k blocks)",
      sentences.map(paragraph),
      [...sentences].reverse().map((s) => paragraph(s.split(" ").reverse().join(" "))),
      "en",
    ],
    ["1 MB Chinese vs reversed chars", [paragraph(zh)], [paragraph([...zh].reverse().join(""))], "zh-Hans"],
  ];
}

// ---------------------------------------------------------------- Measurement

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function timed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

/** Times `runs` calls after WARM_UP untimed ones; `first` is the very first (cold) call. */
function measureDiff(oldDoc: Block[], newDoc: Block[], lang: string, runs: number): { first: number; times: number[]; last: DocumentDiff } {
  const diff = (): DocumentDiff => diffDocuments(oldDoc, newDoc, { lang });
  const [coldResult, first] = timed(diff);
  let last = coldResult;
  for (let k = 1; k < WARM_UP; k++) diff();
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const [result, ms] = timed(diff);
    last = result;
    times.push(ms);
  }
  return { first, times, last };
}

function measureBaseline(oldDoc: Block[], newDoc: Block[]): number[] {
  const oldText = oldDoc.map((b) => b.text).join("\n\n");
  const newText = newDoc.map((b) => b.text).join("\n\n");
  const times: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    times.push(timed(() => diffWords(oldText, newText))[1]);
    if ((times[0] ?? 0) > BASELINE_SLOW_MS && times.length >= BASELINE_SLOW_RUNS) break;
  }
  return times;
}

const fmt = (ms: number): string => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const pad = (s: string, n: number): string => s.padEnd(n);
const padL = (s: string, n: number): string => s.padStart(n);

function main(): void {
  console.log(`lib/diff benchmark — Node ${process.version}; median of ${RUNS} runs after ${WARM_UP} warm-up calls; "1st" = first, cold call\n`);
  const cases: { name: string; docs: [Block[], Block[]]; lang: string; size: string; target: number }[] = [
    { name: "English 1k words, 5% changed", docs: englishCase(1_000, 0.05), lang: "en", size: "1,000 w", target: 20 },
    { name: "English 1k words, 50% changed", docs: englishCase(1_000, 0.5), lang: "en", size: "1,000 w", target: 100 },
    { name: "English 10k words, 5% changed", docs: englishCase(10_000, 0.05), lang: "en", size: "10,000 w", target: 20 },
    { name: "English 10k words, 50% changed", docs: englishCase(10_000, 0.5), lang: "en", size: "10,000 w", target: 100 },
    { name: "Chinese 10k chars, 10% changed", docs: chineseCase(10_000, 0.1), lang: "zh-Hans", size: "10,000 ch", target: 100 },
  ];
  const header = [pad("case", 32), padL("size", 10), padL("1st", 9), padL("diffDocuments", 14), padL("diffWords", 10), padL("runs", 5), padL("speed-up", 9), padL("target", 7), "  ok", "  coarse"];
  console.log(header.join(" "));
  console.log("-".repeat(header.join(" ").length));
  let failures = 0;
  for (const c of cases) {
    const { first, times, last } = measureDiff(c.docs[0], c.docs[1], c.lang, RUNS);
    const baseline = measureBaseline(c.docs[0], c.docs[1]);
    const ours = median(times);
    const theirs = median(baseline);
    const ok = ours <= c.target;
    if (!ok) failures++;
    console.log(
      [
        pad(c.name, 32),
        padL(c.size, 10),
        padL(`${fmt(first)} ms`, 9),
        padL(`${fmt(ours)} ms`, 14),
        padL(`${fmt(theirs)} ms`, 10),
        padL(String(baseline.length), 5),
        padL(`${(theirs / ours).toFixed(0)}×`, 9),
        padL(`≤${c.target}`, 7),
        ok ? "  yes" : "  NO ",
        `  ${last.coarse}`,
      ].join(" "),
    );
  }
  console.log(`\ndiffWords: jsdiff ${"diffWords"} over the whole text (paragraphs joined by blank lines); "runs" < ${RUNS} means it was`);
  console.log(`slower than ${BASELINE_SLOW_MS} ms per run and was capped at ${BASELINE_SLOW_RUNS} runs.\n`);

  console.log(`Pathological inputs (default work budget; hard limit ${HARD_LIMIT_MS} ms on every call, cold one included), 10 runs each:`);
  const pHeader = [pad("case", 40), padL("1st", 9), padL("median", 9), padL("max", 9), "  ok", "  coarse", "  granularity"];
  console.log(pHeader.join(" "));
  console.log("-".repeat(80));
  for (const [name, oldDoc, newDoc, lang] of pathologicalCases()) {
    const { first, times, last } = measureDiff(oldDoc, newDoc, lang, 10);
    const max = Math.max(first, ...times);
    const ok = max <= HARD_LIMIT_MS;
    if (!ok) failures++;
    const granularities = [...new Set(last.blocks.map((b) => b.granularity))].join("/");
    console.log(
      [pad(name, 40), padL(`${fmt(first)} ms`, 9), padL(`${fmt(median(times))} ms`, 9), padL(`${fmt(max)} ms`, 9), ok ? "  yes" : "  NO ", `  ${last.coarse}`.padEnd(8), ` ${granularities}`].join(" "),
    );
  }
  console.log(failures === 0 ? "\nAll targets met." : `\n${failures} target(s) missed.`);
  process.exitCode = failures === 0 ? 0 : 1;
}

main();
