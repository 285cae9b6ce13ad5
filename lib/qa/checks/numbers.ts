/**
 * The numbers check: every number of the source sentence is in its translation,
 * and the translation has no number the source lacks, compared BY VALUE
 * (200亿元 → "20 billion yuan" is right, "2 billion yuan" is wrong).
 *
 * Severities:
 * - error: a source number missing, a number the source lacks, a wrong value (with a
 *   fix when one source number and one target number are left over), a percentage
 *   rendered as a plain number or the other way round;
 * - warning: an approximation lost or added (三十余 → "30", 50 → "about 50") or changed
 *   in direction (约 → "more than");
 * - info: "about" for 近 or "nearly" for 约, a cardinal for an ordinal (十八大 → "18th").
 *
 * Dates are the dates check's: their numbers are not counted here, and a year or a day
 * the translation writes as a bare number ("in 2019" for 2019年) is not an extra number.
 * Only a Chinese source with an English target is parsed; other pairs compare the
 * digit sequences only, as warnings.
 */
import type { PairCheck, QaContext, QaFinding, SentencePair } from "../types";
import { looseValue, matchDates, type DateMention } from "../numbers/dates";
import { extractEnglishNumbers } from "../numbers/en";
import {
  equal,
  formatDigits,
  formatEnglish,
  isPowerOfTenApart,
  toDecimalString,
  type NumberKind,
  type NumberMention,
} from "../numbers/value";
import { extractChineseNumbers } from "../numbers/zh";
import { chineseDatesOf, englishDatesOf } from "./pair-dates";

const CHECK = "numbers";

function primary(lang: string): string {
  return lang.trim().toLowerCase().split(/[-_]/, 1)[0] ?? "";
}

/** zh, zh-Hans, zh-CN, cmn, yue …: the languages the Chinese parser reads. */
export function isChineseLanguage(lang: string): boolean {
  const p = primary(lang);
  return p === "zh" || p === "cmn" || p === "yue" || p === "wuu" || p === "lzh";
}

export function isEnglishLanguage(lang: string): boolean {
  return primary(lang) === "en";
}

/**
 * Every character a Chinese number can begin with (an Arabic or full-width digit, a
 * numeral, a unit: what extractChineseNumbers starts a term at). A source without
 * one has no numbers, and most sentences have none.
 */
const ZH_NUMBER_START = /[0-9０-９〇零一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖十拾百佰千仟万萬亿億]/;

/** Source and target numbers of a zh → en pair, dates taken out. */
export function pairNumbers(pair: SentencePair): { source: NumberMention[]; target: NumberMention[] } {
  const sDates = chineseDatesOf(pair.source);
  const tDates = englishDatesOf(pair.target);
  const source = ZH_NUMBER_START.test(pair.source) ? extractChineseNumbers(pair.source, sDates) : [];
  let target = extractEnglishNumbers(pair.target, tDates);
  const loose = looseDateValues(sDates, tDates);
  if (loose.length > 0) {
    const drop = new Set<number>();
    for (const v of loose) {
      const idx = target.findIndex(
        (t, i) => !drop.has(i) && t.high === undefined && (t.kind === "cardinal" || t.kind === "ordinal") && t.value.den === 1n && t.value.num === BigInt(v),
      );
      if (idx >= 0) drop.add(idx);
    }
    target = target.filter((_, i) => !drop.has(i));
  }
  return { source, target };
}

/** Years and days of source dates that no target date renders (they may be plain numbers there). */
export function looseDateValues(sDates: readonly DateMention[], tDates: readonly DateMention[]): number[] {
  if (sDates.length === 0) return [];
  const { unmatchedSource } = matchDates(sDates, tDates);
  const out: number[] = [];
  for (const i of unmatchedSource) {
    const d = sDates[i];
    const v = d ? looseValue(d) : null;
    if (v !== null) out.push(v);
  }
  return out;
}

function sameRange(a: NumberMention, b: NumberMention): boolean {
  if (a.high === undefined || b.high === undefined) return a.high === b.high;
  return equal(a.high, b.high);
}

function kindClass(k: NumberKind): string {
  return k === "ordinal" ? "cardinal" : k;
}

/** The value as an English reader expects it, in the target's style where there is one. */
export function expectedEnglish(s: NumberMention, like?: NumberMention, targetText?: string): string {
  const style = like?.form === "digits" ? "digits" : "scaled";
  const fmt = (v: NumberMention["value"]) => (style === "digits" ? formatDigits(v) : formatEnglish(v));
  if (s.kind === "fraction") return toDecimalString(s.value);
  let body = fmt(s.value);
  if (s.high !== undefined) body = `${body} to ${fmt(s.high)}`;
  if (s.kind === "percent") {
    const word = like && targetText ? /per ?cent/i.test(targetText.slice(like.start, like.end)) : false;
    return word ? `${body} percent` : `${body}%`;
  }
  if (s.kind === "permille") return `${body}‰`;
  if (s.kind === "ordinal") return `No. ${body}`;
  return body;
}

interface Pairing {
  s: number;
  t: number;
}

/**
 * Compares source and target mentions and returns the findings (offsets into `target`).
 * Shared by the zh → en check and its tests; `sourceText`/`targetText` are for messages.
 */
export function compareNumbers(
  sourceText: string,
  targetText: string,
  source: readonly NumberMention[],
  target: readonly NumberMention[],
): QaFinding[] {
  const findings: QaFinding[] = [];
  const sUsed = new Array<boolean>(source.length).fill(false);
  const tUsed = new Array<boolean>(target.length).fill(false);
  const pairs: Pairing[] = [];
  const srcText = (m: NumberMention) => sourceText.slice(m.start, m.end);
  const tgtText = (m: NumberMention) => targetText.slice(m.start, m.end);

  const pass = (accept: (s: NumberMention, t: NumberMention) => boolean) => {
    for (let j = 0; j < target.length; j++) {
      const t = target[j];
      if (tUsed[j] || !t) continue;
      // Prefer a strong source mention, then a weak one.
      let best = -1;
      for (let i = 0; i < source.length; i++) {
        const s = source[i];
        if (sUsed[i] || !s || !equal(s.value, t.value) || !sameRange(s, t) || !accept(s, t)) continue;
        if (!s.weak) {
          best = i;
          break;
        }
        if (best < 0) best = i;
      }
      if (best >= 0) {
        sUsed[best] = true;
        tUsed[j] = true;
        pairs.push({ s: best, t: j });
      }
    }
  };
  pass((s, t) => s.kind === t.kind);
  // A range on one side may be two numbers on the other: 由120增加到150 ↔ "from 120 to 150".
  splitRanges(source, target, sUsed, tUsed);
  splitRanges(target, source, tUsed, sUsed);
  pass((s, t) => kindClass(s.kind) === kindClass(t.kind));
  pass(() => true);

  for (const { s: si, t: ti } of pairs) {
    const s = source[si];
    const t = target[ti];
    if (!s || !t) continue;
    const values = { source: srcText(s), target: tgtText(t) };
    if (kindClass(s.kind) !== kindClass(t.kind)) {
      findings.push({ check: CHECK, severity: "error", start: t.start, end: t.end, message: { key: "qaNumbers.kindMismatch", values } });
      continue;
    }
    if (s.kind !== t.kind) {
      findings.push({ check: CHECK, severity: "info", start: t.start, end: t.end, message: { key: "qaNumbers.ordinalDiffers", values } });
    }
    if (s.weak || t.weak || s.approx === t.approx) continue;
    if (t.approx === "exact") {
      findings.push({
        check: CHECK, severity: "warning", start: t.start, end: t.end,
        message: { key: "qaNumbers.approxMissing", values: { ...values, approx: s.approx } },
      });
    } else if (s.approx === "exact") {
      findings.push({
        check: CHECK, severity: "warning", start: t.start, end: t.end,
        message: { key: "qaNumbers.approxAdded", values: { ...values, approx: t.approx } },
      });
    } else {
      const close = (s.approx === "about" && t.approx === "nearly") || (s.approx === "nearly" && t.approx === "about");
      findings.push({
        check: CHECK, severity: close ? "info" : "warning", start: t.start, end: t.end,
        message: { key: "qaNumbers.approxDiffers", values: { ...values, sourceApprox: s.approx, targetApprox: t.approx } },
      });
    }
  }

  const sLeft = source.flatMap((m, i) => (sUsed[i] || m.weak ? [] : [m]));
  const tLeft = target.flatMap((m, i) => (tUsed[i] || m.weak ? [] : [m]));
  if (sLeft.length > 0 && sLeft.length === tLeft.length) {
    // As many wrong numbers as missing ones: each is a wrong value, in order.
    for (let k = 0; k < sLeft.length; k++) {
      const s = sLeft[k];
      const t = tLeft[k];
      if (!s || !t) continue;
      const expected = expectedEnglish(s, t, targetText);
      const magnitude = s.high === undefined && t.high === undefined && isPowerOfTenApart(s.value, t.value);
      const finding: QaFinding = {
        check: CHECK,
        severity: "error",
        start: t.start,
        end: t.end,
        message: { key: magnitude ? "qaNumbers.magnitude" : "qaNumbers.mismatch", values: { source: srcText(s), target: tgtText(t), expected } },
      };
      const safe =
        sLeft.length === 1 && s.kind === t.kind && s.kind !== "ordinal" && s.kind !== "fraction" &&
        s.high === undefined && t.high === undefined && (t.form === "digits" || t.form === "scaled") &&
        !toDecimalString(s.value).includes("/");
      if (safe) {
        const replacement = t.form === "digits" && !/\s/.test(targetText.slice(t.coreStart, t.coreEnd)) ? formatDigits(s.value) : formatEnglish(s.value);
        finding.fix = { start: t.coreStart, end: t.coreEnd, replacement };
      }
      findings.push(finding);
    }
  } else {
    for (const s of sLeft) {
      findings.push({
        check: CHECK, severity: "error", start: 0, end: targetText.length,
        message: { key: "qaNumbers.missing", values: { source: srcText(s), expected: expectedEnglish(s) } },
      });
    }
    for (const t of tLeft) {
      findings.push({ check: CHECK, severity: "error", start: t.start, end: t.end, message: { key: "qaNumbers.extra", values: { target: tgtText(t) } } });
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

function splitRanges(ranges: readonly NumberMention[], singles: readonly NumberMention[], rUsed: boolean[], sUsed: boolean[]): void {
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i];
    if (rUsed[i] || !r || r.high === undefined) continue;
    const high = r.high;
    const lo = singles.findIndex((m, k) => !sUsed[k] && m.high === undefined && kindClass(m.kind) === kindClass(r.kind) && equal(m.value, r.value));
    const hi = singles.findIndex((m, k) => k !== lo && !sUsed[k] && m.high === undefined && kindClass(m.kind) === kindClass(r.kind) && equal(m.value, high));
    if (lo >= 0 && hi >= 0) {
      rUsed[i] = true;
      sUsed[lo] = true;
      sUsed[hi] = true;
    }
  }
}

// Digit sequences for pairs the parsers do not read: "1.234,5" and "1,234.5" both become "12345".
const DIGIT_RUN = /(?<![\p{L}\d])\d+(?:[.,\u00a0\u202f ]\d+)*(?![\p{L}\d])/gu;

function digitRuns(text: string): Array<{ start: number; end: number; key: string }> {
  const out: Array<{ start: number; end: number; key: string }> = [];
  const normalized = text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(normalized); m !== null; m = DIGIT_RUN.exec(normalized)) {
    out.push({ start: m.index, end: m.index + m[0].length, key: m[0].replace(/\D/g, "").replace(/^0+(?=\d)/, "") });
  }
  return out;
}

/** The fallback for other language pairs: digit sequences only, as warnings. */
export function compareDigits(pair: SentencePair): QaFinding[] {
  const source = digitRuns(pair.source);
  const target = digitRuns(pair.target);
  const used = new Array<boolean>(target.length).fill(false);
  const findings: QaFinding[] = [];
  for (const s of source) {
    const j = target.findIndex((t, k) => !used[k] && t.key === s.key);
    if (j >= 0) used[j] = true;
    else {
      findings.push({
        check: CHECK, severity: "warning", start: 0, end: pair.target.length,
        message: { key: "qaNumbers.missing", values: { source: pair.source.slice(s.start, s.end), expected: pair.source.slice(s.start, s.end) } },
      });
    }
  }
  target.forEach((t, k) => {
    if (!used[k]) {
      findings.push({ check: CHECK, severity: "warning", start: t.start, end: t.end, message: { key: "qaNumbers.extra", values: { target: pair.target.slice(t.start, t.end) } } });
    }
  });
  return findings;
}

/** Fast exit: neither side can hold a number. */
const MAY_HOLD_NUMBER = /[\d０-９〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億兩]/;
const EN_NUMBER_WORD = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|half|quarter|I|II|III|IV|V|VI)\b/i;

export const numbersCheck: PairCheck = {
  id: CHECK,
  run(pair: SentencePair, ctx: QaContext): QaFinding[] {
    if (!isChineseLanguage(ctx.sourceLang) || !isEnglishLanguage(ctx.targetLang)) return compareDigits(pair);
    if (!MAY_HOLD_NUMBER.test(pair.source) && !EN_NUMBER_WORD.test(pair.target)) return [];
    const { source, target } = pairNumbers(pair);
    if (source.length === 0 && target.length === 0) return [];
    return compareNumbers(pair.source, pair.target, source, target);
  },
};
