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

const SUFFIXES = ["s", "es", "ed", "d", "ing", "'s", "’s", "s'", "s’"];

interface Variant {
  text: string;
  flags: number;
  /** Length of the term's own text inside the variant (for a plain suffix). */
  stem: number;
}

function variantsOf(term: string, inflections: boolean, word: Uint8Array): Variant[] {
  const first = term.charCodeAt(0);
  const last = term.charCodeAt(term.length - 1);
  let flags = 0;
  if (word[first] === 1) flags |= Flag.LeftBoundary;
  if (word[last] === 1) flags |= Flag.RightBoundary;
  const out: Variant[] = [{ text: term, flags, stem: term.length }];
  // English endings only after a Latin letter.
  if (!inflections || !/[A-Za-z]$/.test(term)) return out;
  for (const s of SUFFIXES) out.push({ text: term + s, flags: flags | Flag.Inflected | Flag.RightBoundary, stem: term.length });
  const lower = term.toLowerCase();
  if (/[^aeiou]y$/.test(lower)) {
    for (const s of ["ies", "ied"]) out.push({ text: term.slice(0, -1) + s, flags: flags | Flag.Inflected | Flag.RightBoundary | Flag.Rewritten, stem: term.length - 1 });
  }
  if (/[^aeiou]e$/.test(lower)) out.push({ text: term.slice(0, -1) + "ing", flags: flags | Flag.Inflected | Flag.RightBoundary | Flag.Rewritten, stem: term.length - 1 });
  return out;
}

/**
 * Builds the automaton once (per termbase and language pair); `find` is then
 * one pass over the text plus the selection of the longest matches.
 */
export class TermAutomaton {
  /** Goto function: key node * 65536 + code unit → child node. */
  private readonly edges = new Map<number, number>();
  private readonly fail: Int32Array;
  /** Nearest node on the failure chain that ends a pattern (0: none). */
  private readonly dict: Int32Array;
  private readonly depth: Int32Array;
  /** First pattern ending at a node (-1: none); patterns chained by patNext. */
  private readonly patHead: Int32Array;
  private readonly patNext: number[] = [];
  private readonly patTerm: number[] = [];
  private readonly patFlags: number[] = [];
  private readonly patStem: number[] = [];
  /** Width-normalized text of case-sensitive patterns (null for the others). */
  private readonly patExact: (string | null)[] = [];
  readonly size: number;

  constructor(terms: readonly AutomatonTerm[], options: { inflections?: boolean } = {}) {
    const { width, fold, word } = tables();
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
          const key = node * 65536 + c;
          let next = this.edges.get(key);
          if (next === undefined) {
            next = depth.length;
            depth.push(depth[node]! + 1);
            head.push(-1);
            childHead.push(-1);
            sibling.push(childHead[node]!);
            childHead[node] = next;
            edgeChar.push(c);
            this.edges.set(key, next);
          }
          node = next;
        }
        const p = this.patTerm.length;
        this.patTerm.push(index);
        this.patFlags.push(v.flags);
        this.patStem.push(v.stem);
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
        let target = this.edges.get(f * 65536 + ch);
        while (target === undefined && f !== 0) {
          f = this.fail[f]!;
          target = this.edges.get(f * 65536 + ch);
        }
        const fl = target !== undefined && target !== child ? target : 0;
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
    const edges = this.edges;
    let state = 0;
    for (let i = 0; i < n; i++) {
      const c = fold[text.charCodeAt(i)]!;
      let next = edges.get(state * 65536 + c);
      while (next === undefined && state !== 0) {
        state = this.fail[state]!;
        next = edges.get(state * 65536 + c);
      }
      state = next ?? 0;
      const end = i + 1;
      for (let node = this.patHead[state]! !== -1 ? state : this.dict[state]!; node !== 0; node = this.dict[node]!) {
        const start = end - this.depth[node]!;
        if (end < bestEnd[start]!) continue;
        for (let p = this.patHead[node]!; p !== -1; p = this.patNext[p]!) {
          const flags = this.patFlags[p]!;
          if (flags & Flag.LeftBoundary && isWordAt(text, start - 1, true, word)) continue;
          if (flags & Flag.RightBoundary && isWordAt(text, end, false, word)) continue;
          const exact = this.patExact[p];
          if (exact !== null && exact !== undefined) {
            // Case-sensitive: the term's own part must be exact (up to width); an inflection's ending may differ in case.
            const upto = flags & Flag.Inflected ? this.patStem[p]! : exact.length;
            let same = true;
            for (let k = 0; k < upto && same; k++) same = width[text.charCodeAt(start + k)] === exact.charCodeAt(k);
            if (!same) continue;
          }
          if (end > bestEnd[start]!) {
            bestEnd[start] = end;
            listHead[start] = -1;
          }
          listPat.push(p);
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
        const inflected = (flags & Flag.Inflected) !== 0;
        const ending = !inflected ? "" : flags & Flag.Rewritten ? null : text.slice(start + this.patStem[p]!, end);
        at.push({ start, end, term, inflected, ending });
      }
      at.sort((a, b) => a.term - b.term);
      out.push(...at);
      start = end;
    }
    return out;
  }
}
