/**
 * The translation memory's match score ("fuzzy %"), as the desk shows it.
 *
 * Definition (quoted by the README):
 *
 *   Both sources are normalized and tokenized (normalize.ts: NFKC, so full-
 *   and half-width forms are equal; lower case; punctuation and spaces
 *   dropped; one token per Chinese/Japanese character, one per word in
 *   Latin-script text). With n and m the token counts and d the token-level
 *   Levenshtein distance (insert, delete, substitute: 1 each),
 *
 *     score = 100  when the two texts are identical (after NFC, with runs of
 *                  whitespace collapsed and the ends trimmed);
 *     score =  99  when they differ only in punctuation, case, width or
 *                  spacing (equal tokens, at least one);
 *     score = min(98, floor(100 × (1 − d / max(n, m))))  otherwise
 *                  (0 when neither has a token).
 *
 * This is OmegaT's formula (FuzzyMatcher.calcSimilarity: 100 × (max − ld) / max
 * over tokens, integer division), which is documented and reproducible, with
 * two differences: the tokens are characters for CJK (OmegaT's default
 * tokenizer segments Chinese into dictionary words, so one wrong character
 * costs a whole word and the score depends on the dictionary), and the top of
 * the scale follows memoQ's documented bands: 100 % is the same text, 95–99 %
 * "the same text with differences in punctuation, spaces, numbers or tags".
 * memoQ and Trados do not publish their fuzzy formulas (Trados documents only
 * the penalties it subtracts, e.g. 1 point for a character-width difference);
 * a formula that cannot be stated cannot be tested, so it is not an option.
 * The cap at 98 keeps 99 meaning "only punctuation, case or width differ" even
 * for sentences of more than 100 tokens.
 */
import { diffArrays } from "diff";
import { exactKey, matchTokens, units, type Unit } from "./normalize";

export type MatchKind = "exact" | "normalized" | "fuzzy";

export type MatchScore = {
  /** 0–100, see the module comment. */
  score: number;
  kind: MatchKind;
  /** Token-level edit distance between the normalized sources. */
  distance: number;
};

/** The highest score a match whose tokens differ can get. */
export const MAX_FUZZY = 98;
/** Score of a match that differs only in punctuation, case, width or spacing. */
export const NORMALIZED_SCORE = 99;

/** The fuzzy part of the definition: min(98, floor(100 × (1 − d / max(n, m)))). */
export function fuzzyFromDistance(distance: number, n: number, m: number): number {
  const longest = Math.max(n, m);
  if (longest === 0) return 0;
  return Math.min(MAX_FUZZY, Math.floor((100 * (longest - distance)) / longest));
}

/**
 * Token ids shared by a memory: single-character tokens are their code point
 * (no table needed for Chinese), longer tokens get ids above the Unicode range
 * from a table that only grows. Ids only ever meet ids of the same vocabulary.
 */
export class Vocabulary {
  private readonly words = new Map<string, number>();
  private next = 0x110000;

  /** The id of `token`, assigned on first sight. */
  id(token: string): number {
    const cp = token.codePointAt(0)!;
    if (token.length === 1 || (token.length === 2 && cp > 0xffff)) return cp;
    let id = this.words.get(token);
    if (id === undefined) {
      id = this.next++;
      this.words.set(token, id);
    }
    return id;
  }

  /** The id of `token` if known, else -1 (a token no stored sentence has). */
  peek(token: string): number {
    const cp = token.codePointAt(0)!;
    if (token.length === 1 || (token.length === 2 && cp > 0xffff)) return cp;
    return this.words.get(token) ?? -1;
  }

  ids(tokens: readonly string[]): Int32Array {
    return Int32Array.from(tokens, (t) => this.id(t));
  }

  get size(): number {
    return this.words.size;
  }
}

const NO_MASKS = new Int32Array(0);

/**
 * Token-level Levenshtein distance from one pattern (the query) to many texts,
 * by Myers' bit-parallel algorithm in Hyyrö's block form (32 tokens per block):
 * O(⌈m/32⌉ · n) word operations instead of m · n table cells, exact for any
 * length. Build it once per query, call `distance` per stored sentence.
 */
export class PatternDistance {
  readonly length: number;
  private readonly blocks: number;
  private readonly peq = new Map<number, Int32Array>();
  private readonly pv: Int32Array;
  private readonly mv: Int32Array;
  private readonly lastBit: number;

  constructor(pattern: Int32Array) {
    this.length = pattern.length;
    this.blocks = Math.max(1, Math.ceil(pattern.length / 32));
    for (let i = 0; i < pattern.length; i++) {
      const t = pattern[i]!;
      let masks = this.peq.get(t);
      if (!masks) {
        masks = new Int32Array(this.blocks);
        this.peq.set(t, masks);
      }
      masks[i >> 5]! |= 1 << (i & 31);
    }
    this.pv = new Int32Array(this.blocks);
    this.mv = new Int32Array(this.blocks);
    this.lastBit = (pattern.length - 1) & 31;
  }

  /** Levenshtein distance between the pattern and text[from, to). */
  distance(text: Int32Array, from = 0, to = text.length): number {
    const m = this.length;
    if (m === 0) return to - from;
    if (to === from) return m;
    const blocks = this.blocks;
    const pv = this.pv;
    const mv = this.mv;
    pv.fill(-1);
    mv.fill(0);
    const last = blocks - 1;
    const lastBit = this.lastBit;
    let score = m;
    for (let j = from; j < to; j++) {
      const eqs = this.peq.get(text[j]!) ?? NO_MASKS;
      // The top row of the table grows by one per text token: carry +1 into block 0.
      let hin = 1;
      for (let b = 0; b <= last; b++) {
        const Pv = pv[b]!;
        const Mv = mv[b]!;
        let Eq = eqs.length ? eqs[b]! : 0;
        const hinNeg = hin < 0 ? 1 : 0;
        const hinPos = hin > 0 ? 1 : 0;
        const Xv = Eq | Mv;
        Eq |= hinNeg;
        const Xh = ((((Eq & Pv) + Pv) | 0) ^ Pv) | Eq;
        let Ph = Mv | ~(Xh | Pv);
        let Mh = Pv & Xh;
        if (b === last) score += ((Ph >>> lastBit) & 1) - ((Mh >>> lastBit) & 1);
        else hin = (Ph >>> 31) - (Mh >>> 31);
        Ph = (Ph << 1) | hinPos;
        Mh = (Mh << 1) | hinNeg;
        pv[b] = Mh | ~(Xv | Ph);
        mv[b] = Ph & Xv;
      }
    }
    return score;
  }
}

/** Plain two-row dynamic programme; the reference the bit-parallel version is tested against. */
export function referenceDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** A sentence prepared for scoring: its identity key and token ids. */
export type PreparedSentence = { key: string; ids: Int32Array };

export function prepareSentence(text: string, vocabulary: Vocabulary): PreparedSentence {
  return { key: exactKey(text), ids: vocabulary.ids(matchTokens(text)) };
}

/**
 * Scores stored sentences against one query: the pattern tables are built
 * once, so scoring a candidate costs one bit-parallel pass over its tokens.
 * The desk's lookup and the benchmark's linear scan both score with this.
 */
export class QueryScorer {
  private readonly pattern: PatternDistance;
  readonly key: string;
  readonly ids: Int32Array;

  constructor(query: PreparedSentence) {
    this.key = query.key;
    this.ids = query.ids;
    this.pattern = new PatternDistance(query.ids);
  }

  /**
   * Score of a stored sentence given by its tokens (ids[from, to)) and its
   * source text, which is only read (for the 100-versus-99 decision) when the
   * tokens are equal.
   */
  score(source: string, ids: Int32Array, from = 0, to = ids.length): MatchScore {
    const distance = this.pattern.distance(ids, from, to);
    const n = this.ids.length;
    const m = to - from;
    if (distance === 0 && (n > 0 || exactKey(source) === this.key)) {
      return exactKey(source) === this.key ? { score: 100, kind: "exact", distance } : { score: NORMALIZED_SCORE, kind: "normalized", distance };
    }
    return { score: fuzzyFromDistance(distance, n, m), kind: "fuzzy", distance };
  }
}

/** The match score of a stored source against a query source (both plain text). */
export function fuzzyScore(stored: string, query: string): MatchScore {
  const vocabulary = new Vocabulary();
  const q = prepareSentence(query, vocabulary);
  return new QueryScorer(q).score(stored, vocabulary.ids(matchTokens(stored)));
}

/** One piece of the source diff: `equal` text is in both, `delete` only in the stored source, `insert` only in the query. */
export type SourceDiffPart = { kind: "equal" | "delete" | "insert"; text: string };

/** Units with the whitespace after each attached, so parts render with the original spacing. */
function pieces(text: string): { key: string; text: string }[] {
  const out: { key: string; text: string }[] = [];
  let lead = "";
  for (const unit of units(text)) {
    if (unit.kind === "space") {
      const last = out[out.length - 1];
      if (last) last.text += unit.text;
      else lead += unit.text;
      continue;
    }
    out.push({ key: `${unit.kind === "token" ? "t" : "p"}${unit.key}`, text: lead + unit.text });
    lead = "";
  }
  if (lead) out.push({ key: " ", text: lead });
  return out;
}

/**
 * What the editor must change in the stored source to get the query source,
 * token by token (punctuation included, so a 99 % match shows its difference).
 * The `equal` and `delete` parts spell the stored source exactly; the `equal`
 * parts show the stored source's characters (they may differ from the query's
 * in width or case, which is why they compare equal).
 */
export function diffSources(stored: string, query: string): SourceDiffPart[] {
  const a = pieces(stored);
  const b = pieces(query);
  const changes = diffArrays(a, b, { comparator: (x, y) => x.key === y.key });
  const parts: SourceDiffPart[] = [];
  const push = (kind: SourceDiffPart["kind"], text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let ai = 0;
  let bi = 0;
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (change.added) {
      for (let k = 0; k < count; k++) push("insert", b[bi++]!.text);
    } else if (change.removed) {
      for (let k = 0; k < count; k++) push("delete", a[ai++]!.text);
    } else {
      for (let k = 0; k < count; k++) {
        push("equal", a[ai++]!.text);
        bi++;
      }
    }
  }
  return parts;
}

export type { Unit };
