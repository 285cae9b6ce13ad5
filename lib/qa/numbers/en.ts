/**
 * English number extraction: digits with separators and decimals, magnitudes
 * ("1.2 million", "20 billion", "$3bn"), spelled numbers ("twenty-five", "three
 * hundred and five", "a million"), percentages ("35%", "35 percent", "35 per cent"),
 * ordinals ("second", "2nd", "twenty-first", "No. 1"), fractions ("one third",
 * "two-thirds", "1/3"), Roman numerals after "Phase", "Part" …, approximations
 * ("more than", "over", "about", "nearly", "around", "some", "or more") and ranges
 * ("3 to 5", "3-5", "between 3 and 5", "3 to 5 million").
 *
 * Small spelled numbers (one … ten), "first" and "second" are weak: English adds them
 * where Chinese has none ("the two parties" for 双方, "for the first time" for 首次).
 * Digits glued to letters (5G, G20, COVID-19, 1990s) are codes, not numbers.
 */
import { add, divInt, fromDecimal, mulInt, pow10, ratio, type Approx, type NumberForm, type NumberKind, type NumberMention, type Ratio } from "./value";
import type { Span } from "./zh";

interface Tok {
  s: number;
  e: number;
  /** Lower-cased text. */
  w: string;
  type: "n" | "w" | "p";
}

// Digits (with proper thousands groups), words, or any other non-space character.
const TOKEN = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|([A-Za-z]+)|(\S)/g;

/** Splits a sentence into number, word and punctuation tokens (one regex pass). */
export function tokenizeEnglish(text: string): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    out.push({ s, e, w: m[0].toLowerCase(), type: m[1] !== undefined ? "n" : m[2] !== undefined ? "w" : "p" });
  }
  return out;
}

const SMALL = new Map<string, number>([
  ["zero", 0], ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7],
  ["eight", 8], ["nine", 9], ["ten", 10], ["eleven", 11], ["twelve", 12], ["thirteen", 13], ["fourteen", 14],
  ["fifteen", 15], ["sixteen", 16], ["seventeen", 17], ["eighteen", 18], ["nineteen", 19],
]);
const TENS = new Map<string, number>([
  ["twenty", 20], ["thirty", 30], ["forty", 40], ["fifty", 50], ["sixty", 60], ["seventy", 70], ["eighty", 80], ["ninety", 90],
]);
const SCALE = new Map<string, bigint>([
  ["thousand", pow10(3)], ["million", pow10(6)], ["billion", pow10(9)], ["trillion", pow10(12)],
]);
/** Abbreviations glued to digits: $3bn, 20mn. */
const GLUED_SCALE = new Map<string, bigint>([
  ["bn", pow10(9)], ["bln", pow10(9)], ["mn", pow10(6)], ["mln", pow10(6)], ["tn", pow10(12)], ["trn", pow10(12)],
]);
const ORDINAL_SMALL = new Map<string, number>([
  ["first", 1], ["second", 2], ["third", 3], ["fourth", 4], ["fifth", 5], ["sixth", 6], ["seventh", 7], ["eighth", 8],
  ["ninth", 9], ["tenth", 10], ["eleventh", 11], ["twelfth", 12], ["thirteenth", 13], ["fourteenth", 14],
  ["fifteenth", 15], ["sixteenth", 16], ["seventeenth", 17], ["eighteenth", 18], ["nineteenth", 19],
]);
const ORDINAL_TENS = new Map<string, number>([
  ["twentieth", 20], ["thirtieth", 30], ["fortieth", 40], ["fiftieth", 50], ["sixtieth", 60], ["seventieth", 70],
  ["eightieth", 80], ["ninetieth", 90],
]);
const ORDINAL_SCALE = new Map<string, bigint>([
  ["hundredth", 100n], ["thousandth", pow10(3)], ["millionth", pow10(6)], ["billionth", pow10(9)],
]);
/** Denominators after a numerator: "one third", "two-thirds", "three quarters", "a half". */
const DENOMINATORS = new Map<string, bigint>([
  ["half", 2n], ["halves", 2n], ["third", 3n], ["thirds", 3n], ["quarter", 4n], ["quarters", 4n],
  ["fourth", 4n], ["fourths", 4n], ["fifth", 5n], ["fifths", 5n], ["sixth", 6n], ["sixths", 6n],
  ["seventh", 7n], ["sevenths", 7n], ["eighth", 8n], ["eighths", 8n], ["ninth", 9n], ["ninths", 9n],
  ["tenth", 10n], ["tenths", 10n], ["hundredth", 100n], ["hundredths", 100n], ["thousandth", 1000n], ["thousandths", 1000n],
]);
const ORDINAL_SUFFIX = new Set(["st", "nd", "rd", "th"]);
const ROMAN = new Map<string, number>([
  ["i", 1], ["ii", 2], ["iii", 3], ["iv", 4], ["v", 5], ["vi", 6], ["vii", 7], ["viii", 8], ["ix", 9], ["x", 10],
  ["xi", 11], ["xii", 12], ["xiii", 13], ["xiv", 14], ["xv", 15], ["xvi", 16], ["xvii", 17], ["xviii", 18], ["xix", 19], ["xx", 20],
]);
/** Words after which a capital Roman numeral is a number (Phase I, Part II, World War II). */
const ROMAN_CONTEXT = new Set([
  "phase", "part", "stage", "chapter", "volume", "vol", "book", "section", "grade", "class", "level", "type",
  "round", "season", "act", "article", "annex", "title", "war", "schedule", "appendix", "category", "tier", "unit",
]);

const PREFIXES: ReadonlyArray<readonly [readonly string[], Approx]> = [
  [["in", "excess", "of"], "more"], [["more", "than"], "more"], [["greater", "than"], "more"], [["upwards", "of"], "more"],
  [["at", "least"], "more"], [["over"], "more"], [["above"], "more"], [["exceeding"], "more"], [["beyond"], "more"],
  [["an", "estimated"], "about"], [["about"], "about"], [["around"], "about"], [["approximately"], "about"],
  [["roughly"], "about"], [["some"], "about"], [["circa"], "about"], [["approx"], "about"], [["estimated"], "about"],
  [["close", "to"], "nearly"], [["nearly"], "nearly"], [["almost"], "nearly"], [["just", "under"], "nearly"],
  [["less", "than"], "less"], [["fewer", "than"], "less"], [["under"], "less"], [["below"], "less"],
];

const RANGE_CONNECTORS = new Set(["to", "-", "–", "—", "~"]);

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

interface Core {
  /** Token index of the first and one past the last token. */
  k0: number;
  k1: number;
  value: Ratio;
  kind: NumberKind;
  form: NumberForm;
  weak: boolean;
  /** The magnitude word's factor ("5 million" → 10^6), for "3 to 5 million". */
  scale: bigint;
}

/** A digit literal's value: "1,234.5" → 12345/10. */
function literal(w: string): Ratio {
  const plain = w.replace(/,/g, "");
  const dot = plain.indexOf(".");
  return dot < 0 ? fromDecimal(plain) : fromDecimal(plain.slice(0, dot), plain.slice(dot + 1));
}

function readDigits(text: string, toks: readonly Tok[], k: number): Core | null {
  const t = toks[k];
  if (!t) return null;
  const before = text.charCodeAt(t.s - 1);
  if (isLetter(before)) return null;
  if ((before === 0x2d || before === 0x5f) && isLetter(text.charCodeAt(t.s - 2))) return null;
  let value = literal(t.w);
  let kind: NumberKind = "cardinal";
  let form: NumberForm = "digits";
  let scale = 1n;
  let k1 = k + 1;
  const next = toks[k + 1];
  if (next && next.s === t.e && next.type === "w") {
    if (ORDINAL_SUFFIX.has(next.w) && value.den === 1n) {
      return { k0: k, k1: k + 2, value, kind: "ordinal", form: "digits", weak: false, scale: 1n };
    }
    const g = GLUED_SCALE.get(next.w);
    if (g === undefined) return null; // 5G, 1990s, 3pm (times belong to the dates module)
    return { k0: k, k1: k + 2, value: mulInt(value, g), kind, form: "scaled", weak: false, scale: g };
  }
  // 1/3 (not a date: full dates are read first by the dates module)
  if (next?.w === "/" && next.s === t.e && toks[k + 2]?.type === "n" && toks[k + 2]?.s === next.e) {
    const den = literal(toks[k + 2]?.w ?? "1");
    if (value.den === 1n && den.den === 1n && den.num > 0n) {
      return { k0: k, k1: k + 3, value: ratio(value.num, den.num), kind: "fraction", form: "digits", weak: false, scale: 1n };
    }
  }
  for (;;) {
    const w = toks[k1];
    if (!w || w.type !== "w") break;
    if (w.w === "hundred" && scale === 1n) {
      value = mulInt(value, 100n);
      scale = 100n;
    } else {
      const s = SCALE.get(w.w);
      if (s === undefined || (scale !== 1n && s <= scale && scale !== 100n)) break;
      value = mulInt(value, s);
      scale = scale === 1n ? s : scale * s;
    }
    form = "scaled";
    k1++;
  }
  return { k0: k, k1, value, kind, form, weak: false, scale };
}

/** Spelled numbers: "twenty-five", "three hundred and five", "a million", "twenty-first", "two-thirds". */
function readWords(toks: readonly Tok[], k: number): Core | null {
  // Only these first words can start a spelled number ("a"/"an" are read below): most
  // words are none of them, and the parse allocates BigInt ratios before it knows.
  const w0 = toks[k]?.w ?? "";
  if (w0 !== "a" && w0 !== "an" && !SMALL.has(w0) && !TENS.has(w0) && !ORDINAL_SMALL.has(w0) && !ORDINAL_TENS.has(w0)) return null;
  let total = ratio(0n);
  let cur: Ratio | null = null;
  let last: "none" | "a" | "small" | "teen" | "tens" | "hundred" | "scale" = "none";
  let lastScale = 0n;
  let j = k;
  let end = k;
  let hasScale = false;
  let words = 0;
  const first = toks[k];
  if (!first || first.type !== "w") return null;
  if ((first.w === "a" || first.w === "an") && toks[k + 1]?.type === "w") {
    const nw = toks[k + 1]?.w ?? "";
    if (nw === "hundred" || SCALE.has(nw) || nw === "half" || nw === "third" || nw === "quarter") {
      last = "a";
      j = k + 1;
    } else return null;
  }
  for (; j < toks.length; j++) {
    const t = toks[j];
    if (!t) break;
    const w = t.w;
    const small = SMALL.get(w);
    const tens = TENS.get(w);
    if (small !== undefined) {
      if (small < 10 ? last === "small" || last === "teen" || last === "a" : last !== "none" && last !== "hundred" && last !== "scale") break;
      cur = add(cur ?? ratio(0n), ratio(BigInt(small)));
      last = small < 10 ? "small" : "teen";
    } else if (tens !== undefined) {
      if (last !== "none" && last !== "hundred" && last !== "scale") break;
      cur = add(cur ?? ratio(0n), ratio(BigInt(tens)));
      last = "tens";
    } else if (w === "hundred") {
      if (last !== "small" && last !== "teen" && last !== "tens" && last !== "a") break;
      cur = mulInt(cur ?? ratio(1n), 100n);
      last = "hundred";
      hasScale = true;
    } else if (SCALE.has(w)) {
      const s = SCALE.get(w) ?? 1n;
      if (last === "none" || last === "scale" || (lastScale !== 0n && s >= lastScale)) break;
      total = add(total, mulInt(cur ?? ratio(1n), s));
      cur = null;
      last = "scale";
      lastScale = s;
      hasScale = true;
    } else if (w === "and" && (last === "hundred" || last === "scale")) {
      const nx = toks[j + 1]?.w ?? "";
      if (!SMALL.has(nx) && !TENS.has(nx) && !ORDINAL_SMALL.has(nx)) break;
      continue;
    } else if (w === "-" && last === "tens") {
      const nx = toks[j + 1];
      const unit = nx && nx.s === t.e ? (SMALL.get(nx.w) ?? ORDINAL_SMALL.get(nx.w) ?? 0) : 0;
      if (unit < 1 || unit > 9) break;
      continue;
    } else {
      // An ordinal or a denominator ends the number.
      const value = add(total, cur ?? ratio(0n));
      const numeratorOk = last === "small" || last === "a" || (last === "teen" && (cur?.num ?? 0n) > 0n);
      const den = DENOMINATORS.get(w) ?? (w === "-" && numeratorOk ? DENOMINATORS.get(toks[j + 1]?.w ?? "") : undefined);
      if (numeratorOk && den !== undefined && !(cur?.num === 0n)) {
        const step = w === "-" ? 2 : 1;
        const num = last === "a" ? 1n : value.num;
        if (!(last !== "a" && w === "half" && num !== 1n)) {
          return { k0: k, k1: j + step, value: ratio(num, den), kind: "fraction", form: "words", weak: w === "half" || toks[j + step - 1]?.w === "half", scale: 1n };
        }
      }
      const os = ORDINAL_SMALL.get(w);
      const ot = ORDINAL_TENS.get(w);
      const osc = ORDINAL_SCALE.get(w);
      if (os !== undefined && (last === "none" || last === "tens" || last === "hundred" || last === "scale")) {
        const v = add(value, ratio(BigInt(os)));
        const weakOrd = last === "none" && (os === 1 || os === 2);
        return { k0: k, k1: j + 1, value: v, kind: "ordinal", form: "words", weak: weakOrd, scale: 1n };
      }
      if (ot !== undefined && (last === "none" || last === "hundred" || last === "scale")) {
        return { k0: k, k1: j + 1, value: add(value, ratio(BigInt(ot))), kind: "ordinal", form: "words", weak: false, scale: 1n };
      }
      if (osc !== undefined && last !== "none" && last !== "scale") {
        const v = osc === 100n ? add(total, mulInt(cur ?? ratio(1n), 100n)) : add(total, mulInt(cur ?? ratio(1n), osc));
        return { k0: k, k1: j + 1, value: v, kind: "ordinal", form: "words", weak: false, scale: 1n };
      }
      break;
    }
    words++;
    end = j + 1;
  }
  if (words === 0 || last === "a") return null;
  const value = add(total, cur ?? ratio(0n));
  const weak = !hasScale && value.den === 1n && value.num <= 10n;
  return { k0: k, k1: end, value, kind: "cardinal", form: "words", weak, scale: lastScale !== 0n ? lastScale : hasScale ? 100n : 1n };
}

function readCore(text: string, toks: readonly Tok[], k: number): Core | null {
  const t = toks[k];
  if (!t) return null;
  if (t.type === "n") return readDigits(text, toks, k);
  if (t.type !== "w") return null;
  const roman = ROMAN.get(t.w);
  if (roman !== undefined && text.slice(t.s, t.e) === text.slice(t.s, t.e).toUpperCase()) {
    const prev = toks[k - 1];
    if (prev?.type === "w" && ROMAN_CONTEXT.has(prev.w) && !isLetter(text.charCodeAt(t.e))) {
      return { k0: k, k1: k + 1, value: ratio(BigInt(roman)), kind: "cardinal", form: "roman", weak: false, scale: 1n };
    }
  }
  if (t.w === "half" && toks[k + 1]?.w === "a" && SCALE.has(toks[k + 2]?.w ?? "")) {
    const s = SCALE.get(toks[k + 2]?.w ?? "") ?? 1n;
    return { k0: k, k1: k + 3, value: divInt(ratio(s), 2n), kind: "cardinal", form: "words", weak: false, scale: s };
  }
  return readWords(toks, k);
}

interface Term {
  core: Core;
  kind: NumberKind;
  value: Ratio;
  /** Token index past the term (after %, percent). */
  k1: number;
}

/** A core with its percent sign or word: "35%", "35 percent", "35 per cent", "3 percentage points". */
function readTerm(text: string, toks: readonly Tok[], k: number): Term | null {
  const core = readCore(text, toks, k);
  if (!core) return null;
  let kind = core.kind;
  let k1 = core.k1;
  const nx = toks[k1];
  if (kind === "cardinal" && nx) {
    if (nx.w === "%" || nx.w === "％") {
      kind = "percent";
      k1++;
    } else if (nx.w === "‰") {
      kind = "permille";
      k1++;
    } else if (nx.w === "percent" || nx.w === "pct") {
      kind = "percent";
      k1++;
      if (toks[k1]?.w === ".") k1++;
    } else if (nx.w === "per" && (toks[k1 + 1]?.w === "cent" || toks[k1 + 1]?.w === "centum")) {
      kind = "percent";
      k1 += 2;
    } else if (nx.w === "per" && (toks[k1 + 1]?.w === "mille" || toks[k1 + 1]?.w === "mil")) {
      kind = "permille";
      k1 += 2;
    } else if (nx.w === "percentage" && (toks[k1 + 1]?.w === "point" || toks[k1 + 1]?.w === "points")) {
      k1 += 2;
    }
  }
  if (kind === "cardinal" && toks[k - 2]?.w === "no" && toks[k - 1]?.w === "." && core.form === "digits") kind = "ordinal";
  return { core, kind, value: core.value, k1 };
}

function prefixBefore(toks: readonly Tok[], k: number): { approx: Approx; k0: number } | null {
  for (const [words, approx] of PREFIXES) {
    const k0 = k - words.length;
    if (k0 < 0) continue;
    let ok = true;
    for (let i = 0; i < words.length; i++) {
      if (toks[k0 + i]?.w !== words[i]) {
        ok = false;
        break;
      }
    }
    if (ok) return { approx, k0 };
  }
  return null;
}

function inSkip(skip: readonly Span[], cursor: { s: number }, pos: number): Span | null {
  while (cursor.s < skip.length && (skip[cursor.s]?.end ?? 0) <= pos) cursor.s++;
  const sp = skip[cursor.s];
  return sp && sp.start <= pos ? sp : null;
}

/**
 * Every numeric expression of an English sentence, in order, with UTF-16 spans.
 * `skip` (sorted, non-overlapping) are spans to leave alone, such as dates.
 */
export function extractEnglishNumbers(text: string, skip: readonly Span[] = []): NumberMention[] {
  const toks = tokenizeEnglish(text);
  const out: NumberMention[] = [];
  const cursor = { s: 0 };
  let k = 0;
  while (k < toks.length) {
    const t = toks[k];
    if (!t) break;
    if (inSkip(skip, cursor, t.s)) {
      k++;
      continue;
    }
    if (t.type === "p") {
      k++;
      continue;
    }
    let rangeStartK = k;
    let between = false;
    if (t.w === "between" || t.w === "from") {
      between = t.w === "between";
      rangeStartK = k + 1;
    }
    const term = readTerm(text, toks, rangeStartK);
    if (!term) {
      k++;
      continue;
    }
    let kind = term.kind;
    let value = term.value;
    let high: Ratio | undefined;
    let k1 = term.k1;
    let coreK1 = term.core.k1;
    let weak = term.core.weak;
    const conn = toks[k1];
    if (conn && (RANGE_CONNECTORS.has(conn.w) || (between && conn.w === "and")) && kind !== "fraction") {
      const second = readTerm(text, toks, k1 + 1);
      if (second && second.kind !== "fraction" && !(second.core.form === "words") === !(term.core.form === "words") && !inSkip(skip, { s: cursor.s }, toks[k1 + 1]?.s ?? 0)) {
        let low = value;
        if (term.core.scale === 1n && second.core.scale > 1n) {
          const scaled = mulInt(low, second.core.scale);
          if (scaled.num * second.value.den <= second.value.num * scaled.den) low = scaled;
        }
        let k2 = second.kind;
        if (kind === "cardinal" && (k2 === "percent" || k2 === "permille")) kind = k2;
        else if (k2 === "cardinal" && (kind === "percent" || kind === "permille")) k2 = kind;
        if (k2 === kind) {
          value = low;
          high = second.value;
          k1 = second.k1;
          coreK1 = second.core.k1;
          weak = weak && second.core.weak;
        }
      }
    }
    let approx: Approx = "exact";
    // "between 3 and 5" includes "between"; "from 120 to 150" does not include "from".
    let startK = between && high !== undefined ? k : term.core.k0;
    const pre = prefixBefore(toks, startK);
    if (pre) {
      approx = pre.approx;
      startK = pre.k0;
    }
    // "30 or more", "50 or so"
    if (toks[k1]?.w === "or" && (toks[k1 + 1]?.w === "more" || toks[k1 + 1]?.w === "so")) {
      approx = toks[k1 + 1]?.w === "more" ? "more" : "about";
      k1 += 2;
    }
    const first = toks[startK];
    const last = toks[k1 - 1];
    const coreFirst = toks[term.core.k0];
    const coreLast = toks[coreK1 - 1];
    if (!first || !last || !coreFirst || !coreLast) break;
    const mention: NumberMention = {
      start: first.s,
      end: last.e,
      coreStart: coreFirst.s,
      coreEnd: coreLast.e,
      kind,
      value,
      approx,
      weak,
      form: term.core.form,
    };
    if (high !== undefined) mention.high = high;
    out.push(mention);
    k = Math.max(k1, k + 1);
  }
  return out;
}
