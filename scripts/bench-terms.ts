/**
 * Benchmark of lib/terms: 20,000 generated zh → en concepts (Chinese
 * institution and place names of 3–10 characters, many nested: 重庆 inside
 * 重庆高新区 inside 重庆高新区管委会) against a generated 10,000-word article
 * that names them, in both directions: source-side matching over the
 * Chinese, target-side checking over the English. Each figure is printed
 * beside one `diffDocuments` call (MT vs post-edit, as bench:qa does) on the
 * same article in the same run, so they compare on this machine.
 * Run: npm run bench:terms  (or npx tsx scripts/bench-terms.ts)
 *
 * Targets: matching takes no longer than the diff; building the matcher
 * (what loading a termbase for an article adds to reading its rows) is
 * printed too, since "loaded from the database with the matcher built
 * ≤ 3 × the diff" depends on it. Figures are printed, never asserted.
 */
import { diffDocuments, type Block } from "@/lib/diff";
import { buildTermbaseMatcher, checkPair, checkTargetTerms } from "@/lib/terms/target-check";
import type { Concept } from "@/lib/terms/types";
import { mulberry32, percentile } from "./bench-utils";

const CONCEPTS = 20_000;
const WORDS = 10_000;
const RUNS = 20;
const WARM_UP = 3;

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

/** [Chinese, English] building blocks of names. */
const PLACES: [string, string][] = [
  ["重庆", "Chongqing"], ["成都", "Chengdu"], ["两江", "Liangjiang"], ["渝北", "Yubei"], ["江北", "Jiangbei"], ["沙坪坝", "Shapingba"],
  ["九龙坡", "Jiulongpo"], ["南岸", "Nan'an"], ["北碚", "Beibei"], ["璧山", "Bishan"], ["永川", "Yongchuan"], ["涪陵", "Fuling"],
  ["万州", "Wanzhou"], ["长寿", "Changshou"], ["綦江", "Qijiang"], ["大足", "Dazu"], ["铜梁", "Tongliang"], ["潼南", "Tongnan"],
  ["荣昌", "Rongchang"], ["合川", "Hechuan"], ["江津", "Jiangjin"], ["巴南", "Banan"], ["西部", "Western"], ["长江", "Yangtze"],
  ["成渝", "Chengdu-Chongqing"], ["川渝", "Sichuan-Chongqing"], ["西永", "Xiyong"], ["果园港", "Guoyuan Port"], ["寸滩", "Cuntan"], ["礼嘉", "Lijia"],
];
const KINDS: [string, string][] = [
  ["高新区", "High-tech Zone"], ["科学城", "Science City"], ["新区", "New Area"], ["开发区", "Development Zone"], ["产业园", "Industrial Park"],
  ["研究院", "Research Institute"], ["实验室", "Laboratory"], ["大学", "University"], ["管委会", "Administrative Committee"], ["综合保税区", "Comprehensive Bonded Zone"],
  ["创新中心", "Innovation Center"], ["物流园", "Logistics Park"], ["数字经济产业园", "Digital Economy Industrial Park"], ["人民医院", "People's Hospital"], ["职业学院", "Vocational College"],
];
const QUALIFIERS: [string, string][] = [
  ["国际", "International"], ["智能", "Intelligent"], ["国家", "National"], ["先进", "Advanced"], ["现代", "Modern"], ["生物", "Bio"],
  ["汽车", "Automotive"], ["电子", "Electronics"], ["材料", "Materials"], ["信息", "Information"], ["医药", "Pharmaceutical"], ["软件", "Software"],
];

/** The wrong rendering a newsroom forbids: "Hi-tech Zone" for "High-tech Zone". */
function misnamed(kind: string): string {
  const swaps: [RegExp, string][] = [[/High-tech/, "Hi-tech"], [/Center/, "Centre"], [/Zone|Area/, "District"], [/Institute/, "Academy"], [/Laboratory/, "Lab"], [/Park/, "Garden"]];
  for (const [re, to] of swaps) if (re.test(kind)) return kind.replace(re, to);
  return `${kind} of the City`;
}

/** Unique concepts; about a third extend a shorter concept's name, so nested terms are common. */
function concepts(rng: Rng): Concept[] {
  const out: Concept[] = [];
  const seen = new Set<string>();
  const add = (zh: string, en: string, forbidden: string | null) => {
    if (seen.has(zh) || zh.length < 3 || zh.length > 10) return;
    seen.add(zh);
    // A tenth of the concepts carry the wrong rendering a newsroom forbids.
    forbidden ??= rng() < 0.1 ? misnamed(en) : null;
    out.push({
      sourceLang: "zh",
      targetLang: "en",
      domain: ["places"],
      note: null,
      sourceTerms: [{ text: zh, caseSensitive: false }],
      targetTerms: [{ text: en, status: "preferred", caseSensitive: false }, ...(forbidden ? [{ text: forbidden, status: "forbidden" as const, caseSensitive: false }] : [])],
    });
  };
  for (const [zh, en] of PLACES) if (zh.length >= 3) add(zh, en, null);
  let n = 0;
  while (out.length < CONCEPTS && n++ < CONCEPTS * 50) {
    const [pz, pe] = pick(rng, PLACES);
    const [kz, ke] = pick(rng, KINDS);
    const r = rng();
    if (r < 0.3) add(pz + kz, `${pe} ${ke}`, null);
    else if (r < 0.6) {
      const [qz, qe] = pick(rng, QUALIFIERS);
      add(pz + qz + kz, `${pe} ${qe} ${ke}`, null);
    } else {
      // A name nested in a longer one: 重庆高新区 → 重庆高新区管委会.
      const [p2z, p2e] = pick(rng, PLACES);
      const [k2z, k2e] = pick(rng, KINDS);
      add(pz + kz, `${pe} ${ke}`, null);
      add(pz + kz + k2z, `${pe} ${ke} ${k2e}`, null);
      add(p2z + pz + kz, `${p2e} ${pe} ${ke}`, null);
    }
  }
  return out;
}

const EN = ["the", "of", "and", "to", "in", "a", "that", "for", "on", "with", "government", "development", "innovation", "industry", "will", "promote", "build", "support", "local", "national", "talent", "data"];
const ZH = ["经济", "发展", "创新", "产业", "技术", "研究", "合作", "投资", "城市", "项目", "平台", "企业", "数字", "的", "和", "将"];

/** Paragraphs of 3–6 sentences; each sentence names 1–3 concepts, in Chinese and in English (a fifth of those with a forbidden variant use it). */
function article(rng: Rng, cs: readonly Concept[]) {
  const pairs: { source: string; target: string }[] = [];
  const source: string[] = [];
  const target: string[] = [];
  let words = 0;
  while (words < WORDS) {
    const zh: string[] = [];
    const en: string[] = [];
    for (let s = 3 + Math.floor(rng() * 4); s > 0; s--) {
      const n = 12 + Math.floor(rng() * 20);
      const ew = Array.from({ length: n }, () => pick(rng, EN));
      const zw = Array.from({ length: Math.ceil(n * 0.8) }, () => pick(rng, ZH));
      for (let k = 1 + Math.floor(rng() * 3); k > 0; k--) {
        const c = pick(rng, cs);
        const t = c.targetTerms.length > 1 && rng() < 0.2 ? c.targetTerms[1]! : c.targetTerms[0]!;
        ew.splice(1 + Math.floor(rng() * (ew.length - 1)), 0, t.text);
        zw.splice(Math.floor(rng() * zw.length), 0, c.sourceTerms[0]!.text);
      }
      ew[0] = ew[0]![0]!.toUpperCase() + ew[0]!.slice(1);
      const e = `${ew.join(" ")}.`;
      const z = `${zw.join("")}。`;
      pairs.push({ source: z, target: e });
      en.push(e);
      zh.push(z);
      words += ew.join(" ").split(" ").length;
    }
    source.push(zh.join(""));
    target.push(en.join(" "));
  }
  return { pairs, source, target };
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}
const median = (v: number[]) => percentile(v, 50);
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(3) : ms.toFixed(1));

function main(): void {
  const rng = mulberry32(1414);
  const cs = concepts(rng);
  const { pairs, source, target } = article(rng, cs);
  const blocks = (texts: readonly string[]): Block[] => texts.map((text) => ({ type: "paragraph", text }));
  const postEdited = target.map((p, i) => {
    if (i % 3 !== 0) return p;
    const ws = p.split(" ");
    ws[Math.floor(ws.length / 2)] = "revised";
    return ws.join(" ");
  });

  let matcher = buildTermbaseMatcher(cs, "zh", "en");
  const sourceSide = () => {
    for (const p of source) matcher.source.find(p);
  };
  const found = pairs.map((p) => matcher.source.find(p.source));
  const targetSide = () => {
    pairs.forEach((p, i) => checkTargetTerms(found[i]!, p.source, p.target, matcher));
  };
  const both = () => {
    for (const p of pairs) checkPair(p, matcher);
  };
  for (let i = 0; i < WARM_UP; i++) {
    sourceSide();
    targetSide();
    both();
    diffDocuments(blocks(target), blocks(postEdited), { lang: "en" });
  }

  const build: number[] = [];
  const src: number[] = [];
  const tgt: number[] = [];
  const all: number[] = [];
  const diff: number[] = [];
  // Interleaved, so that load on a shared machine falls on every figure alike.
  for (let i = 0; i < RUNS; i++) {
    build.push(time(() => (matcher = buildTermbaseMatcher(cs, "zh", "en"))));
    src.push(time(sourceSide));
    tgt.push(time(targetSide));
    all.push(time(both));
    diff.push(time(() => diffDocuments(blocks(target), blocks(postEdited), { lang: "en" })));
  }

  const words = target.reduce((n, p) => n + p.split(" ").length, 0);
  const occurrences = found.reduce((n, f) => n + f.length, 0);
  const findings = pairs.flatMap((p) => checkPair(p, matcher));
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  const nested = cs.filter((c) => c.sourceTerms[0]!.text.length >= 6).length;
  console.log(`lib/terms benchmark — Node ${process.version}; median of ${RUNS} runs after ${WARM_UP} warm-up calls`);
  console.log(
    `termbase: ${cs.length} concepts (${nested} with names of 6+ characters, most of them nesting a shorter one); ` +
      `article: ${words} words in ${target.length} paragraphs, ${pairs.length} sentence pairs, ${occurrences} term occurrences in the source; ` +
      `${findings.length} findings (${count("error")} errors, ${count("warning")} warnings, ${count("info")} info)\n`,
  );
  const diffMs = median(diff);
  const row = (name: string, values: number[], ratio = true) =>
    console.log(
      `${name.padEnd(58)} ${`${fmt(median(values))} ms`.padStart(11)}   p90 ${`${fmt(percentile(values, 90))} ms`.padStart(10)}` +
        (ratio ? `   ${(median(values) / diffMs).toFixed(2)} × the diff` : ""),
    );
  row("diffDocuments(MT, MT with a word changed in 1/3 of paragraphs)", diff, false);
  row(`build the matcher (${cs.length} concepts, both directions)`, build);
  row("source side: every term of the Chinese article, one pass", src);
  row("target side: check the English of every sentence pair", tgt);
  row("both: termbase QA check over every sentence pair", all);
  const yes = (ok: boolean) => (ok ? "yes" : "NO");
  console.log(
    `\nsource matching ≤ diff: ${yes(median(src) <= diffMs)}; target check ≤ diff: ${yes(median(tgt) <= diffMs)}; ` +
      `both ≤ diff: ${yes(median(all) <= diffMs)}; build ≤ 3 × diff: ${yes(median(build) <= 3 * diffMs)}`,
  );
}

main();
