/**
 * An Aho–Corasick automaton over term texts: every term of a termbase found
 * in a text in one pass, then the leftmost-longest non-overlapping matches
 * kept (重庆高新区 is one match, not 重庆 + 高新区).
 *
 * Matching is on a normalized copy of the text that keeps UTF-16 offsets:
 * every code unit maps to exactly one code unit, so an offset into the
 * normalized text is the same offset into the original. The normalization
 * folds full-width ASCII forms (（ ） ， Ａ １ …) to ASCII, the ideographic
 * space to a space, the katakana/half-width middle dots to "·", and letter
 * case (per code unit; a case mapping that would change the length is left
 * alone). A case-sensitive term is then verified against the original with
 * the width folding only.
 *
 * Word boundaries: a term that begins (ends) with a letter or digit of a
 * script written with spaces must not be preceded (followed) by a letter,
 * digit or mark, so "Tan" does not match in "Tang". Han, Hiragana and
 * Katakana are matched without boundaries.
 *
 * With `inflections` (the English target side), a term ending in a Latin
 * letter also matches with an English inflection after it: -s, -es, -ies
 * (for -y), -ed, -d, -ied, -ing (also dropping a final -e), and the
 * possessives 's, s', ’s, s’. Such a match is reported with `inflected`.
 */

export interface AutomatonTerm {
  text: string;
  caseSensitive: boolean;
}

export interface AutomatonMatch {
  start: number;
  end: number;
  /** Index of the term in the list the automaton was built from. */
  term: number;
  /** Only with `inflections`: the match is an inflected form of the term. */
  inflected: boolean;
  /**
   * The ending added to the term: "" for the term itself, "s", "'s", "ing"…
   * for a plain suffix, null when the inflection rewrites the term's end (city → cities).
   */
  ending: string | null;
}

const enum Flag {
  LeftBoundary = 1,
  RightBoundary = 2,
  Inflected = 4,
  /** The variant rewrites the term's end (city → cities): the ending is not a plain suffix. */
  Rewritten = 8,
  /** A plain English ending may follow (tried by `find`). */
  Suffixable = 16,
}

let widthTable: Uint16Array | null = null;
let foldTable: Uint16Array | null = null;
let wordTable: Uint8Array | null = null;

function tables(): { width: Uint16Array; fold: Uint16Array; word: Uint8Array } {
  if (!widthTable || !foldTable || !wordTable) {
    const width = new Uint16Array(65536);
    const fold = new Uint16Array(65536);
    const word = new Uint8Array(65536);
    const wordChar = /[\p{L}\p{N}\p{M}]/u;
    const noSpaces = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
    for (let u = 0; u < 65536; u++) {
      let w = u;
      if (u >= 0xff01 && u <= 0xff5e) w = u - 0xfee0;
      else if (u === 0x3000) w = 0x20;
      else if (u === 0x30fb || u === 0xff65 || u === 0x2027) w = 0xb7;
      width[u] = w;
      const s = String.fromCharCode(w);
      const lower = u >= 0xd800 && u <= 0xdfff ? s : s.toLowerCase();
      fold[u] = lower.length === 1 ? lower.charCodeAt(0) : w;
      if (u < 0xd800 || u > 0xdfff) {
        const c = String.fromCharCode(u);
        word[u] = wordChar.test(c) && !noSpaces.test(c) ? 1 : 0;
      }
    }
    widthTable = width;
    foldTable = fold;
    wordTable = word;
  }
  return { width: widthTable, fold: foldTable, word: wordTable };
}

/** True when the code point at `i` (or the one ending at `i`, with `before`) is a word character of a spaced script. */
function isWordAt(text: string, i: number, before: boolean, word: Uint8Array): boolean {
  if (i < 0 || i >= text.length) return false;
  const u = text.charCodeAt(i);
  if (u < 0xd800 || u > 0xdfff) return word[u] === 1;
  const cp = before ? text.codePointAt(u >= 0xdc00 && i > 0 ? i - 1 : i)! : text.codePointAt(i)!;
  const c = String.fromCodePoint(cp);
  return /[\p{L}\p{N}\p{M}]/u.test(c) && !/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(c);
}

/** Text normalized for matching: same length, same offsets (see the header). */
export function foldForMatching(text: string): string {
  const { fold } = tables();
  let out = "";
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(fold[text.charCodeAt(i)]!);
  return out;
}

/** English endings tried after a term ending in a Latin letter; the longest that ends a word wins. */
const SUFFIXES = ["ing", "'s", "’s", "s'", "s’", "es", "ed", "s", "d"];

interface Variant {
  text: string;
  flags: number;
}

/**
 * The term itself and, on the inflecting side, the forms that rewrite its
 * end (city → cities, manage → managing). Plain endings (-s, -ed, -'s…) are
 * not stored: `find` tries them after the term, so the automaton stays the
 * size of the termbase.
 */
function variantsOf(term: string, inflections: boolean, word: Uint8Array): Variant[] {
  const first = term.charCodeAt(0);
  const last = term.charCodeAt(term.length - 1);
  let flags = 0;
  if (word[first] === 1) flags |= Flag.LeftBoundary;
  if (word[last] === 1) flags |= Flag.RightBoundary;
  if (!inflections || !/[A-Za-z]$/.test(term)) return [{ text: term, flags }];
  const out: Variant[] = [{ text: term, flags: flags | Flag.Suffixable }];
  const rewritten = flags | Flag.Inflected | Flag.RightBoundary | Flag.Rewritten;
  const lower = term.toLowerCase();
  if (/[^aeiou]y$/.test(lower)) for (const s of ["ies", "ied"]) out.push({ text: term.slice(0, -1) + s, flags: rewritten });
  if (/[^aeiou]e$/.test(lower)) out.push({ text: term.slice(0, -1) + "ing", flags: rewritten });
  return out;
}

/** Open addressing (node, code unit) → child: small integer keys without boxing, for millions of edges. */
class EdgeTable {
  private mask: number;
  private keyNode: Int32Array;
  private keyChar: Uint16Array;
  private value: Int32Array;
  private count = 0;

  /** Sized for `edges` edges at most half full, so that building never rehashes. */
  constructor(edges: number) {
    let size = 1024;
    while (size < edges * 2) size *= 2;
    this.mask = size - 1;
    this.keyNode = new Int32Array(size).fill(-1);
    this.keyChar = new Uint16Array(size);
    this.value = new Int32Array(size);
  }

  private slot(node: number, c: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(c + 1, 0x85ebca6b)) >>> 0;
  }

  get(node: number, c: number): number {
    const mask = this.mask;
    for (let i = this.slot(node, c) & mask; ; i = (i + 1) & mask) {
      const k = this.keyNode[i]!;
      if (k === -1) return -1;
      if (k === node && this.keyChar[i] === c) return this.value[i]!;
    }
  }

  set(node: number, c: number, child: number): void {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    const mask = this.mask;
    let i = this.slot(node, c) & mask;
    while (this.keyNode[i] !== -1) i = (i + 1) & mask;
    this.keyNode[i] = node;
    this.keyChar[i] = c;
    this.value[i] = child;
    this.count++;
  }

  private grow(): void {
    const { keyNode, keyChar, value } = this;
    const size = (this.mask + 1) * 2;
    this.mask = size - 1;
    this.keyNode = new Int32Array(size).fill(-1);
    this.keyChar = new Uint16Array(size);
    this.value = new Int32Array(size);
    this.count = 0;
    for (let i = 0; i < keyNode.length; i++) if (keyNode[i] !== -1) this.set(keyNode[i]!, keyChar[i]!, value[i]!);
  }
}

/** The end of a plain English ending at `at` that ends a word (the longest), or -1. */
function suffixEnd(text: string, at: number, fold: Uint16Array, word: Uint8Array): number {
  let best = -1;
  for (const s of SUFFIXES) {
    if (at + s.length <= best) continue;
    let ok = true;
    for (let k = 0; k < s.length && ok; k++) ok = fold[text.charCodeAt(at + k)] === s.charCodeAt(k);
    if (ok && !isWordAt(text, at + s.length, false, word)) best = at + s.length;
  }
  return best;
}

/**
 * Builds the automaton once (per termbase and language pair); `find` is then
 * one pass over the text plus the selection of the longest matches.
 */
export class TermAutomaton {
  /** Goto function. */
  private readonly edges: EdgeTable;
  private readonly fail: Int32Array;
  /** Nearest node on the failure chain that ends a pattern (0: none). */
  private readonly dict: Int32Array;
  private readonly depth: Int32Array;
  /** First pattern ending at a node (-1: none); patterns chained by patNext. */
  private readonly patHead: Int32Array;
  private readonly patNext: number[] = [];
  private readonly patTerm: number[] = [];
  private readonly patFlags: number[] = [];
  /** Width-normalized text of case-sensitive patterns (null for the others). */
  private readonly patExact: (string | null)[] = [];
  readonly size: number;

  constructor(terms: readonly AutomatonTerm[], options: { inflections?: boolean } = {}) {
    const { width, fold, word } = tables();
    // At most one edge per code unit of every variant (rewritten variants add a few).
    this.edges = new EdgeTable(terms.reduce((n, t) => n + t.text.length + 3, 0) * (options.inflections ? 2 : 1));
    const depth: number[] = [0];
    const head: number[] = [-1];
    const childHead: number[] = [-1];
    const sibling: number[] = [-1];
    const edgeChar: number[] = [0];
    terms.forEach((term, index) => {
      const text = term.text.trim();
      if (!text) return;
      for (const v of variantsOf(text, options.inflections ?? false, word)) {
        let node = 0;
        for (let i = 0; i < v.text.length; i++) {
          const c = fold[v.text.charCodeAt(i)]!;
          let next = this.edges.get(node, c);
          if (next === -1) {
            next = depth.length;
            depth.push(depth[node]! + 1);
            head.push(-1);
            childHead.push(-1);
            sibling.push(childHead[node]!);
            childHead[node] = next;
            edgeChar.push(c);
            this.edges.set(node, c, next);
          }
          node = next;
        }
        const p = this.patTerm.length;
        this.patTerm.push(index);
        this.patFlags.push(v.flags);
        let exact: string | null = null;
        if (term.caseSensitive) {
          exact = "";
          for (let i = 0; i < v.text.length; i++) exact += String.fromCharCode(width[v.text.charCodeAt(i)]!);
        }
        this.patExact.push(exact);
        this.patNext.push(head[node]!);
        head[node] = p;
      }
    });
    const n = depth.length;
    this.size = this.patTerm.length;
    this.depth = Int32Array.from(depth);
    this.patHead = Int32Array.from(head);
    this.fail = new Int32Array(n);
    this.dict = new Int32Array(n);
    // Breadth-first: a node's failure link is the longest proper suffix that is also a path from the root.
    const queue = new Int32Array(n);
    let qh = 0;
    let qt = 0;
    for (let c = childHead[0]!; c !== -1; c = sibling[c]!) queue[qt++] = c;
    while (qh < qt) {
      const node = queue[qh++]!;
      for (let child = childHead[node]!; child !== -1; child = sibling[child]!) {
        const ch = edgeChar[child]!;
        let f = this.fail[node]!;
        let target = this.edges.get(f, ch);
        while (target === -1 && f !== 0) {
          f = this.fail[f]!;
          target = this.edges.get(f, ch);
        }
        const fl = target !== -1 && target !== child ? target : 0;
        this.fail[child] = fl;
        this.dict[child] = this.patHead[fl]! !== -1 ? fl : this.dict[fl]!;
        queue[qt++] = child;
      }
    }
  }

  /** Leftmost-longest, non-overlapping matches, in text order; every term matching the same span is reported. */
  find(text: string): AutomatonMatch[] {
    const out: AutomatonMatch[] = [];
    const n = text.length;
    if (n === 0 || this.size === 0) return out;
    const { width, fold, word } = tables();
    // For each start offset: the end of the longest accepted match there, and the patterns ending exactly there.
    const bestEnd = new Int32Array(n);
    const listHead = new Int32Array(n).fill(-1);
    const listPat: number[] = [];
    const listNext: number[] = [];
    const listEnd: number[] = [];
    const edges = this.edges;
    let state = 0;
    for (let i = 0; i < n; i++) {
      const c = fold[text.charCodeAt(i)]!;
      let next = edges.get(state, c);
      while (next === -1 && state !== 0) {
        state = this.fail[state]!;
        next = edges.get(state, c);
      }
      state = next === -1 ? 0 : next;
      const termEnd = i + 1;
      for (let node = this.patHead[state]! !== -1 ? state : this.dict[state]!; node !== 0; node = this.dict[node]!) {
        const start = termEnd - this.depth[node]!;
        for (let p = this.patHead[node]!; p !== -1; p = this.patNext[p]!) {
          const flags = this.patFlags[p]!;
          if (flags & Flag.LeftBoundary && isWordAt(text, start - 1, true, word)) continue;
          let end = termEnd;
          // An ending is tried first: "zone's" is longer than "zone" followed by an apostrophe.
          const withEnding = flags & Flag.Suffixable ? suffixEnd(text, termEnd, fold, word) : -1;
          if (withEnding !== -1) end = withEnding;
          else if (flags & Flag.RightBoundary && isWordAt(text, termEnd, false, word)) continue;
          if (end < bestEnd[start]!) continue;
          const exact = this.patExact[p];
          if (exact !== null && exact !== undefined) {
            // Case-sensitive: the term's own text must be exact (up to width); an ending may differ in case.
            let same = true;
            for (let k = 0; k < exact.length && same; k++) same = width[text.charCodeAt(start + k)] === exact.charCodeAt(k);
            if (!same) continue;
          }
          if (end > bestEnd[start]!) {
            bestEnd[start] = end;
            listHead[start] = -1;
          }
          listPat.push(p);
          listEnd.push(termEnd);
          listNext.push(listHead[start]!);
          listHead[start] = listPat.length - 1;
        }
      }
    }
    for (let start = 0; start < n; ) {
      const end = bestEnd[start]!;
      if (end === 0) {
        start++;
        continue;
      }
      const at: AutomatonMatch[] = [];
      const seen = new Set<number>();
      for (let k = listHead[start]!; k !== -1; k = listNext[k]!) {
        const p = listPat[k]!;
        const term = this.patTerm[p]!;
        // One term may reach the same span by two variants ("s'" and "s’" never both; "es" vs "s" can): keep one.
        if (seen.has(term)) continue;
        seen.add(term);
        const flags = this.patFlags[p]!;
        const termEnd = listEnd[k]!;
        const inflected = (flags & Flag.Inflected) !== 0 || termEnd < end;
        const ending = flags & Flag.Rewritten ? null : text.slice(termEnd, end);
        at.push({ start, end, term, inflected, ending });
      }
      at.sort((a, b) => a.term - b.term);
      out.push(...at);
      start = end;
    }
    return out;
  }
}
