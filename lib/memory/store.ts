/**
 * The memory's storage seam and the desk's lookup over it.
 *
 * A `MemoryStore` holds sentence pairs of one language pair and answers a
 * `CandidatePlan` (index.ts) with the entries that pass its filters. The
 * lookup is the same whatever the store: plan → candidates → score each with
 * the query's scorer (score.ts) → keep those ≥ minScore → best first. This
 * module holds the in-memory store; a database store answers the same plan
 * with one indexed statement (see index.ts).
 */
import { GramIndex, DEFAULT_MIN_SCORE, gramKeys, planCandidates, scoreBound, type CandidatePlan } from "./index";
import { exactKey, matchTokens } from "./normalize";
import { QueryScorer, Vocabulary, type MatchScore } from "./score";

export type MemoryPair = { source: string; target: string };

/** An entry returned for a plan; `tokens` lets a store that keeps them spare the lookup re-tokenizing. */
export type StoredCandidate = MemoryPair & {
  id: number;
  /** Token count of the normalized source (the indexed length). */
  length: number;
  /** Query keys the entry has (the SQL COUNT(*)); -1 or absent when not counted. */
  shared?: number;
  tokens?: Int32Array;
};

export interface MemoryStore {
  /** Adds pairs (a store that deduplicates may count instead of adding). */
  add(pairs: readonly MemoryPair[]): Promise<void>;
  /** Every entry passing the plan's length and count filters (never fewer). */
  candidates(plan: CandidatePlan): Promise<StoredCandidate[]>;
  /** When set, `tokens` of candidates are ids of this vocabulary. */
  readonly vocabulary?: Vocabulary;
}

export type MemoryMatch = MemoryPair & { id: number } & MatchScore;

export type LookupOptions = { limit?: number; minScore?: number };

/** Best first: higher score, then the older entry (lower id), so every path ranks ties alike. */
export function compareMatches(a: { score: number; id: number }, b: { score: number; id: number }): number {
  return b.score - a.score || a.id - b.id;
}

/** Keeps the `limit` best of `matches` (sorted best first). */
function best<T extends { score: number; id: number }>(matches: T[], limit: number): T[] {
  return matches.sort(compareMatches).slice(0, limit);
}

function queryIds(tokens: readonly string[], vocabulary: Vocabulary, shared: boolean): Int32Array {
  // Against a shared vocabulary, words no entry has get -1: they match nothing, as they should.
  return shared ? Int32Array.from(tokens, (t) => vocabulary.peek(t)) : vocabulary.ids(tokens);
}

/** The desk's lookup: the best `limit` (3) matches scoring at least `minScore` (70). */
export async function lookup(store: MemoryStore, query: string, options: LookupOptions = {}): Promise<{ matches: MemoryMatch[]; candidates: number; scored: number }> {
  const limit = options.limit ?? 3;
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const tokens = matchTokens(query);
  const plan = planCandidates(tokens, minScore);
  const candidates = await store.candidates(plan);
  const shared = store.vocabulary !== undefined;
  const vocabulary = store.vocabulary ?? new Vocabulary();
  const scorer = new QueryScorer({ key: exactKey(query), ids: queryIds(tokens, vocabulary, shared) });
  const bounds = candidates.map((c) => scoreBound(plan, c.length, c.shared ?? -1));
  const order = Array.from(candidates.keys()).sort((x, y) => bounds[y]! - bounds[x]! || candidates[x]!.id - candidates[y]!.id);
  const matches: MemoryMatch[] = [];
  let scored = 0;
  for (const i of order) {
    // Sorted best first, matches[limit - 1] is the one to beat; a bound below it cannot enter.
    if (matches.length >= limit && bounds[i]! < matches[limit - 1]!.score) break;
    const c = candidates[i]!;
    const ids = shared && c.tokens ? c.tokens : vocabulary.ids(matchTokens(c.source));
    const s = scorer.score(c.source, ids);
    scored++;
    if (s.score < minScore) continue;
    matches.push({ id: c.id, source: c.source, target: c.target, ...s });
    matches.sort(compareMatches);
    if (matches.length > limit) matches.length = limit;
  }
  return { matches, candidates: candidates.length, scored };
}

/**
 * In-memory store: sources, targets and the token ids of every source in flat
 * arrays, and the gram index. Ids are dense, in insertion order.
 */
export class InMemoryStore implements MemoryStore {
  readonly vocabulary = new Vocabulary();
  readonly index = new GramIndex();
  private readonly sources: string[] = [];
  private readonly targets: string[] = [];
  private tokens = new Int32Array(1 << 16);
  private offsets = new Int32Array(1 << 10);
  private used = 0;

  get size(): number {
    return this.sources.length;
  }

  /** Token ids stored (the flat array's used length). */
  get tokenCount(): number {
    return this.used;
  }

  addSync(pairs: readonly MemoryPair[]): void {
    for (const pair of pairs) {
      const id = this.sources.length;
      const words = matchTokens(pair.source);
      const ids = this.vocabulary.ids(words);
      while (this.used + ids.length > this.tokens.length) {
        const grown = new Int32Array(this.tokens.length * 2);
        grown.set(this.tokens.subarray(0, this.used));
        this.tokens = grown;
      }
      if (id + 2 > this.offsets.length) {
        const grown = new Int32Array(this.offsets.length * 2);
        grown.set(this.offsets);
        this.offsets = grown;
      }
      this.tokens.set(ids, this.used);
      this.offsets[id] = this.used;
      this.used += ids.length;
      this.offsets[id + 1] = this.used;
      this.sources.push(pair.source);
      this.targets.push(pair.target);
      this.index.add(id, words.length, gramKeys(words));
    }
  }

  async add(pairs: readonly MemoryPair[]): Promise<void> {
    this.addSync(pairs);
  }

  candidatesSync(plan: CandidatePlan): StoredCandidate[] {
    const { ids, shared } = this.index.candidates(plan);
    const out: StoredCandidate[] = [];
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      const from = this.offsets[id]!;
      const to = this.offsets[id + 1]!;
      out.push({ id, source: this.sources[id]!, target: this.targets[id]!, length: to - from, shared: shared[i]!, tokens: this.tokens.subarray(from, to) });
    }
    return out;
  }

  async candidates(plan: CandidatePlan): Promise<StoredCandidate[]> {
    return this.candidatesSync(plan);
  }

  /**
   * The reference: scores every stored sentence with the same scorer, no index.
   * The benchmark times the lookup against it and checks the lookup finds its matches.
   */
  scan(query: string, options: LookupOptions = {}): MemoryMatch[] {
    const limit = options.limit ?? 3;
    const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
    const tokens = matchTokens(query);
    const scorer = new QueryScorer({ key: exactKey(query), ids: queryIds(tokens, this.vocabulary, true) });
    const kept: MemoryMatch[] = [];
    const tokensArray = this.tokens;
    for (let id = 0; id < this.sources.length; id++) {
      const s = scorer.score(this.sources[id]!, tokensArray, this.offsets[id]!, this.offsets[id + 1]!);
      if (s.score < minScore) continue;
      kept.push({ id, source: this.sources[id]!, target: this.targets[id]!, ...s });
      // Keep the buffer small: trim to the best `limit` now and then.
      if (kept.length > 64 * limit) {
        const top = best(kept, limit);
        kept.length = 0;
        kept.push(...top);
      }
    }
    return best(kept, limit);
  }
}
