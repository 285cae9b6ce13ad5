/**
 * Benchmark of the translation memory's lookup (lib/memory): N generated
 * zh → en sentence pairs (default 1,000,000; 15–60 Chinese characters, built
 * from a Zipf-weighted vocabulary with boilerplate openings and a share of
 * near-duplicates, as news repeats itself), then 200 queries (exact,
 * near and no match) timed through the desk's lookup beside a linear scan
 * that scores every stored sentence with the same scorer, in the same run,
 * interleaved so that load on a shared machine falls on both alike.
 *
 * Run: npm run bench:tm [-- --pairs 200000] [--queries 200] [--min-score 70]
 *
 * The store is pluggable (`MemoryStore`, lib/memory/store.ts): this run uses
 * the in-memory store; a database store answers the same `CandidatePlan`.
 * Targets: lookup p95 ≥ 100 × faster than the scan and ≤ 50 ms; the top match
 * equals the scan's for ≥ 99 % of queries. Figures are printed, never asserted.
 */
import { parseArgs } from "node:util";
import { lookup, InMemoryStore, type MemoryMatch, type MemoryPair, type MemoryStore } from "@/lib/memory/store";
import { mulberry32, percentile } from "./bench-utils";

const { values } = parseArgs({
  options: {
    pairs: { type: "string", default: "1000000" },
    queries: { type: "string", default: "200" },
    "min-score": { type: "string", default: "70" },
    seed: { type: "string", default: "1515" },
  },
});
const PAIRS = Number(values.pairs);
const QUERIES = Number(values.queries);
const MIN_SCORE = Number(values["min-score"]);
const LIMIT = 3;

type Rng = () => number;

/** A generated vocabulary: Chinese words (1–4 characters) with an English gloss, drawn by Zipf rank. */
class Vocabulary {
  readonly zh: string[] = [];
  readonly en: string[] = [];
  private readonly cumulative: Float64Array;

  constructor(rng: Rng, size: number) {
    const chars: string[] = [];
    const seen = new Set<number>();
    while (chars.length < 3000) {
      const cp = 0x4e00 + Math.floor(rng() * (0x9fa5 - 0x4e00));
      if (!seen.has(cp)) seen.add(cp), chars.push(String.fromCodePoint(cp));
    }
    const charAt = () => chars[Math.floor(Math.pow(rng(), 2) * chars.length)]!; // frequent characters recur
    const letters = "abcdefghijklmnoprstuvwy";
    const words = new Set<string>();
    while (this.zh.length < size) {
      const r = rng();
      // The most frequent words are single characters (的, 了, 在 in real text), then mostly two-character words.
      const len = this.zh.length < 40 ? 1 : r < 0.1 ? 1 : r < 0.75 ? 2 : r < 0.9 ? 3 : 4;
      let w = "";
      for (let i = 0; i < len; i++) w += charAt();
      if (words.has(w)) continue;
      words.add(w);
      this.zh.push(w);
      let g = "";
      const glen = 2 + Math.floor(rng() * 8);
      for (let i = 0; i < glen; i++) g += letters[Math.floor(rng() * letters.length)];
      this.en.push(g);
    }
    this.cumulative = new Float64Array(size);
    let total = 0;
    for (let r = 0; r < size; r++) this.cumulative[r] = total += 1 / (r + 1);
  }

  /** A word index by Zipf rank. */
  pick(rng: Rng): number {
    const x = rng() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** A sentence as word indices, with commas after some words. */
type Sentence = { words: number[]; commas: Set<number> };

class Generator {
  private readonly openings: number[][] = [];
  private readonly recent: Sentence[] = [];

  constructor(
    private readonly rng: Rng,
    readonly vocab: Vocabulary,
  ) {
    for (let i = 0; i < 150; i++) this.openings.push(Array.from({ length: 2 + Math.floor(rng() * 4) }, () => vocab.pick(rng)));
  }

  private chars(words: readonly number[]): number {
    return words.reduce((n, w) => n + this.vocab.zh[w]!.length, 0);
  }

  fresh(): Sentence {
    const rng = this.rng;
    const target = 15 + Math.floor(rng() * 46);
    const words: number[] = rng() < 0.3 ? [...this.openings[Math.floor(rng() * this.openings.length)]!] : [];
    while (this.chars(words) < target - 1) words.push(this.vocab.pick(rng));
    while (words.length > 1 && this.chars(words) > 59) words.pop();
    const commas = new Set<number>();
    for (let i = 1; i < words.length - 1; i++) if (rng() < 0.08) commas.add(i);
    return { words, commas };
  }

  /** 1–3 word edits (substitute, insert, delete) of `s`. */
  vary(s: Sentence, edits = 1 + Math.floor(this.rng() * 3)): Sentence {
    const rng = this.rng;
    const words = [...s.words];
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(rng() * words.length);
      const op = rng();
      if (op < 0.5 || words.length < 4) words[at] = this.vocab.pick(rng);
      else if (op < 0.75) words.splice(at, 0, this.vocab.pick(rng));
      else words.splice(at, 1);
    }
    return { words, commas: s.commas };
  }

  /** The next stored sentence: 30 % are near-duplicates of a recent one. */
  next(): Sentence {
    const s = this.recent.length > 100 && this.rng() < 0.3 ? this.vary(this.recent[Math.floor(this.rng() * this.recent.length)]!) : this.fresh();
    if (this.recent.length < 20_000) this.recent.push(s);
    else this.recent[Math.floor(this.rng() * this.recent.length)] = s;
    return s;
  }

  pair(s: Sentence): MemoryPair {
    const zh = s.words.map((w, i) => this.vocab.zh[w]! + (s.commas.has(i) ? "，" : "")).join("") + "。";
    const en = s.words.map((w) => this.vocab.en[w]!).join(" ");
    return { source: zh, target: `${en[0]!.toUpperCase()}${en.slice(1)}.` };
  }
}

type Kind = "exact" | "near" | "none";

function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  return fn().then((r) => [r, performance.now() - start]);
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(3) : ms.toFixed(1));

async function main(): Promise<void> {
  const rng = mulberry32(Number(values.seed));
  const vocab = new Vocabulary(rng, 20_000);
  const gen = new Generator(rng, vocab);
  globalThis.gc?.();
  const heapBefore = process.memoryUsage();

  const store = new InMemoryStore();
  const memory: MemoryStore = store;
  const stored: Sentence[] = [];
  const keepEvery = Math.max(1, Math.floor(PAIRS / 20_000));
  const buildStart = performance.now();
  const BATCH = 10_000;
  for (let done = 0; done < PAIRS; done += BATCH) {
    const batch: MemoryPair[] = [];
    for (let i = done; i < Math.min(PAIRS, done + BATCH); i++) {
      const s = gen.next();
      if (i % keepEvery === 0) stored.push(s);
      batch.push(gen.pair(s));
    }
    await memory.add(batch);
  }
  const addMs = performance.now() - buildStart;
  const compactStart = performance.now();
  store.index.compact();
  const compactMs = performance.now() - compactStart;
  globalThis.gc?.();
  const heapAfter = process.memoryUsage();

  // Queries: exact (a third of them with punctuation changed, a 99 % match), near (1–3 word edits), none (fresh sentences).
  const queries: { kind: Kind; text: string }[] = [];
  const qrng = mulberry32(Number(values.seed) + 1);
  const pickStored = () => stored[Math.floor(qrng() * stored.length)]!;
  const nExact = Math.round(QUERIES * 0.35);
  const nNear = Math.round(QUERIES * 0.35);
  for (let i = 0; i < QUERIES; i++) {
    if (i < nExact) {
      const text = gen.pair(pickStored()).source;
      queries.push({ kind: "exact", text: i % 3 === 2 ? text.replace(/。$/, "！").replace(/，/g, ",") : text });
    } else if (i < nExact + nNear) queries.push({ kind: "near", text: gen.pair(gen.vary(pickStored())).source });
    else queries.push({ kind: "none", text: gen.pair(gen.fresh()).source });
  }

  for (const q of queries.slice(0, 5)) await lookup(memory, q.text, { minScore: MIN_SCORE }); // warm-up

  const rows: { kind: Kind; lookupMs: number; scanMs: number; candidates: number; scored: number; at1: boolean; at3: number; scanTop: number }[] = [];
  for (const q of queries) {
    const [found, lookupMs] = await time(() => lookup(memory, q.text, { limit: LIMIT, minScore: MIN_SCORE }));
    const [scan, scanMs] = await time(async () => store.scan(q.text, { limit: LIMIT, minScore: MIN_SCORE }));
    const top = (m: MemoryMatch[]) => (m[0] ? `${m[0].id}` : "none");
    const scanIds = new Set(scan.map((m) => m.id));
    const shared = found.matches.filter((m) => scanIds.has(m.id)).length;
    rows.push({
      kind: q.kind,
      lookupMs,
      scanMs,
      candidates: found.candidates,
      scored: found.scored,
      at1: top(found.matches) === top(scan),
      at3: scan.length === 0 ? (found.matches.length === 0 ? 1 : 0) : shared / scan.length,
      scanTop: scan[0]?.score ?? 0,
    });
  }

  console.log(`lib/memory lookup benchmark — Node ${process.version}; in-memory store; ${PAIRS.toLocaleString("en")} zh→en pairs; ${QUERIES} queries; min score ${MIN_SCORE}, top ${LIMIT}`);
  const avgChars = stored.reduce((n, s) => n + gen.pair(s).source.length, 0) / stored.length;
  console.log(
    `load: ${(addMs / 1000).toFixed(1)} s (+ ${(compactMs / 1000).toFixed(1)} s sorting postings); sources average ${avgChars.toFixed(1)} characters; ` +
      `${store.index.rowCount.toLocaleString("en")} gram rows (${(store.index.rowCount / PAIRS).toFixed(1)} per pair), ${store.index.keyCount.toLocaleString("en")} distinct keys\n`,
  );
  console.log(`${"queries".padEnd(22)} ${"lookup p50".padStart(11)} ${"p95".padStart(9)} ${"scan p50".padStart(11)} ${"p95".padStart(9)} ${"p95 ratio".padStart(10)} ${"cand. p50".padStart(10)} ${"p95".padStart(8)} ${"scored p95".padStart(11)} ${"R@1".padStart(7)} ${"R@3".padStart(7)}`);
  const line = (name: string, rs: typeof rows) => {
    const lp = rs.map((r) => r.lookupMs);
    const sp = rs.map((r) => r.scanMs);
    const cp = rs.map((r) => r.candidates);
    const r1 = rs.filter((r) => r.at1).length / rs.length;
    const r3 = rs.reduce((n, r) => n + r.at3, 0) / rs.length;
    console.log(
      `${name.padEnd(22)} ${`${fmt(percentile(lp, 50))} ms`.padStart(11)} ${`${fmt(percentile(lp, 95))} ms`.padStart(9)} ${`${fmt(percentile(sp, 50))} ms`.padStart(11)} ${`${fmt(percentile(sp, 95))} ms`.padStart(9)} ` +
        `${`${(percentile(sp, 95) / percentile(lp, 95)).toFixed(0)} ×`.padStart(10)} ${String(percentile(cp, 50)).padStart(10)} ${String(percentile(cp, 95)).padStart(8)} ${String(percentile(rs.map((r) => r.scored), 95)).padStart(11)} ` +
        `${`${(r1 * 100).toFixed(1)}%`.padStart(7)} ${`${(r3 * 100).toFixed(1)}%`.padStart(7)}`,
    );
  };
  for (const kind of ["exact", "near", "none"] as const) {
    const rs = rows.filter((r) => r.kind === kind);
    const withMatch = rs.filter((r) => r.scanTop >= MIN_SCORE).length;
    line(`${kind} (${rs.length}, ${withMatch} ≥${MIN_SCORE})`, rs);
  }
  line(`all (${rows.length})`, rows);

  const lp95 = percentile(rows.map((r) => r.lookupMs), 95);
  const sp95 = percentile(rows.map((r) => r.scanMs), 95);
  const r1 = rows.filter((r) => r.at1).length / rows.length;
  const held = heapAfter.heapUsed + heapAfter.arrayBuffers - heapBefore.heapUsed - heapBefore.arrayBuffers;
  console.log(
    `\nmemory held by the store: ${mib(held)} (${mib((held * 1_000_000) / PAIRS)} per million pairs; posting lists ${mib(store.index.bytes)}, token ids ${mib(store.tokenCount * 4)}); ` +
      `a database stores the ${(store.index.rowCount / PAIRS).toFixed(1)} gram rows per pair measured above`,
  );
  const yes = (ok: boolean) => (ok ? "yes" : "NO");
  console.log(`p95 ≥ 100 × faster than the scan: ${yes(sp95 >= 100 * lp95)}; p95 ≤ 50 ms: ${yes(lp95 <= 50)}; recall@1 ≥ 99 %: ${yes(r1 >= 0.99)}`);
}

await main();
