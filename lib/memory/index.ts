/**
 * Candidate selection for the translation memory: which stored sentences are
 * worth scoring for a query, found without reading the whole memory.
 *
 * Every stored source is indexed by its distinct token bigrams (q = 2, padded
 * with a start and an end marker, so a sentence of n tokens has at most n + 1;
 * a "token" is a character in Chinese and a word in Latin-script text, see
 * normalize.ts), each hashed to a 32-bit integer key (FNV-1a over UTF-8).
 * The count filter of q-gram indexing (Ukkonen 1992; Gravano et al. 2001,
 * "Approximate string joins in a database (almost) for free") then bounds the
 * candidates:
 *
 *   Length filter.  score ≥ T needs d ≤ ⌊max(n, m) · (100 − T) / 100⌋ and
 *     d ≥ |n − m|, so a stored sentence of m tokens can only reach T when
 *     |n − m| ≤ ⌊max(n, m) · (100 − T) / 100⌋ (about n·T/100 ≤ m ≤ n·100/T).
 *   Count filter.  One edit removes at most q of the query's gram occurrences,
 *     so after d edits at least D − q·d of its D distinct keys survive, all of
 *     them keys of the stored sentence (a key is lost only when every gram
 *     occurrence hashing to it is destroyed, so hash collisions can only add
 *     candidates, never remove one). A stored sentence of m tokens that can
 *     reach T therefore shares at least k(m) = D − q·d_max(m) keys.
 *
 * Both filters are necessary conditions, so nothing that can score ≥ T is
 * missed; an exact (or normalized-exact) match shares all D keys and has the
 * query's length. When k(m) ≤ 0 the count filter cannot prune and every
 * sentence of that length is a candidate (`scanLengths`), which happens only
 * below T ≈ 67 for long queries.
 *
 * Why bigrams: with q = 3 an edit destroys three grams and the bound D − 3d is
 * too weak at the desk's threshold; unigrams (q = 1) give the strongest bound
 * but the longest posting lists (every sentence with 的 or "the").
 *
 * The same plan runs on a database: store one row (memory pair, key, length,
 * entry) per distinct key with an index on (pair, key, length), and ask
 *
 *   SELECT entry_id FROM tm_gram
 *   WHERE pair = ? AND key IN (…plan.keys) AND length BETWEEN plan.minLength AND plan.maxLength
 *   GROUP BY entry_id HAVING COUNT(*) >= plan.minShared
 *
 * then keep the rows whose count reaches their length's band (`bandFor`), plus
 * every entry whose length is in `plan.scanLengths`. Keys are signed 32-bit so
 * they fit an INTEGER column on SQLite and PostgreSQL.
 */
import { matchTokens } from "./normalize";

/** Tokens per gram. */
export const GRAM_SIZE = 2;
/** The lowest score the desk shows (Trados Studio's default minimum match value is 70 %). */
export const DEFAULT_MIN_SCORE = 70;

const START = "\u0002";
const END = "\u0003";
const JOIN = "\u0001";

const FNV_BASIS = 0x811c9dc5 | 0;

/** Continues an FNV-1a hash over the UTF-8 bytes of `text`. */
function fnvUpdate(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (cp < 0x80) {
      h = Math.imul(h ^ cp, 0x01000193);
    } else if (cp < 0x800) {
      h = Math.imul(h ^ (0xc0 | (cp >> 6)), 0x01000193);
      h = Math.imul(h ^ (0x80 | (cp & 63)), 0x01000193);
    } else if (cp < 0x10000) {
      h = Math.imul(h ^ (0xe0 | (cp >> 12)), 0x01000193);
      h = Math.imul(h ^ (0x80 | ((cp >> 6) & 63)), 0x01000193);
      h = Math.imul(h ^ (0x80 | (cp & 63)), 0x01000193);
    } else {
      h = Math.imul(h ^ (0xf0 | (cp >> 18)), 0x01000193);
      h = Math.imul(h ^ (0x80 | ((cp >> 12) & 63)), 0x01000193);
      h = Math.imul(h ^ (0x80 | ((cp >> 6) & 63)), 0x01000193);
      h = Math.imul(h ^ (0x80 | (cp & 63)), 0x01000193);
    }
  }
  return h;
}

/** FNV-1a, 32 bits, over the UTF-8 bytes of `text`; returned as a signed 32-bit integer. */
export function fnv1a32(text: string): number {
  return fnvUpdate(FNV_BASIS, text);
}

/**
 * The distinct gram keys of a token sequence, ascending: at most tokens + 1 of
 * them (the rows a database stores for the sentence). A gram's key is
 * fnv1a32 of its tokens joined by U+0001, the first gram prefixed by U+0002,
 * the last suffixed by U+0003 ("\u0002中", "中\u0001国", "国\u0003").
 */
export function gramKeys(tokens: readonly string[]): Int32Array {
  const n = tokens.length;
  if (n === 0) return Int32Array.of(fnv1a32(START + END));
  const keys = new Int32Array(n + 1);
  keys[0] = fnvUpdate(fnvUpdate(FNV_BASIS, START), tokens[0]!);
  for (let i = 1; i < n; i++) keys[i] = fnvUpdate(fnvUpdate(fnvUpdate(FNV_BASIS, tokens[i - 1]!), JOIN), tokens[i]!);
  keys[n] = fnvUpdate(fnvUpdate(FNV_BASIS, tokens[n - 1]!), END);
  keys.sort();
  let w = 1;
  for (let r = 1; r < keys.length; r++) if (keys[r] !== keys[w - 1]) keys[w++] = keys[r]!;
  return w === keys.length ? keys : keys.slice(0, w);
}

/** What a sentence is indexed by: its token count and gram keys. */
export function sentenceGrams(text: string): { length: number; keys: Int32Array } {
  const tokens = matchTokens(text);
  return { length: tokens.length, keys: gramKeys(tokens) };
}

/** The largest token distance d that still scores ≥ minScore against a sentence of m tokens. */
export function maxDistance(n: number, m: number, minScore: number): number {
  const longest = Math.max(n, m);
  return Math.floor((longest * (100 - minScore)) / 100);
}

/** Stored lengths from minLength to maxLength need at least minShared shared keys. */
export type LengthBand = { minLength: number; maxLength: number; minShared: number };

export type CandidatePlan = {
  /** The query's distinct gram keys, ascending. */
  keys: Int32Array;
  /** The query's token count. */
  length: number;
  minScore: number;
  /** Stored token counts that can reach minScore (the length filter). */
  minLength: number;
  maxLength: number;
  /** Contiguous bands covering [minLength, maxLength], each with its count filter. */
  bands: LengthBand[];
  /** The smallest minShared of the bands that can prune (≥ 1): one HAVING for a single SQL statement. */
  minShared: number;
  /** Lengths whose band has minShared ≤ 0: every stored sentence of these lengths is a candidate. */
  scanLengths: number[];
};

/**
 * The candidate query for a sentence (given as text or as its match tokens):
 * gram keys, length bounds and the minimum number of shared keys per length.
 */
export function planCandidates(query: string | readonly string[], minScore = DEFAULT_MIN_SCORE): CandidatePlan {
  if (!Number.isInteger(minScore) || minScore < 1 || minScore > 100) throw new RangeError(`minScore must be an integer in 1..100, got ${minScore}`);
  const tokens = typeof query === "string" ? matchTokens(query) : query;
  const keys = gramKeys(tokens);
  const n = tokens.length;
  const bands: LengthBand[] = [];
  let minLength = -1;
  let maxLength = -1;
  // m beyond n·100/minScore cannot pass the length filter; the loop checks each m exactly.
  const limit = Math.floor((n * 100) / minScore) + 1;
  for (let m = 0; m <= limit; m++) {
    const d = maxDistance(n, m, minScore);
    if (Math.abs(n - m) > d) continue;
    if (minLength < 0) minLength = m;
    maxLength = m;
    const minShared = keys.length - GRAM_SIZE * d;
    const last = bands[bands.length - 1];
    if (last && last.minShared === minShared && last.maxLength === m - 1) last.maxLength = m;
    else bands.push({ minLength: m, maxLength: m, minShared });
  }
  const pruning = bands.filter((b) => b.minShared > 0);
  const scanLengths: number[] = [];
  for (const b of bands) if (b.minShared <= 0) for (let m = b.minLength; m <= b.maxLength; m++) scanLengths.push(m);
  return {
    keys,
    length: n,
    minScore,
    minLength,
    maxLength,
    bands,
    minShared: pruning.length ? Math.min(...pruning.map((b) => b.minShared)) : 1,
    scanLengths,
  };
}

/** The count filter for a stored sentence of `length` tokens, or undefined when the length filter excludes it. */
export function bandFor(plan: CandidatePlan, length: number): LengthBand | undefined {
  return plan.bands.find((b) => length >= b.minLength && length <= b.maxLength);
}

/**
 * The highest score a stored sentence of `length` tokens sharing `shared` of
 * the plan's keys can reach (count filter read backwards: d ≥ ⌈(D − shared) / q⌉,
 * and d ≥ |n − m|); `shared` < 0 means unknown. The lookup scores candidates
 * in descending order of this bound and stops when it falls below the
 * results it already has: the same results as scoring them all.
 */
export function scoreBound(plan: CandidatePlan, length: number, shared: number): number {
  const fromCount = shared < 0 ? 0 : Math.ceil((plan.keys.length - shared) / GRAM_SIZE);
  const d = Math.max(fromCount, Math.abs(plan.length - length));
  if (d === 0) return 100;
  const longest = Math.max(plan.length, length);
  return Math.min(98, Math.floor((100 * (longest - d)) / longest));
}

type Posting = { ids: Int32Array; size: number; sorted: boolean };

/**
 * The in-memory gram index: posting lists of entry ids per key, sorted by
 * (length, id) on first use so the length filter is a binary search, as the
 * database's (key, length) index makes it a range scan.
 */
export class GramIndex {
  private readonly postings = new Map<number, Posting>();
  private readonly byLength = new Map<number, number[]>();
  private lengths = new Int32Array(1024);
  private counts = new Int32Array(1024);
  private touched = new Int32Array(1024);
  private entries = 0;
  private rows = 0;

  /** Indexes entry `id` (0, 1, 2, … in order) with its token count and gram keys. */
  add(id: number, length: number, keys: Int32Array): void {
    if (id !== this.entries) throw new RangeError(`ids are dense and ascending: expected ${this.entries}, got ${id}`);
    if (id >= this.lengths.length) {
      const grown = new Int32Array(this.lengths.length * 2);
      grown.set(this.lengths);
      this.lengths = grown;
      this.counts = new Int32Array(grown.length);
    }
    this.lengths[id] = length;
    this.entries++;
    let sameLength = this.byLength.get(length);
    if (!sameLength) this.byLength.set(length, (sameLength = []));
    sameLength.push(id);
    for (const key of keys) {
      let p = this.postings.get(key);
      if (!p) this.postings.set(key, (p = { ids: new Int32Array(4), size: 0, sorted: true }));
      if (p.size === p.ids.length) {
        const grown = new Int32Array(p.size * 2);
        grown.set(p.ids);
        p.ids = grown;
      }
      p.ids[p.size++] = id;
      p.sorted = false;
      this.rows++;
    }
  }

  /** Entries indexed. */
  get size(): number {
    return this.entries;
  }

  /** (key, entry) rows: what a database would store. */
  get rowCount(): number {
    return this.rows;
  }

  /** Distinct keys. */
  get keyCount(): number {
    return this.postings.size;
  }

  /** Sorts every posting list and trims its spare capacity (done lazily otherwise). */
  compact(): void {
    for (const p of this.postings.values()) {
      this.sort(p);
      if (p.ids.length !== p.size) p.ids = p.ids.slice(0, p.size);
    }
  }

  /** Bytes held by posting lists and lengths. */
  get bytes(): number {
    let total = this.lengths.byteLength + this.counts.byteLength;
    for (const p of this.postings.values()) total += p.ids.byteLength;
    return total;
  }

  private sort(p: Posting): void {
    if (p.sorted) return;
    const lengths = this.lengths;
    const composite = new Float64Array(p.size);
    for (let i = 0; i < p.size; i++) composite[i] = lengths[p.ids[i]!]! * 2 ** 31 + p.ids[i]!;
    composite.sort();
    for (let i = 0; i < p.size; i++) p.ids[i] = composite[i]! % 2 ** 31;
    p.sorted = true;
  }

  /** First position in the sorted list whose entry is at least `length` tokens long. */
  private lowerBound(p: Posting, length: number): number {
    let lo = 0;
    let hi = p.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.lengths[p.ids[mid]!]! < length) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether entry `id` (of `length` tokens) is in ids[lo, hi) of a sorted list. */
  private contains(ids: Int32Array, lo: number, hi: number, id: number, length: number): boolean {
    const lengths = this.lengths;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const other = ids[mid]!;
      const otherLength = lengths[other]!;
      if (otherLength < length || (otherLength === length && other < id)) lo = mid + 1;
      else hi = mid;
    }
    return lo < ids.length && ids[lo] === id;
  }

  /**
   * Entry ids passing the plan's length and count filters, ascending.
   *
   * Band by band: an entry sharing ≥ k of the L query keys present in the
   * index appears in at least one of the L − k + 1 shortest posting lists
   * (restricted to the band's lengths), so only those are read; the entries
   * found there are completed by binary search in the k − 1 longest lists
   * (the common bigrams, 的 or "of the"), which are never read whole.
   * `shared[i]` is the number of query keys entry `ids[i]` has (-1 for the
   * entries of `scanLengths`, which are not counted).
   */
  candidates(plan: CandidatePlan): { ids: Int32Array; shared: Int32Array } {
    const out: number[] = [];
    const outShared: number[] = [];
    if (plan.minLength < 0) return { ids: new Int32Array(0), shared: new Int32Array(0) };
    const counts = this.counts;
    if (this.touched.length < this.entries) this.touched = new Int32Array(this.entries);
    const touched = this.touched;
    const lists: Posting[] = [];
    for (const key of plan.keys) {
      const p = this.postings.get(key);
      if (!p) continue;
      this.sort(p);
      lists.push(p);
    }
    const lo = new Int32Array(lists.length);
    const hi = new Int32Array(lists.length);
    const order: number[] = [];
    for (const band of plan.bands) {
      if (band.minShared <= 0) {
        for (let m = band.minLength; m <= band.maxLength; m++) for (const id of this.byLength.get(m) ?? []) out.push(id), outShared.push(-1);
        continue;
      }
      order.length = 0;
      for (let i = 0; i < lists.length; i++) {
        lo[i] = this.lowerBound(lists[i]!, band.minLength);
        hi[i] = this.lowerBound(lists[i]!, band.maxLength + 1);
        if (hi[i]! > lo[i]!) order.push(i);
      }
      const k = band.minShared;
      if (order.length < k) continue;
      order.sort((x, y) => hi[x]! - lo[x]! - (hi[y]! - lo[y]!));
      const shortCount = order.length - k + 1;
      let touchedCount = 0;
      for (let s = 0; s < shortCount; s++) {
        const i = order[s]!;
        const ids = lists[i]!.ids;
        for (let j = lo[i]!, end = hi[i]!; j < end; j++) {
          const id = ids[j]!;
          const seen = counts[id]!;
          counts[id] = seen + 1;
          if (seen === 0) touched[touchedCount++] = id;
        }
      }
      for (let t = 0; t < touchedCount; t++) {
        const id = touched[t]!;
        let c = counts[id]!;
        counts[id] = 0;
        const length = this.lengths[id]!;
        for (let s = shortCount; s < order.length; s++) {
          if (c + (order.length - s) < k) break;
          const i = order[s]!;
          if (this.contains(lists[i]!.ids, lo[i]!, hi[i]!, id, length)) c++;
        }
        if (c >= k) out.push(id), outShared.push(c);
      }
    }
    return { ids: Int32Array.from(out), shared: Int32Array.from(outShared) };
  }
}
