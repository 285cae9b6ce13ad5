import { describe, expect, it } from "vitest";
import { compareDates, extractChineseDates, extractEnglishDates, formatEnglishDate, type DateMention } from "./dates";

function show(text: string, list: DateMention[]): string {
  return list
    .map((d) => {
      const f = [
        d.year !== undefined ? `y${d.year}` : "",
        d.month !== undefined ? `m${d.month}` : "",
        d.day !== undefined ? `d${d.day}` : "",
        d.hour !== undefined ? `h${d.hour}${d.hourFixed ? "" : "?"}` : "",
        d.minute !== undefined ? `i${d.minute}` : "",
      ].filter(Boolean);
      return `${text.slice(d.start, d.end)}=${f.join(",")}`;
    })
    .join(" | ");
}

const ZH: ReadonlyArray<readonly [string, string]> = [
  ["3月8日", "3月8日=m3,d8"],
  ["2019年", "2019年=y2019"],
  ["2019年3月", "2019年3月=y2019,m3"],
  ["2019年3月8日", "2019年3月8日=y2019,m3,d8"],
  ["二〇一九年三月八日", "二〇一九年三月八日=y2019,m3,d8"],
  ["十一月二十一日", "十一月二十一日=m11,d21"],
  ["11月21日，在2020重庆英才大会上", "11月21日=m11,d21"],
  ["今年8月", "8月=m8"],
  ["截至10月底", "10月=m10"],
  ["3月8号", "3月8号=m3,d8"],
  ["21日", "21日=d21"],
  ["2019-03-08", "2019-03-08=y2019,m3,d8"],
  ["下午3时15分", "下午3时15分=h15,i15"],
  ["15时15分", "15时15分=h15,i15"],
  ["15时", "15时=h15,i0"],
  ["3时", "3时=h3?,i0"],
  ["15:15", "15:15=h15,i15"],
  ["上午10点半", "上午10点半=h10,i30"],
  ["晚上8点", "晚上8点=h20,i0"],
  ["中午12时", "中午12时=h12,i0"],
  ["凌晨2时", "凌晨2时=h2,i0"],
  // not dates
  ["3年", ""],
  ["十年禁渔", ""],
  ["3个月", ""],
  ["9号线", ""],
  ["13月", ""],
  ["一日游", ""],
  ["3小时", ""],
  ["一时难以", ""],
  ["三点建议", ""],
  ["2020重庆英才大会", ""],
];

const EN: ReadonlyArray<readonly [string, string]> = [
  ["March 8", "March 8=m3,d8"],
  ["8 March", "8 March=m3,d8"],
  ["the 8th of March", "8th of March=m3,d8"],
  ["March 8th", "March 8th=m3,d8"],
  ["March 8, 2019", "March 8, 2019=y2019,m3,d8"],
  ["8 March 2019", "8 March 2019=y2019,m3,d8"],
  ["March 2019", "March 2019=y2019,m3"],
  ["in March", "March=m3"],
  ["in August this year", "August=m8"],
  ["At the end of October", "October=m10"],
  ["On November 21, at the 2020 Chongqing Talents Conference", "November 21=m11,d21"],
  ["Sept. 5", "Sept. 5=m9,d5"],
  ["2019-03-08", "2019-03-08=y2019,m3,d8"],
  ["3:15 p.m.", "3:15 p.m.=h15,i15"],
  ["3:15 pm", "3:15 pm=h15,i15"],
  ["3:15PM", "3:15PM=h15,i15"],
  ["15:15", "15:15=h15,i15"],
  ["3:15", "3:15=h3?,i15"],
  ["10 a.m.", "10 a.m.=h10,i0"],
  ["12 a.m.", "12 a.m.=h0,i0"],
  ["3 o'clock", "3 o'clock=h3?,i0"],
  ["noon", "noon=h12,i0"],
  // not dates
  ["You may go", ""],
  ["May I", ""],
  ["they march on", ""],
  ["2019", ""],
  ["20 billion", ""],
];

describe("extractChineseDates", () => {
  it.each(ZH)("%s → %s", (text, expected) => expect(show(text, extractChineseDates(text))).toBe(expected));
});

describe("extractEnglishDates", () => {
  it.each(EN)("%s → %s", (text, expected) => expect(show(text, extractEnglishDates(text))).toBe(expected));
});

describe("compareDates", () => {
  const zh = (t: string) => extractChineseDates(t)[0] as DateMention;
  const en = (t: string) => extractEnglishDates(t)[0] as DateMention;
  it.each([
    ["3月8日", "March 8", "same"],
    ["3月8日", "8 March", "same"],
    ["3月8日", "March 8, 2019", "same"],
    ["2019年3月", "March 2019", "same"],
    ["下午3时15分", "3:15 p.m.", "same"],
    ["下午3时15分", "15:15", "same"],
    ["15时15分", "3:15 pm", "same"],
    ["3时15分", "3:15", "same"],
    ["15时", "3 p.m.", "same"],
    ["2019年3月8日", "March 8", "partial"],
    ["3月8日", "March 9", "different"],
    ["3月8日", "April 8", "different"],
    ["2019年3月", "March 2018", "different"],
    ["下午3时15分", "3:15 a.m.", "different"],
    ["下午3时15分", "3:30 p.m.", "different"],
    ["15时", "3 a.m.", "different"],
    ["3月8日", "3:15 p.m.", "different"],
  ] as const)("%s vs %s → %s", (s, t, want) => expect(compareDates(zh(s), en(t))).toBe(want));
});

describe("formatEnglishDate", () => {
  const d = extractChineseDates("2019年3月8日")[0] as DateMention;
  it("keeps the writer's order", () => {
    expect(formatEnglishDate(d, "mdy")).toBe("March 8, 2019");
    expect(formatEnglishDate(d, "dmy")).toBe("8 March 2019");
    expect(formatEnglishDate(d, "iso")).toBe("2019-03-08");
    expect(formatEnglishDate(d, "my")).toBeNull();
  });
});
