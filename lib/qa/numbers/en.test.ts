import { describe, expect, it } from "vitest";
import { extractEnglishNumbers } from "./en";
import { toDecimalString } from "./value";

function read(text: string): string {
  return extractEnglishNumbers(text)
    .map((m) => {
      const value = toDecimalString(m.value) + (m.high ? `-${toDecimalString(m.high)}` : "");
      const kind = m.kind === "cardinal" ? "" : `${m.kind}:`;
      return `${text.slice(m.start, m.end)}=${kind}${value}${m.approx === "exact" ? "" : ` ${m.approx}`}${m.weak ? " weak" : ""}`;
    })
    .join(" | ");
}

const TABLE: ReadonlyArray<readonly [string, string]> = [
  // digits
  ["123 people", "123=123"],
  ["1,234 people", "1,234=1234"],
  ["31,400", "31,400=31400"],
  ["12,345,678", "12,345,678=12345678"],
  ["2.75 metres", "2.75=2.75"],
  ["0.5", "0.5=0.5"],
  ["Beijing,Shanghai", ""],
  ["1,23", "1=1 | 23=23"],
  // magnitudes
  ["20 billion yuan", "20 billion=20000000000"],
  ["1.2 million", "1.2 million=1200000"],
  ["1.2345 trillion", "1.2345 trillion=1234500000000"],
  ["3 thousand", "3 thousand=3000"],
  ["60 million", "60 million=60000000"],
  ["0.6 billion", "0.6 billion=600000000"],
  ["2 hundred", "2 hundred=200"],
  ["5 hundred thousand", "5 hundred thousand=500000"],
  ["$3bn", "3bn=3000000000"],
  ["20mn", "20mn=20000000"],
  ["1.5tn", "1.5tn=1500000000000"],
  // spelled
  ["twenty-five", "twenty-five=25"],
  ["twenty five", "twenty five=25"],
  ["three hundred", "three hundred=300"],
  ["three hundred and five", "three hundred and five=305"],
  ["a million", "a million=1000000"],
  ["a hundred", "a hundred=100"],
  ["a thousand", "a thousand=1000"],
  ["one hundred thousand", "one hundred thousand=100000"],
  ["two million five hundred thousand", "two million five hundred thousand=2500000"],
  ["ninety-nine", "ninety-nine=99"],
  ["eleven", "eleven=11"],
  ["nineteen", "nineteen=19"],
  ["twelve thousand", "twelve thousand=12000"],
  ["half a million", "half a million=500000"],
  ["one", "one=1 weak"],
  ["the two parties", "two=2 weak"],
  ["ten-year ban", "ten=10 weak"],
  ["zero", "zero=0 weak"],
  ["a man", ""],
  ["someone", ""],
  ["the forty thieves", "forty=40"],
  // percentages
  ["35%", "35%=percent:35"],
  ["35 percent", "35 percent=percent:35"],
  ["35 per cent", "35 per cent=percent:35"],
  ["3.5 pct", "3.5 pct=percent:3.5"],
  ["thirty-five percent", "thirty-five percent=percent:35"],
  ["5‰", "5‰=permille:5"],
  ["3 percentage points", "3 percentage points=3"],
  // ordinals
  ["second", "second=ordinal:2 weak"],
  ["first", "first=ordinal:1 weak"],
  ["third", "third=ordinal:3"],
  ["2nd", "2nd=ordinal:2"],
  ["21st", "21st=ordinal:21"],
  ["3rd", "3rd=ordinal:3"],
  ["100th", "100th=ordinal:100"],
  ["twenty-first", "twenty-first=ordinal:21"],
  ["eighteenth", "eighteenth=ordinal:18"],
  ["thirtieth", "thirtieth=ordinal:30"],
  ["No. 1 Middle School", "1=ordinal:1"],
  // fractions
  ["one third", "one third=fraction:1/3"],
  ["a third", "a third=fraction:1/3"],
  ["two-thirds", "two-thirds=fraction:2/3"],
  ["three quarters", "three quarters=fraction:0.75"],
  ["a quarter", "a quarter=fraction:0.25"],
  ["1/3", "1/3=fraction:1/3"],
  // Roman numerals after a context word
  ["Line 9 Phase I", "9=9 | I=1"],
  ["World War II", "II=2"],
  ["I think", ""],
  // approximations
  ["more than 30", "more than 30=30 more"],
  ["over 20 billion yuan", "over 20 billion=20000000000 more"],
  ["in excess of 5", "in excess of 5=5 more"],
  ["at least 3", "at least 3=3 more"],
  ["about 50", "about 50=50 about"],
  ["around 4", "around 4=4 about"],
  ["approximately 120", "approximately 120=120 about"],
  ["roughly 7", "roughly 7=7 about"],
  ["some 30 people", "some 30=30 about"],
  ["an estimated 1,000", "an estimated 1,000=1000 about"],
  ["nearly 3", "nearly 3=3 nearly"],
  ["almost 90%", "almost 90%=percent:90 nearly"],
  ["close to 2 million", "close to 2 million=2000000 nearly"],
  ["less than 10%", "less than 10%=percent:10 less"],
  ["fewer than 5", "fewer than 5=5 less"],
  ["under 18", "under 18=18 less"],
  ["30 or more", "30 or more=30 more"],
  ["50 or so", "50 or so=50 about"],
  ["more than twenty", "more than twenty=20 more"],
  // ranges
  ["3 to 5", "3 to 5=3-5"],
  ["3-5", "3-5=3-5"],
  ["3–5", "3–5=3-5"],
  ["between 3 and 5", "between 3 and 5=3-5"],
  ["from 3 to 5", "3 to 5=3-5"],
  ["3 to 5 million", "3 to 5 million=3000000-5000000"],
  ["10% to 20%", "10% to 20%=percent:10-20"],
  ["10 to 20 percent", "10 to 20 percent=percent:10-20"],
  ["three to five", "three to five=3-5 weak"],
  ["about 3 to 5", "about 3 to 5=3-5 about"],
  ["from about 120 to about 150", "about 120=120 about | about 150=150 about"],
  // codes
  ["5G", ""],
  ["G20", ""],
  ["COVID-19", ""],
  ["the 1990s", ""],
  ["MP3 player", ""],
  // sentences
  [
    "more than 20 university research institute projects have a total investment of over 20 billion yuan.",
    "more than 20=20 more | over 20 billion=20000000000 more",
  ],
  ["The line adopts 6-car marshalling A-type vehicles, the maximum running speed is 100 kilometers per hour.", "6=6 | 100=100"],
];

describe("extractEnglishNumbers: the table", () => {
  it.each(TABLE)("%s → %s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});

describe("extractEnglishNumbers: spans", () => {
  it("gives the core a fix replaces, apart from approximation and percent words", () => {
    const text = "over 2 billion yuan and about 35 percent";
    const [a, b] = extractEnglishNumbers(text);
    expect(a && text.slice(a.coreStart, a.coreEnd)).toBe("2 billion");
    expect(a && text.slice(a.start, a.end)).toBe("over 2 billion");
    expect(b && text.slice(b.coreStart, b.coreEnd)).toBe("35");
    expect(b && text.slice(b.start, b.end)).toBe("about 35 percent");
  });

  it("leaves skipped spans alone", () => {
    const text = "On March 8, 5 people came";
    expect(extractEnglishNumbers(text, [{ start: 3, end: 10 }]).map((m) => text.slice(m.start, m.end))).toEqual(["5"]);
  });
});
