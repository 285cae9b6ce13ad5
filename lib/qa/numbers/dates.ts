/**
 * Dates and times in Chinese and English, and how they correspond:
 * 3月8日 ↔ "March 8" / "8 March", 2019年 ↔ "2019", 2019年3月 ↔ "March 2019",
 * 十一月二十一日 ↔ "November 21", 下午3时15分 / 15时15分 / 15:15 ↔ "3:15 p.m." / "3:15 pm" / "15:15".
 *
 * A date mention holds only the fields the text states; a year is four digits
 * (3年 is a duration, not a year), a month 1–12, a day 1–31, and 号 is a day only
 * after 月 (9号线 is Line 9). All patterns are compiled once at load.
 */
import { readChineseNumeral, type Span } from "./zh";

export interface DateMention extends Span {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  /** The hour is unambiguous: it has a period (下午, p.m.) or is written on a 24-hour clock (15时, 15:15). */
  hourFixed?: boolean;
  /** How the English mention is written, so a fix keeps the writer's order. */
  style?: "mdy" | "dmy" | "my" | "m" | "y" | "iso" | "time";
}

const ZN = "[0-9０-９〇零一二三四五六七八九十两]";
const ZY = "[0-9０-９〇零一二三四五六七八九]";
const NOT_AFTER_DIGIT = "(?<![0-9０-９〇零一二三四五六七八九十两])";
const ZH_DATE = new RegExp(`${NOT_AFTER_DIGIT}(?:(${ZY}{4})年)?(?:(${ZN}{1,3})月(?:(${ZN}{1,3})[日号])?)?`, "g");
const ZH_DAY = new RegExp(`${NOT_AFTER_DIGIT}(${ZN}{1,3})日`, "g");
const ZH_PERIOD = "上午|下午|晚上|中午|凌晨|早上|傍晚|夜间|晚间|清晨|早晨|夜里|午后|深夜";
const ZH_TIME = new RegExp(
  `(${ZH_PERIOD})?${NOT_AFTER_DIGIT}(${ZN}{1,3})(时|点)(?:(${ZN}{1,3})分|(半)|(一刻)|(三刻))?(钟)?`,
  "g",
);
const CLOCK = /(?<![\d:：])(\d{1,2})[:：](\d{2})(?![\d:：])(?:\s*(a\.m\.?|p\.m\.?|am|pm)(?![a-z]))?/gi;
const ISO = /(?<![\d-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d-])/g;

const PM_PERIODS = new Set(["下午", "晚上", "傍晚", "夜间", "晚间", "夜里", "午后", "深夜"]);

function zhValue(s: string | undefined): number | null {
  if (!s) return null;
  const core = readChineseNumeral(s, 0);
  if (!core || core.end !== s.length || core.value.den !== 1n || core.high !== undefined) return null;
  return Number(core.value.num);
}

function overlaps(list: readonly DateMention[], start: number, end: number): boolean {
  for (const d of list) if (d.start < end && start < d.end) return true;
  return false;
}

function byStart(a: DateMention, b: DateMention): number {
  return a.start - b.start || b.end - a.end;
}

/** Keeps the earliest, then longest, of overlapping mentions. */
function disjoint(all: DateMention[]): DateMention[] {
  all.sort(byStart);
  const out: DateMention[] = [];
  let end = -1;
  for (const d of all) {
    if (d.start >= end) {
      out.push(d);
      end = d.end;
    }
  }
  return out;
}

function hour24(hour: number, pm: boolean | null, period?: string): { hour: number; fixed: boolean } {
  if (period === "中午") return { hour: hour < 6 ? hour + 12 : hour, fixed: true };
  if (pm === true) return { hour: hour < 12 ? hour + 12 : hour, fixed: true };
  if (pm === false) return { hour: hour === 12 ? 0 : hour, fixed: true };
  return { hour, fixed: hour > 12 || hour === 0 };
}

function clockTimes(text: string, out: DateMention[]): void {
  CLOCK.lastIndex = 0;
  for (let m = CLOCK.exec(text); m !== null; m = CLOCK.exec(text)) {
    const h = Number(m[1]);
    const min = Number(m[2]);
    if (h > 24 || min > 59) continue;
    const mer = m[3]?.toLowerCase();
    const h24 = hour24(h, mer === undefined ? null : mer.startsWith("p"), undefined);
    out.push({ start: m.index, end: m.index + m[0].length, hour: h24.hour, minute: min, hourFixed: h24.fixed || m[1]?.length === 2 && h >= 13, style: "time" });
  }
}

function isoDates(text: string, out: DateMention[]): void {
  ISO.lastIndex = 0;
  for (let m = ISO.exec(text); m !== null; m = ISO.exec(text)) {
    const month = Number(m[3]);
    const day = Number(m[4]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    out.push({ start: m.index, end: m.index + m[0].length, year: Number(m[1]), month, day, style: "iso" });
  }
}

/** Dates and times of a Chinese sentence, in order, without overlaps. */
export function extractChineseDates(text: string): DateMention[] {
  if (!/[年月日时点:：\-/]/.test(text)) return [];
  const all: DateMention[] = [];
  isoDates(text, all);
  clockTimes(text, all);
  ZH_DATE.lastIndex = 0;
  for (let m = ZH_DATE.exec(text); m !== null; m = ZH_DATE.exec(text)) {
    if (m[0] === "") {
      ZH_DATE.lastIndex++;
      continue;
    }
    const d: DateMention = { start: m.index, end: m.index + m[0].length };
    const year = zhValue(m[1]);
    const month = zhValue(m[2]);
    const day = zhValue(m[3]);
    if (m[1] !== undefined && year !== null) d.year = year;
    if (m[2] !== undefined) {
      if (month === null || month < 1 || month > 12) {
        if (d.year === undefined) continue;
        d.end = m.index + (m[1]?.length ?? 0) + 1;
      } else {
        d.month = month;
        if (m[3] !== undefined) {
          if (day !== null && day >= 1 && day <= 31) d.day = day;
          else d.end -= (m[3]?.length ?? 0) + 1;
        }
      }
    }
    if (d.year === undefined && d.month === undefined) continue;
    all.push(d);
  }
  ZH_DAY.lastIndex = 0;
  for (let m = ZH_DAY.exec(text); m !== null; m = ZH_DAY.exec(text)) {
    const raw = m[1] ?? "";
    const day = zhValue(raw);
    if (day === null || day < 1 || day > 31) continue;
    if (!/[0-9０-９]/.test(raw) && raw.length < 2) continue; // 一日游, 三日: not dates
    if (text[m.index - 1] === "月") continue;
    all.push({ start: m.index, end: m.index + m[0].length, day });
  }
  ZH_TIME.lastIndex = 0;
  for (let m = ZH_TIME.exec(text); m !== null; m = ZH_TIME.exec(text)) {
    const period = m[1];
    const raw = m[2] ?? "";
    const h = zhValue(raw);
    if (h === null || h > 24) continue;
    const minute = m[4] !== undefined ? zhValue(m[4]) : m[5] ? 30 : m[6] ? 15 : m[7] ? 45 : 0;
    if (minute === null || minute > 59) continue;
    const arabic = /[0-9０-９]/.test(raw);
    const hasMinute = m[4] !== undefined || m[5] !== undefined || m[6] !== undefined || m[7] !== undefined;
    // 一时 "for a moment", 三点 "three points": a time needs a period, minutes, Arabic digits (时) or 钟.
    if (!period && !hasMinute && !m[8] && !(arabic && m[3] === "时") && !(raw.length >= 2 && m[3] === "时")) continue;
    const pm = period === undefined ? null : PM_PERIODS.has(period) ? true : period === "中午" ? null : false;
    const h24 = hour24(h, pm, period);
    all.push({ start: m.index, end: m.index + m[0].length, hour: h24.hour, minute, hourFixed: h24.fixed || h >= 13, style: "time" });
  }
  return disjoint(all);
}

const MONTHS = new Map<string, number>([
  ["january", 1], ["february", 2], ["march", 3], ["april", 4], ["may", 5], ["june", 6], ["july", 7], ["august", 8],
  ["september", 9], ["october", 10], ["november", 11], ["december", 12],
  ["jan", 1], ["feb", 2], ["mar", 3], ["apr", 4], ["jun", 6], ["jul", 7], ["aug", 8], ["sep", 9], ["sept", 9],
  ["oct", 10], ["nov", 11], ["dec", 12],
]);
export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const MONTH_RE =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
const EN_MDY = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, "g");
const EN_DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?![a-z])(?:,?\\s+(\\d{4})\\b)?`, "g");
const EN_MY = new RegExp(`\\b${MONTH_RE}(?![a-z])(?:,?\\s+(?:of\\s+)?(\\d{4})\\b)?`, "g");
const EN_TIME = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.m\.?|p\.m\.?|am|pm)(?![a-z])/gi;
const EN_OCLOCK = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['’]clock\b/gi;
const EN_NOON = /\b(noon|midday|midnight)\b/gi;
const CLOCK_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
/** "May" and "March" are months only beside a number or after one of these words. */
const MONTH_CONTEXT = /(?:\b(?:in|of|since|until|till|by|from|early|late|mid|end|last|next|this|before|after|during|through)\s+|-)$/i;

function monthOf(raw: string): number | null {
  return MONTHS.get(raw.replace(/\.$/, "").toLowerCase()) ?? null;
}

/** Dates and times of an English sentence, in order, without overlaps. */
export function extractEnglishDates(text: string): DateMention[] {
  const all: DateMention[] = [];
  // Each pattern below needs an ASCII digit or a month name (or o'clock, noon): without
  // one it cannot match, and most sentences have no date, so ask the cheap question first.
  const digit = hasAsciiDigit(text);
  const month = MONTH_NEEDS.test(text);
  if (digit) {
    isoDates(text, all);
    clockTimes(text, all);
  }
  if (digit && month) {
    englishDayDates(text, all);
  }
  if (month) englishMonths(text, all);
  if (digit) englishTimes(text, all);
  if (OCLOCK_NEEDS.test(text)) englishOclock(text, all);
  if (NOON_NEEDS.test(text)) englishNoon(text, all);
  return disjoint(all);
}

/** What MONTH_RE needs: the first three letters of a month name, as written. */
const MONTH_NEEDS = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const OCLOCK_NEEDS = /o['’]clock/i;
const NOON_NEEDS = /noon|midday|midnight/i;

function hasAsciiDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}

/** "March 8, 2019" and "8 March 2019". */
function englishDayDates(text: string, all: DateMention[]): void {
  EN_MDY.lastIndex = 0;
  for (let m = EN_MDY.exec(text); m !== null; m = EN_MDY.exec(text)) {
    const month = monthOf(m[1] ?? "");
    const day = Number(m[2]);
    if (month === null || day < 1 || day > 31) continue;
    const d: DateMention = { start: m.index, end: m.index + m[0].length, month, day, style: "mdy" };
    if (m[3]) d.year = Number(m[3]);
    all.push(d);
  }
  EN_DMY.lastIndex = 0;
  for (let m = EN_DMY.exec(text); m !== null; m = EN_DMY.exec(text)) {
    const month = monthOf(m[2] ?? "");
    const day = Number(m[1]);
    if (month === null || day < 1 || day > 31) continue;
    const d: DateMention = { start: m.index, end: m.index + m[0].length, month, day, style: "dmy" };
    if (m[3]) d.year = Number(m[3]);
    all.push(d);
  }
}

/** "March 2019", "in May". */
function englishMonths(text: string, all: DateMention[]): void {
  EN_MY.lastIndex = 0;
  for (let m = EN_MY.exec(text); m !== null; m = EN_MY.exec(text)) {
    const name = m[1] ?? "";
    const month = monthOf(name);
    if (month === null) continue;
    if ((name === "May" || name === "March") && !m[2] && !MONTH_CONTEXT.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const d: DateMention = { start: m.index, end: m.index + m[0].length, month, style: m[2] ? "my" : "m" };
    if (m[2]) d.year = Number(m[2]);
    all.push(d);
  }
}

/** "3 p.m.", "3:15 pm". */
function englishTimes(text: string, all: DateMention[]): void {
  EN_TIME.lastIndex = 0;
  for (let m = EN_TIME.exec(text); m !== null; m = EN_TIME.exec(text)) {
    const h = Number(m[1]);
    const min = m[2] ? Number(m[2]) : 0;
    if (h < 1 || h > 12 || min > 59) continue;
    const h24 = hour24(h, (m[3] ?? "").toLowerCase().startsWith("p"));
    all.push({ start: m.index, end: m.index + m[0].length, hour: h24.hour, minute: min, hourFixed: true, style: "time" });
  }
}

/** "3 o'clock", "three o’clock". */
function englishOclock(text: string, all: DateMention[]): void {
  EN_OCLOCK.lastIndex = 0;
  for (let m = EN_OCLOCK.exec(text); m !== null; m = EN_OCLOCK.exec(text)) {
    const raw = (m[1] ?? "").toLowerCase();
    const h = /\d/.test(raw) ? Number(raw) : CLOCK_WORDS.indexOf(raw) + 1;
    if (h < 1 || h > 12) continue;
    all.push({ start: m.index, end: m.index + m[0].length, hour: h, minute: 0, hourFixed: false, style: "time" });
  }
}

/** "noon", "midday", "midnight". */
function englishNoon(text: string, all: DateMention[]): void {
  EN_NOON.lastIndex = 0;
  for (let m = EN_NOON.exec(text); m !== null; m = EN_NOON.exec(text)) {
    const midnight = (m[1] ?? "").toLowerCase() === "midnight";
    all.push({ start: m.index, end: m.index + m[0].length, hour: midnight ? 0 : 12, minute: 0, hourFixed: true, style: "time" });
  }
}

function hours(d: DateMention): number[] {
  const h = d.hour ?? -1;
  if (d.hourFixed || h < 0) return [h];
  return h === 12 ? [12, 0] : [h, (h + 12) % 24];
}

export type DateComparison = "same" | "partial" | "different";

/**
 * How a target date renders a source date: "same" when every field the source states
 * is equal in the target (the target may add a year), "partial" when none differs
 * but the target leaves one out (2019年3月8日 → "March 8"), else "different".
 */
export function compareDates(source: DateMention, target: DateMention): DateComparison {
  const common =
    (source.year !== undefined && target.year !== undefined ? 1 : 0) +
    (source.month !== undefined && target.month !== undefined ? 1 : 0) +
    (source.day !== undefined && target.day !== undefined ? 1 : 0) +
    (source.hour !== undefined && target.hour !== undefined ? 1 : 0);
  if (common === 0) return "different";
  let missing = false;
  for (const f of ["year", "month", "day"] as const) {
    const s = source[f];
    if (s === undefined) continue;
    const t = target[f];
    if (t === undefined) missing = true;
    else if (t !== s) return "different";
  }
  if (source.hour !== undefined) {
    if (target.hour === undefined) missing = true;
    else {
      const th = hours(target);
      if (!hours(source).some((h) => th.includes(h))) return "different";
      if ((source.minute ?? 0) !== (target.minute ?? 0)) return "different";
    }
  }
  return missing ? "partial" : "same";
}

/** The fields a mention states, as a shape: "ymd", "md", "y", "t" … */
export function dateShape(d: DateMention): string {
  return (d.year !== undefined ? "y" : "") + (d.month !== undefined ? "m" : "") + (d.day !== undefined ? "d" : "") + (d.hour !== undefined ? "t" : "");
}

export interface DateMatch {
  /** [source index, target index, comparison] for every matched pair. */
  pairs: Array<readonly [number, number, DateComparison]>;
  unmatchedSource: number[];
  unmatchedTarget: number[];
}

/** Pairs source and target dates: equal ones first, then incomplete renderings, in order. */
export function matchDates(source: readonly DateMention[], target: readonly DateMention[]): DateMatch {
  const sUsed = new Array<boolean>(source.length).fill(false);
  const tUsed = new Array<boolean>(target.length).fill(false);
  const pairs: Array<readonly [number, number, DateComparison]> = [];
  for (const wanted of ["same", "partial"] as const) {
    for (let i = 0; i < source.length; i++) {
      if (sUsed[i]) continue;
      const s = source[i];
      if (!s) continue;
      for (let j = 0; j < target.length; j++) {
        const t = target[j];
        if (tUsed[j] || !t) continue;
        if (compareDates(s, t) === wanted) {
          sUsed[i] = true;
          tUsed[j] = true;
          pairs.push([i, j, wanted]);
          break;
        }
      }
    }
  }
  return {
    pairs,
    unmatchedSource: sUsed.flatMap((u, i) => (u ? [] : [i])),
    unmatchedTarget: tUsed.flatMap((u, i) => (u ? [] : [i])),
  };
}

/** The value a source date leaves for a plain target number to carry: 2019年 → "in 2019", 21日 → "on the 21st". */
export function looseValue(d: DateMention): number | null {
  const shape = dateShape(d);
  if (shape === "y") return d.year ?? null;
  if (shape === "d") return d.day ?? null;
  return null;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The source date written in the target mention's style: "March 8, 2019", "8 March", "March 2019", "2019-03-08". */
export function formatEnglishDate(source: DateMention, style: DateMention["style"]): string | null {
  const month = source.month !== undefined ? MONTH_NAMES[source.month - 1] : undefined;
  switch (style) {
    case "mdy":
      if (!month || source.day === undefined) return null;
      return `${month} ${source.day}${source.year !== undefined ? `, ${source.year}` : ""}`;
    case "dmy":
      if (!month || source.day === undefined) return null;
      return `${source.day} ${month}${source.year !== undefined ? ` ${source.year}` : ""}`;
    case "my":
    case "m":
      if (!month || source.day !== undefined) return null;
      return source.year !== undefined ? `${month} ${source.year}` : month;
    case "iso":
      if (source.year === undefined || source.month === undefined || source.day === undefined) return null;
      return `${source.year}-${pad2(source.month)}-${pad2(source.day)}`;
    default:
      return null;
  }
}

export { overlaps as overlapsDate };
