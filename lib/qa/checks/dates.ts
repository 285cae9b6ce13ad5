/**
 * The dates check: every date and time of a Chinese source is in the English
 * translation with the same fields (3月8日 ↔ "March 8" / "8 March", 2019年 ↔ "2019",
 * 下午3时15分 ↔ "3:15 p.m."), and the translation has no date the source lacks.
 *
 * Severities: a date missing, a different date or time, or a date the source lacks is
 * an error (with a fix when one wrong date of the same shape renders one source date);
 * a rendering that drops a stated field (2019年3月8日 → "March 8") is a warning.
 * A year or day the translation writes as a plain number ("in 2019", "on the 21st")
 * counts as rendered. Other language pairs are not checked here (the numbers check
 * compares their digits).
 */
import type { PairCheck, QaContext, QaFinding, SentencePair } from "../types";
import {
  dateShape,
  formatEnglishDate,
  looseValue,
  matchDates,
  MONTH_NAMES,
  type DateMention,
} from "../numbers/dates";
import { extractEnglishNumbers } from "../numbers/en";
import { isChineseLanguage, isEnglishLanguage } from "./numbers";
import { chineseDatesOf, englishDatesOf } from "./pair-dates";

const CHECK = "dates";

/** A date as a reader of the English expects it: "March 8, 2019", "15:15". */
export function describeDate(d: DateMention): string {
  if (d.hour !== undefined && d.month === undefined) {
    const h = d.hour;
    const min = String(d.minute ?? 0).padStart(2, "0");
    if (!d.hourFixed) return `${h}:${min}`;
    const h12 = h % 12 === 0 ? 12 : h % 12;
    return `${h12}:${min} ${h >= 12 ? "p.m." : "a.m."}`;
  }
  const month = d.month !== undefined ? MONTH_NAMES[d.month - 1] : undefined;
  if (month && d.day !== undefined) return `${month} ${d.day}${d.year !== undefined ? `, ${d.year}` : ""}`;
  if (month) return d.year !== undefined ? `${month} ${d.year}` : month;
  if (d.year !== undefined) return String(d.year);
  if (d.day !== undefined) return String(d.day);
  return "";
}

/** Compares the dates of one zh → en pair; offsets into `pair.target`. */
export function checkDates(pair: SentencePair): QaFinding[] {
  const sDates = chineseDatesOf(pair.source);
  const tDates = englishDatesOf(pair.target);
  if (sDates.length === 0 && tDates.length === 0) return [];
  const findings: QaFinding[] = [];
  const { pairs, unmatchedSource, unmatchedTarget } = matchDates(sDates, tDates);
  const src = (d: DateMention) => pair.source.slice(d.start, d.end);
  const tgt = (d: DateMention) => pair.target.slice(d.start, d.end);
  for (const [si, ti, cmp] of pairs) {
    const s = sDates[si];
    const t = tDates[ti];
    if (!s || !t || cmp !== "partial") continue;
    findings.push({
      check: CHECK, severity: "warning", start: t.start, end: t.end,
      message: { key: "qaNumbers.dateIncomplete", values: { source: src(s), target: tgt(t), expected: describeDate(s) } },
    });
  }
  // Years and days written as plain numbers: "in 2019", "on the 21st".
  let numbers: ReturnType<typeof extractEnglishNumbers> | null = null;
  const numberUsed = new Set<number>();
  const leftSource: DateMention[] = [];
  for (const i of unmatchedSource) {
    const s = sDates[i];
    if (!s) continue;
    const v = looseValue(s);
    if (v !== null) {
      numbers ??= extractEnglishNumbers(pair.target, tDates);
      const idx = numbers.findIndex(
        (n, k) => !numberUsed.has(k) && n.high === undefined && n.value.den === 1n && n.value.num === BigInt(v) && (n.kind === "cardinal" || n.kind === "ordinal"),
      );
      if (idx >= 0) {
        numberUsed.add(idx);
        continue;
      }
    }
    leftSource.push(s);
  }
  const leftTarget = unmatchedTarget.flatMap((j) => (tDates[j] ? [tDates[j]] : []));
  const targetUsed = new Set<DateMention>();
  for (const s of leftSource) {
    const t = leftTarget.find((d) => !targetUsed.has(d) && dateShape(d).replace("y", "") === dateShape(s).replace("y", "") && dateShape(d) !== "");
    if (t) {
      targetUsed.add(t);
      const finding: QaFinding = {
        check: CHECK, severity: "error", start: t.start, end: t.end,
        message: { key: "qaNumbers.dateMismatch", values: { source: src(s), target: tgt(t), expected: describeDate(s) } },
      };
      const replacement = leftSource.length === 1 ? formatEnglishDate(s, t.style) : null;
      if (replacement) finding.fix = { start: t.start, end: t.end, replacement };
      findings.push(finding);
    } else {
      findings.push({
        check: CHECK, severity: "error", start: 0, end: pair.target.length,
        message: { key: "qaNumbers.dateMissing", values: { source: src(s), expected: describeDate(s) } },
      });
    }
  }
  for (const t of leftTarget) {
    if (targetUsed.has(t)) continue;
    findings.push({ check: CHECK, severity: "error", start: t.start, end: t.end, message: { key: "qaNumbers.dateExtra", values: { target: tgt(t) } } });
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

const MAY_HOLD_DATE = /[年月日时点:：\d]/;

export const datesCheck: PairCheck = {
  id: CHECK,
  run(pair: SentencePair, ctx: QaContext): QaFinding[] {
    if (!isChineseLanguage(ctx.sourceLang) || !isEnglishLanguage(ctx.targetLang)) return [];
    if (!MAY_HOLD_DATE.test(pair.source) && !/\d|[A-Z][a-z]{2}|noon|midnight|o'clock/.test(pair.target)) return [];
    return checkDates(pair);
  },
};
