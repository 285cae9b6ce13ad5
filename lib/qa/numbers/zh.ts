/**
 * Chinese number extraction: every numeric expression of a sentence with its
 * UTF-16 span and exact value (a bigint rational, never a float).
 *
 * Forms: Arabic digits (ASCII or full-width, "1,234" / "1，234", decimals), mixed
 * forms (3.14万, 0.6亿, 1.2345万亿, 3千万, 1亿5000万), Chinese numerals (五千,
 * 四千五百万, 一百零五, 两, colloquial 一万五 = 15000), digit strings (二〇一九),
 * 百分之三十五 / 35% / ‰ / 千分之五, fractions (三分之一), ordinals (第二, 第3),
 * approximations (约, 近, 超过, 逾, 余, 多, 几, 左右, 以上, 不到 …) and ranges
 * (3至5, 3-5, 三到五, 3至5万 = 30,000–50,000).
 *
 * The rule against words that merely contain numerals (一些, 统一, 万一, 三峡, 十分
 * "very", 千万 "must"): a numeral of ONE Chinese character counts only when a
 * measure word or unit follows it (三个, 十年, 两名), when 第 precedes it, or inside
 * 百分之 / 分之; 一, 零 and a bare 百/千/万/亿 are then "weak" (一批 is usually rendered
 * "a", not "one"). Multi-character numerals always count, except a short list of
 * names and idioms below. Arabic digits glued to Latin letters (5G, G20, COVID-19)
 * are codes, not numbers.
 *
 * One left-to-right pass; every lookahead is bounded by the numeral being read.
 */
import {
  add,
  divInt,
  fromDecimal,
  mulInt,
  pow10,
  ratio,
  type Approx,
  type NumberForm,
  type NumberKind,
  type NumberMention,
  type Ratio,
  ZERO,
} from "./value";

/** A span to leave alone (a date already read by the dates module). */
export interface Span {
  start: number;
  end: number;
}

const DIGITS = new Map<string, number>([
  ["〇", 0], ["零", 0], ["一", 1], ["二", 2], ["两", 2], ["兩", 2], ["三", 3], ["四", 4], ["五", 5],
  ["六", 6], ["七", 7], ["八", 8], ["九", 9], ["壹", 1], ["贰", 2], ["貳", 2], ["叁", 3], ["參", 3],
  ["肆", 4], ["伍", 5], ["陆", 6], ["陸", 6], ["柒", 7], ["捌", 8], ["玖", 9],
]);

const UNITS = new Map<string, bigint>([
  ["十", 10n], ["拾", 10n], ["百", 100n], ["佰", 100n], ["千", 1000n], ["仟", 1000n],
  ["万", pow10(4)], ["萬", pow10(4)], ["亿", pow10(8)], ["億", pow10(8)],
]);

/** 千克, 千米, 千瓦 …: 千 is the SI prefix "kilo" there, not a thousand. */
const KILO_NEXT = new Set("克米瓦伏帕焦卡赫兆".split(""));

/**
 * First characters of measure words and units that make a one-character numeral a
 * number (三个, 十年, 两名, 五公里, 八美元). Deliberately without 国, 方, 面, 岸, 会 …
 * (两国, 四面八方, 两岸, 两会 are names or set phrases).
 */
const MEASURE_FIRST = new Set(
  (
    "个只条件张名位人次座家所项种类批台辆架艘套份本部篇首门间层栋幢户口头匹棵株朵片块根支枝把双对" +
    "副场届期轮起例宗笔元角年月日天周岁时分秒倍米里克吨斤升亩度号节站章段级路步声回遍趟顿粒颗排列" +
    "行美欧港英平立公小毫厘摄世码寸尺千吋瓦盏册枚轴队组班季集卷"
  ).split(""),
);

/** Words whose numerals are not numbers; `unless` lists next characters that make them numbers after all. */
const EXCLUSIONS: ReadonlyArray<readonly [string, string?]> = [
  ["十分", "钟之"],
  ["千万", "元人户家吨件个台辆美"],
  ["万一"],
  ["万分", "之"],
  ["十一假期"], ["十一长假"], ["十一黄金周"], ["十一期间"],
  ["十字"],
  ["十之八九"],
  ["三番五次"],
  ["三番"],
  ["四周"],
  ["四处"],
  ["三角"],
  ["三公"],
  ["二把手"],
  ["七台河"],
  ["五台山"],
  ["三门峡"],
  ["九台"],
  ["三台"],
  ["一五一十"],
  ["三三两两"],
  ["千千万万"],
  ["成千上万"],
  ["一些"], ["一起"], ["一样"], ["一般"], ["一定"], ["一直"], ["一切"], ["一旦"], ["一度"],
  ["一致"], ["一体"], ["一同"], ["一律"], ["一再"], ["一向"], ["一流"], ["一线"], ["一下"],
  ["一会"], ["一番"], ["一系列"], ["一带一路"], ["一方面"], ["一举"], ["一道"], ["一边"],
  ["一点", "〇零一二两三四五六七八九"],
  ["一手"], ["一口气"], ["一把手"], ["一家人"], ["一行人"],
  ["统一"], ["唯一"], ["单一"], ["同一"], ["专一"], ["划一"], ["之一"], ["万众一心"],
];

const EXCLUSIONS_BY_FIRST = new Map<string, Array<readonly [string, string?]>>();
for (const entry of [...EXCLUSIONS].sort((a, b) => b[0].length - a[0].length)) {
  const first = entry[0][0] ?? "";
  const list = EXCLUSIONS_BY_FIRST.get(first) ?? [];
  list.push(entry);
  EXCLUSIONS_BY_FIRST.set(first, list);
}

/** Approximation words before a number, longest first. */
const PREFIXES: ReadonlyArray<readonly [string, Approx]> = [
  ["大约", "about"], ["大概", "about"], ["约合", "about"], ["约", "about"],
  ["将近", "nearly"], ["接近", "nearly"], ["近", "nearly"],
  ["超过", "more"], ["多于", "more"], ["至少", "more"], ["逾", "more"], ["超", "more"],
  ["不到", "less"], ["不足", "less"], ["少于", "less"], ["低于", "less"],
];

/** Approximation words after the number and its measure word (100万元以上, 50岁左右). */
const SUFFIXES: ReadonlyArray<readonly [string, Approx]> = [
  ["左右", "about"], ["上下", "about"], ["以上", "more"], ["开外", "more"], ["出头", "more"],
  ["有余", "more"], ["之多", "exact"], ["以下", "less"], ["以内", "less"], ["余", "more"], ["多", "more"], ["许", "about"],
];

/** Multi-character measure words, so that a suffix after them is found (个月以上, 平方公里左右). */
const LONG_MEASURES = ["平方公里", "平方米", "立方米", "个百分点", "百分点", "个月", "公里", "公斤", "公顷", "千米",
  "千克", "千瓦", "美元", "欧元", "港元", "日元", "英镑", "亿元", "万元", "小时", "分钟", "世纪", "毫米", "厘米", "摄氏度"];

/** Range connectors between two numbers. */
const RANGE = new Set(["至", "到", "-", "–", "—", "～", "~", "〜", "－"]);

/** Time words after which 近 means "the past", not "nearly" (近3年 = the past three years). */
const PAST_UNITS = new Set("年月日天周期".split(""));

function arabicDigit(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** A numeral read at one position: the number itself, before any 第, %, 余 or measure word. */
export interface ChineseCore {
  start: number;
  end: number;
  value: Ratio;
  /** Upper bound of an adjacent-digit pair (三四个 = three or four). */
  high?: Ratio;
  form: NumberForm;
  /** Exactly one Chinese character (三, 十, 万): counts only before a measure word. */
  single: boolean;
  /** The numeral character when `single`. */
  char: string;
  /** Product of the units after the last digit (5万 → 10^4, 3千万 → 10^7), for 3至5万. */
  scale: bigint;
  /** Starts with Arabic digits. */
  arabic: boolean;
}

type Token =
  | { t: "num"; v: Ratio; arabic: boolean }
  | { t: "frac"; v: Ratio }
  | { t: "unit"; m: bigint }
  | { t: "zero" };

/** Reads an Arabic literal at i: digits, "," / "，" thousands groups, "." / "．" decimals. */
function readArabic(text: string, i: number): { end: number; value: Ratio } | null {
  let j = i;
  let int = "";
  while (j < text.length) {
    const d = arabicDigit(text.charCodeAt(j));
    if (d < 0) break;
    int += d;
    j++;
  }
  if (int === "") return null;
  // Thousands groups: only when every group has exactly three digits and the first one to three.
  if (int.length <= 3) {
    let k = j;
    let grouped = int;
    for (;;) {
      const sep = text[k];
      if (sep !== "," && sep !== "，") break;
      let g = "";
      let m = k + 1;
      while (m < text.length && g.length < 4) {
        const d = arabicDigit(text.charCodeAt(m));
        if (d < 0) break;
        g += d;
        m++;
      }
      if (g.length !== 3) break;
      grouped += g;
      k = m;
    }
    if (k > j) {
      int = grouped;
      j = k;
    }
  }
  let frac = "";
  const dot = text[j];
  if ((dot === "." || dot === "．") && arabicDigit(text.charCodeAt(j + 1)) >= 0) {
    let m = j + 1;
    while (m < text.length) {
      const d = arabicDigit(text.charCodeAt(m));
      if (d < 0) break;
      frac += d;
      m++;
    }
    j = m;
  }
  return { end: j, value: fromDecimal(int, frac) };
}

/** A run of two or more Chinese digits without units (二〇一九, 三四): a digit string or a pair. */
function readDigitString(text: string, i: number): ChineseCore | null {
  if ((text[i] === "一" || text[i] === "壹") && (text[i + 1] === "两" || text[i + 1] === "兩")) {
    return { start: i, end: i + 2, value: ratio(1n), high: ratio(2n), form: "chinese", single: false, char: "", scale: 1n, arabic: false };
  }
  let j = i;
  let digits = "";
  let hasZero = false;
  while (j < text.length) {
    const ch = text[j] ?? "";
    const d = DIGITS.get(ch);
    if (d === undefined || ch === "两" || ch === "兩") break;
    if (d === 0) hasZero = true;
    digits += d;
    j++;
  }
  if (digits.length < 2) return null;
  const next = text[j] ?? "";
  if (UNITS.has(next) && digits.length === 2) return null; // 三四十: read as numerals
  if (digits.length === 2 && !hasZero) {
    const a = Number(digits[0]);
    const b = Number(digits[1]);
    if (a >= 1 && b === a + 1) {
      return { start: i, end: j, value: ratio(BigInt(a)), high: ratio(BigInt(b)), form: "chinese", single: false, char: "", scale: 1n, arabic: false };
    }
    return { start: i, end: i, value: ZERO, form: "chinese", single: false, char: "", scale: 1n, arabic: false }; // 五四, 八一: names
  }
  return { start: i, end: j, value: ratio(BigInt(digits)), form: "chinese", single: false, char: "", scale: 1n, arabic: false };
}

/**
 * Reads the numeral starting at i (Arabic, Chinese or mixed), or null. The result's
 * `end` equals `start` for a digit pair that is a name (五四), which callers skip.
 */
export function readChineseNumeral(text: string, i: number): ChineseCore | null {
  const first = text[i] ?? "";
  const firstDigit = DIGITS.get(first);
  if (firstDigit !== undefined && first !== "两" && first !== "兩") {
    const ds = readDigitString(text, i);
    if (ds) return ds;
  }
  const tokens: Token[] = [];
  let j = i;
  let arabic = false;
  let chineseChars = 0;
  while (j < text.length) {
    const code = text.charCodeAt(j);
    const last = tokens[tokens.length - 1];
    if (arabicDigit(code) >= 0) {
      if (last && (last.t === "num" || last.t === "frac")) break;
      const lit = readArabic(text, j);
      if (!lit) break;
      if (tokens.length === 0) arabic = true;
      tokens.push({ t: "num", v: lit.value, arabic: true });
      j = lit.end;
      continue;
    }
    const ch = text[j] ?? "";
    const d = DIGITS.get(ch);
    if (d !== undefined) {
      if (d === 0 && tokens.some((t) => t.t === "unit")) {
        if (last?.t === "zero") break;
        tokens.push({ t: "zero" });
        j++;
        chineseChars++;
        continue;
      }
      if (last && (last.t === "num" || last.t === "frac")) break;
      tokens.push({ t: "num", v: ratio(BigInt(d)), arabic: false });
      j++;
      chineseChars++;
      // 三点一四, 零点六亿: decimals in Chinese numerals.
      if (text[j] === "点" && DIGITS.has(text[j + 1] ?? "") && text[j + 1] !== "两") {
        let k = j + 1;
        let frac = "";
        while (k < text.length) {
          const fd = DIGITS.get(text[k] ?? "");
          if (fd === undefined || text[k] === "两") break;
          frac += fd;
          k++;
        }
        tokens.push({ t: "frac", v: fromDecimal("0", frac) });
        chineseChars += k - j;
        j = k;
      }
      continue;
    }
    const m = UNITS.get(ch);
    if (m !== undefined) {
      if (m === 1000n && KILO_NEXT.has(text[j + 1] ?? "")) break;
      if (m === 100n && text[j + 1] === "分") break;
      if (m === pow10(4) && text[j + 1] === "分" && text[j + 2] === "之") break;
      if (last?.t === "unit" && m <= last.m) break;
      if (last?.t === "zero") break;
      tokens.push({ t: "unit", m });
      j++;
      chineseChars++;
      continue;
    }
    break;
  }
  while (tokens.length > 0 && tokens[tokens.length - 1]?.t === "zero") {
    tokens.pop();
    j--;
  }
  if (tokens.length === 0) return null;
  const value = evaluate(tokens);
  let scale = 1n;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t?.t !== "unit") break;
    scale *= t.m;
  }
  const single = tokens.length === 1 && !arabic;
  const form: NumberForm = arabic ? (chineseChars > 0 ? "scaled" : "digits") : "chinese";
  return { start: i, end: j, value, form, single, char: single ? first : "", scale, arabic };
}

function evaluate(tokens: readonly Token[]): Ratio {
  let big = ZERO; // 亿 and above
  let wan = ZERO; // the 万 part of the current 亿 group
  let section = ZERO; // below 万
  let cur: Ratio | null = null;
  let lastUnit: bigint | null = null;
  let unitJustBefore = false;
  let curAfterUnit = false;
  for (const t of tokens) {
    if (t.t === "num") {
      cur = t.v;
      curAfterUnit = unitJustBefore;
      unitJustBefore = false;
    } else if (t.t === "frac") {
      cur = add(cur ?? ZERO, t.v);
      curAfterUnit = false;
    } else if (t.t === "zero") {
      cur = null;
      lastUnit = null;
      unitJustBefore = false;
    } else if (t.m < pow10(4)) {
      section = add(section, mulInt(cur ?? ratio(1n), t.m));
      cur = null;
      lastUnit = t.m;
      unitJustBefore = true;
    } else if (t.m === pow10(4)) {
      let v = add(add(wan, section), cur ?? ZERO);
      if (v.num === 0n) v = ratio(1n);
      wan = mulInt(v, t.m);
      section = ZERO;
      cur = null;
      lastUnit = t.m;
      unitJustBefore = true;
    } else {
      let v = add(add(add(big, wan), section), cur ?? ZERO);
      if (v.num === 0n) v = ratio(1n);
      big = mulInt(v, t.m);
      wan = ZERO;
      section = ZERO;
      cur = null;
      lastUnit = t.m;
      unitJustBefore = true;
    }
  }
  // 一万五 = 15,000, 三千五 = 3,500: a last digit right after a unit ≥ 百 is one unit lower.
  if (cur !== null && curAfterUnit && lastUnit !== null && lastUnit >= 100n) cur = mulInt(cur, lastUnit / 10n);
  return add(add(add(big, wan), section), cur ?? ZERO);
}

function startsAt(text: string, i: number, word: string): boolean {
  return text.startsWith(word, i);
}

function endsAt(text: string, end: number, word: string): boolean {
  return end >= word.length && text.startsWith(word, end - word.length);
}

/** Length of the measure word at i (个月, 公里, 个, 年 …), 0 when none. */
function measureLength(text: string, i: number): number {
  const ch = text[i] ?? "";
  if (!MEASURE_FIRST.has(ch)) return 0;
  for (const w of LONG_MEASURES) if (startsAt(text, i, w)) return w.length;
  return 1;
}

interface Term {
  start: number;
  core: ChineseCore;
  kind: NumberKind;
  value: Ratio;
  high?: Ratio;
  /** Position after the term (after %, ‰). */
  end: number;
  ordinal: boolean;
}

/** (百分之|千分之|万分之)? numeral (%|‰)? (分之 numeral)?, or null. */
function readTerm(text: string, i: number): Term | null {
  let kind: NumberKind = "cardinal";
  let j = i;
  let divisor = 1n;
  if (startsAt(text, i, "百分之")) {
    kind = "percent";
    j = i + 3;
  } else if (startsAt(text, i, "千分之")) {
    kind = "permille";
    j = i + 3;
  } else if (startsAt(text, i, "万分之")) {
    kind = "percent";
    divisor = 100n;
    j = i + 3;
  }
  const core = readChineseNumeral(text, j);
  if (!core || core.end === core.start) return null;
  let value = divisor === 1n ? core.value : divInt(core.value, divisor);
  let high = core.high;
  let end = core.end;
  if (kind === "cardinal") {
    const next = text[end];
    if (next === "%" || next === "％") {
      kind = "percent";
      end++;
    } else if (next === "‰") {
      kind = "permille";
      end++;
    } else if (startsAt(text, end, "分之")) {
      const numerator = readChineseNumeral(text, end + 2);
      if (numerator && numerator.end > numerator.start && core.value.num > 0n) {
        kind = "fraction";
        value = ratio(numerator.value.num * core.value.den, numerator.value.den * core.value.num);
        high = undefined;
        end = numerator.end;
        return { start: i, core: { ...core, single: false, end }, kind, value, end, ordinal: false };
      }
    }
  }
  return { start: i, core, kind, value, high, end, ordinal: false };
}

function isCodeNumber(text: string, core: ChineseCore): boolean {
  if (!core.arabic) return false;
  const before = text.charCodeAt(core.start - 1);
  if (isLatinLetter(before)) return true;
  if ((before === 0x2d || before === 0x5f) && isLatinLetter(text.charCodeAt(core.start - 2))) return true;
  let k = core.start;
  while (k < text.length && arabicDigit(text.charCodeAt(k)) >= 0) k++;
  return isLatinLetter(text.charCodeAt(k));
}

function excludedLength(text: string, i: number): number {
  const list = EXCLUSIONS_BY_FIRST.get(text[i] ?? "");
  if (!list) return 0;
  for (const [word, unless] of list) {
    if (!startsAt(text, i, word)) continue;
    if (unless && unless.includes(text[i + word.length] ?? "\u0000")) return 0;
    return word.length;
  }
  return 0;
}

function overlapsSkip(skip: readonly Span[], s: number, from: number, to: number): boolean {
  for (let k = s; k < skip.length; k++) {
    const sp = skip[k];
    if (!sp || sp.start >= to) return false;
    if (sp.end > from) return true;
  }
  return false;
}

function couldStart(ch: string, code: number): boolean {
  return arabicDigit(code) >= 0 || DIGITS.has(ch) || UNITS.has(ch);
}

/** One-character numerals that a translation often leaves out: 一批 → "a", 万人 → "ten thousand" or "thousands". */
const WEAK_SINGLE = new Set("一壹零〇百佰千仟万萬亿億".split(""));

const VAGUE_BEFORE = new Set("数几上成".split(""));

/**
 * Every numeric expression of a Chinese sentence, in order, with UTF-16 spans.
 * `skip` (sorted, non-overlapping) are spans to leave alone, such as dates.
 */
export function extractChineseNumbers(text: string, skip: readonly Span[] = []): NumberMention[] {
  const out: NumberMention[] = [];
  let s = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (s < skip.length && (skip[s]?.end ?? 0) <= i) s++;
    const sp = skip[s];
    if (sp && sp.start <= i) {
      i = sp.end;
      continue;
    }
    const ex = excludedLength(text, i);
    if (ex > 0) {
      i += ex;
      continue;
    }
    const code = text.charCodeAt(i);
    const ch = text[i] ?? "";
    if (!couldStart(ch, code)) {
      i++;
      continue;
    }
    const term = readTerm(text, i);
    if (!term) {
      i++;
      continue;
    }
    const core = term.core;
    if (isCodeNumber(text, core)) {
      i = Math.max(core.end, i + 1);
      continue;
    }
    // 数十万, 几百, 上万, 成千: vague quantities, not figures.
    if (term.kind === "cardinal" && !core.arabic && UNITS.has(ch) && VAGUE_BEFORE.has(text[i - 1] ?? "")) {
      i = term.end;
      continue;
    }
    const mention = finishMention(text, term, skip, s);
    if (mention) out.push(mention);
    i = Math.max(mention?.end ?? term.end, i + 1);
  }
  return out;
}

function finishMention(text: string, term: Term, skip: readonly Span[], s: number): NumberMention | null {
  let start = term.start;
  let kind = term.kind;
  let value = term.value;
  let high = term.high;
  let end = term.end;
  const core = term.core;
  let coreEnd = core.end;
  let ordinal = false;
  if (text[start - 1] === "第") {
    ordinal = true;
    start--;
  }
  // A range: 3至5, 3-5, 三到五, 10%至20%, 3至5万.
  const conn = text[end] ?? "";
  if (RANGE.has(conn) && high === undefined) {
    const read = readTerm(text, end + 1);
    const second = read && !overlapsSkip(skip, s, end + 1, read.end) ? read : null;
    if (second && !isCodeNumber(text, second.core) && second.high === undefined && !second.core.single) {
      let low = value;
      if (core.scale === 1n && second.core.scale > 1n) {
        const scaled = mulInt(low, second.core.scale);
        if (scaled.num * second.value.den <= second.value.num * scaled.den) low = scaled;
      }
      let k2 = second.kind;
      if (kind === "cardinal" && (k2 === "percent" || k2 === "permille")) kind = k2;
      else if (k2 === "cardinal" && (kind === "percent" || kind === "permille")) k2 = kind;
      if (k2 === kind && kind !== "fraction") {
        value = low;
        high = second.value;
        end = second.end;
        coreEnd = second.core.end;
      }
    }
    if (high === undefined && second && core.single && second.core.single && (conn === "至" || conn === "到")) {
      value = term.value;
      high = second.value;
      end = second.end;
      coreEnd = second.core.end;
    }
  }
  let approx: Approx = core.high !== undefined && !core.arabic ? "about" : "exact";
  let suffixSeen = false;
  // 20余个, 5万多, 十几年, 十来个
  const after = text[end] ?? "";
  if (after === "余" || after === "多" || after === "几") {
    if (!(after === "多" && text[end + 1] === "少")) {
      approx = "more";
      end++;
      suffixSeen = true;
    }
  } else if (after === "来" && measureLength(text, end + 1) > 0) {
    approx = "about";
    end++;
    suffixSeen = true;
  } else if (after === "许") {
    approx = "about";
    end++;
    suffixSeen = true;
  }
  // 100多万 = more than a million, 20余万: the magnitude after the approximation.
  if (suffixSeen && approx === "more") {
    let last = 0n;
    while (UNITS.has(text[end] ?? "")) {
      const m = UNITS.get(text[end] ?? "") ?? 1n;
      if (m <= last || (m === 1000n && KILO_NEXT.has(text[end + 1] ?? ""))) break;
      value = mulInt(value, m);
      if (high !== undefined) high = mulInt(high, m);
      last = m;
      end++;
      coreEnd = end;
    }
  }
  const measure = measureLength(text, end);
  if (core.single && !ordinal && kind === "cardinal" && measure === 0 && high === undefined) return null;
  if (core.single && high !== undefined && measure === 0 && !ordinal && kind === "cardinal") return null;
  let tail = end + measure;
  if (measure > 0) {
    for (const [w, a] of SUFFIXES) {
      if (startsAt(text, tail, w)) {
        if (a !== "exact" && !suffixSeen) approx = a;
        tail += w.length;
        end = tail;
        suffixSeen = true;
        break;
      }
    }
  }
  if (!suffixSeen || approx === "exact") {
    for (const [w, a] of PREFIXES) {
      if (endsAt(text, start, w)) {
        const pastTime = w === "近" && (PAST_UNITS.has(text[core.end] ?? "") || startsAt(text, core.end, "个月"));
        if (!pastTime) {
          approx = a;
          start -= w.length;
        }
        break;
      }
    }
  }
  const weak =
    (core.single && !ordinal && kind === "cardinal" && WEAK_SINGLE.has(core.char)) ||
    (core.high !== undefined && !core.arabic);
  if (ordinal && kind === "cardinal") kind = "ordinal";
  const mention: NumberMention = {
    start,
    end,
    coreStart: core.start,
    coreEnd,
    kind,
    value,
    approx,
    weak,
    form: core.form,
  };
  if (high !== undefined) mention.high = high;
  return mention;
}
