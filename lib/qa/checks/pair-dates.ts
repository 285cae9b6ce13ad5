/**
 * The dates of the pair being checked, shared by the numbers and the dates
 * check: both need the same extraction of the same two texts, and runQa
 * runs the pair checks one after the other on each pair. One entry per
 * side (the last text asked about), so nothing outlives the next pair.
 * The arrays returned are shared: callers read them, never change them.
 */
import { extractChineseDates, extractEnglishDates, type DateMention } from "../numbers/dates";

function lastTextMemo(extract: (text: string) => DateMention[]): (text: string) => readonly DateMention[] {
  let lastText: string | null = null;
  let lastDates: DateMention[] = [];
  return (text) => {
    if (text !== lastText) {
      lastDates = extract(text);
      lastText = text;
    }
    return lastDates;
  };
}

/** `extractChineseDates(text)`, computed once for consecutive calls on the same text. */
export const chineseDatesOf = lastTextMemo(extractChineseDates);

/** `extractEnglishDates(text)`, computed once for consecutive calls on the same text. */
export const englishDatesOf = lastTextMemo(extractEnglishDates);
