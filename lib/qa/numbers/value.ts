/**
 * Exact numeric values and the mention type shared by the Chinese and English
 * extractors. Values are rationals of bigints: 3.14万 is exactly 31400/1 and
 * 三分之一 exactly 1/3, never a float with artefacts.
 */

/** A normalized rational: `den > 0` and gcd(num, den) = 1. */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

export type NumberKind = "cardinal" | "ordinal" | "percent" | "permille" | "fraction";

/** "more" = more than / over / 余 / 多; "about" = 约 / 左右; "nearly" = 近 / 将近; "less" = 不到 / 不足. */
export type Approx = "exact" | "more" | "about" | "nearly" | "less";

/** How the number is written, which decides how a fix is worded. */
export type NumberForm = "digits" | "scaled" | "words" | "chinese" | "roman";

/** One numeric expression found in a sentence (UTF-16 offsets into that sentence). */
export interface NumberMention {
  /** Whole expression, approximation words and suffixes (%, 余, 左右, percent) included. */
  start: number;
  end: number;
  /** The number itself with its magnitude word ("20 billion", "200亿"): what a fix replaces. */
  coreStart: number;
  coreEnd: number;
  kind: NumberKind;
  value: Ratio;
  /** Upper bound of a range (3至5, "between 3 and 5"); `value` is then the lower bound. */
  high?: Ratio;
  approx: Approx;
  /**
   * A number a translation may leave out without fault: 一 before a measure word (一批 →
   * "a number of"), English "one", "first", small spelled numbers ("the two parties" for 双方).
   * A weak mention can satisfy a match but never raises a finding itself.
   */
  weak: boolean;
  form: NumberForm;
}

const ZERO: Ratio = { num: 0n, den: 1n };
export { ZERO };

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** A normalized rational num/den. */
export function ratio(num: bigint, den: bigint = 1n): Ratio {
  if (den === 0n) throw new RangeError("zero denominator");
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  if (den === 1n) return { num, den };
  const g = gcd(num, den);
  return g === 1n || g === 0n ? { num, den } : { num: num / g, den: den / g };
}

const POW10: bigint[] = [];
for (let i = 0, p = 1n; i <= 40; i++, p *= 10n) POW10.push(p);

/** 10^n as a bigint (n ≥ 0). */
export function pow10(n: number): bigint {
  return POW10[n] ?? 10n ** BigInt(n);
}

/** The exact value of a decimal literal given as its integer and fraction digit strings (ASCII). */
export function fromDecimal(intDigits: string, fracDigits = ""): Ratio {
  const digits = (intDigits || "0") + fracDigits;
  return ratio(BigInt(digits), pow10(fracDigits.length));
}

export function add(a: Ratio, b: Ratio): Ratio {
  if (a.den === 1n && b.den === 1n) return { num: a.num + b.num, den: 1n };
  return ratio(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function mulInt(a: Ratio, k: bigint): Ratio {
  return a.den === 1n ? { num: a.num * k, den: 1n } : ratio(a.num * k, a.den);
}

export function divInt(a: Ratio, k: bigint): Ratio {
  return ratio(a.num, a.den * k);
}

export function equal(a: Ratio, b: Ratio): boolean {
  return a.num === b.num && a.den === b.den;
}

export function isZero(a: Ratio): boolean {
  return a.num === 0n;
}

export function compare(a: Ratio, b: Ratio): number {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** True when a / b is 10^k for some k ≠ 0 (a wrong magnitude: 2 billion for 20 billion). */
export function isPowerOfTenApart(a: Ratio, b: Ratio): boolean {
  if (a.num <= 0n || b.num <= 0n || equal(a, b)) return false;
  let q = ratio(a.num * b.den, a.den * b.num);
  if (q.num < q.den) q = ratio(q.den, q.num);
  if (q.den !== 1n) return false;
  let n = q.num;
  while (n % 10n === 0n) n /= 10n;
  return n === 1n;
}

/** A decimal string when the value has one (≤ 12 places), else "num/den". */
export function toDecimalString(a: Ratio): string {
  const neg = a.num < 0n;
  const num = neg ? -a.num : a.num;
  const sign = neg ? "-" : "";
  if (a.den === 1n) return sign + num.toString();
  for (let places = 1; places <= 12; places++) {
    const p = pow10(places);
    if (p % a.den === 0n) {
      const scaled = (num * p) / a.den;
      const s = scaled.toString().padStart(places + 1, "0");
      const int = s.slice(0, s.length - places);
      const frac = s.slice(s.length - places).replace(/0+$/, "");
      return sign + int + (frac ? "." + frac : "");
    }
  }
  return `${sign}${num}/${a.den}`;
}

function groupThousands(int: string): string {
  let out = "";
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += ",";
    out += int[i];
  }
  return out;
}

/** Digits with thousands separators: 31400 → "31,400", 0.35 → "0.35". */
export function formatDigits(a: Ratio): string {
  const s = toDecimalString(a);
  if (s.includes("/")) return s;
  const neg = s.startsWith("-");
  const body = neg ? s.slice(1) : s;
  const dot = body.indexOf(".");
  const int = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? "" : body.slice(dot);
  return (neg ? "-" : "") + (int.length > 3 ? groupThousands(int) : int) + frac;
}

const SCALES: ReadonlyArray<readonly [bigint, string]> = [
  [pow10(12), "trillion"],
  [pow10(9), "billion"],
  [pow10(6), "million"],
];

/**
 * The English newsroom form of a value: "20 billion", "1.2345 trillion", "60 million";
 * below a million, or when the scaled figure would need more than four decimals, digits
 * with separators ("31,400").
 */
export function formatEnglish(a: Ratio, style: "scaled" | "digits" = "scaled"): string {
  if (style === "scaled" && a.num > 0n) {
    for (const [scale, word] of SCALES) {
      if (a.num >= scale * a.den) {
        const scaled = divInt(a, scale);
        const s = toDecimalString(scaled);
        const dot = s.indexOf(".");
        if (!s.includes("/") && (dot < 0 || s.length - dot - 1 <= 4)) return `${formatDigits(scaled)} ${word}`;
        break;
      }
    }
  }
  return formatDigits(a);
}
