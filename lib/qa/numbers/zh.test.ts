import { describe, expect, it } from "vitest";
import { toDecimalString } from "./value";
import { extractChineseNumbers } from "./zh";

/** "text-of-mention=kind:value[-high][ approx][ weak]" for every mention, joined by " | ". */
function read(text: string): string {
  return extractChineseNumbers(text)
    .map((m) => {
      const value = toDecimalString(m.value) + (m.high ? `-${toDecimalString(m.high)}` : "");
      const kind = m.kind === "cardinal" ? "" : `${m.kind}:`;
      return `${text.slice(m.start, m.end)}=${kind}${value}${m.approx === "exact" ? "" : ` ${m.approx}`}${m.weak ? " weak" : ""}`;
    })
    .join(" | ");
}

const TABLE: ReadonlyArray<readonly [string, string]> = [
  // Arabic digits, separators, full-width digits, decimals
  ["有123人", "123=123"],
  ["1,234人", "1,234=1234"],
  ["1，234人", "1，234=1234"],
  ["12,345,678元", "12,345,678=12345678"],
  ["１２３人", "１２３=123"],
  ["１，２３４", "１，２３４=1234"],
  ["2.75米", "2.75=2.75"],
  ["３．５公里", "３．５=3.5"],
  ["0.5", "0.5=0.5"],
  ["3，4，5号", "3=3 | 4=4 | 5=5"],
  ["1,23", "1=1 | 23=23"],
  // magnitudes with Arabic digits
  ["3.14万", "3.14万=31400"],
  ["0.6亿", "0.6亿=60000000"],
  ["1.2345万亿", "1.2345万亿=1234500000000"],
  ["200亿元", "200亿=20000000000"],
  ["3千万", "3千万=30000000"],
  ["5万", "5万=50000"],
  ["12万", "12万=120000"],
  ["1.5亿", "1.5亿=150000000"],
  ["1亿5000万元", "1亿5000万=150000000"],
  ["3万5千", "3万5千=35000"],
  ["2.5万亿元", "2.5万亿=2500000000000"],
  ["10万", "10万=100000"],
  ["3百", "3百=300"],
  ["0.01亿", "0.01亿=1000000"],
  ["4.5千", "4.5千=4500"],
  ["1.23456789亿", "1.23456789亿=123456789"],
  ["0.000001万", "0.000001万=0.01"],
  // Chinese numerals
  ["五千", "五千=5000"],
  ["四千五百万", "四千五百万=45000000"],
  ["十一", "十一=11"],
  ["十", ""],
  ["十个", "十=10"],
  ["十五", "十五=15"],
  ["二十", "二十=20"],
  ["二十三", "二十三=23"],
  ["九十九", "九十九=99"],
  ["一百", "一百=100"],
  ["一百零五", "一百零五=105"],
  ["一百一十", "一百一十=110"],
  ["三百二十一", "三百二十一=321"],
  ["一千零一", "一千零一=1001"],
  ["一千零一十", "一千零一十=1010"],
  ["两千", "两千=2000"],
  ["两万", "两万=20000"],
  ["两百五十", "两百五十=250"],
  ["一万", "一万=10000"],
  ["十万", "十万=100000"],
  ["一百万", "一百万=1000000"],
  ["一千万", "一千万=10000000"],
  ["一亿", "一亿=100000000"],
  ["十亿", "十亿=1000000000"],
  ["一百亿", "一百亿=10000000000"],
  ["一万亿", "一万亿=1000000000000"],
  ["三亿五千万", "三亿五千万=350000000"],
  ["一亿零五百万", "一亿零五百万=105000000"],
  ["五万零三百", "五万零三百=50300"],
  ["十二万三千四百五十六", "十二万三千四百五十六=123456"],
  ["九千九百九十九万九千九百九十九", "九千九百九十九万九千九百九十九=99999999"],
  ["壹佰贰拾叁", "壹佰贰拾叁=123"],
  ["叁仟伍佰元", "叁仟伍佰=3500"],
  ["兩千", "兩千=2000"],
  ["三萬", "三萬=30000"],
  // colloquial abbreviations
  ["一万五", "一万五=15000"],
  ["三千五", "三千五=3500"],
  ["两百五", "两百五=250"],
  ["一亿二", "一亿二=120000000"],
  ["三千五百", "三千五百=3500"],
  // Chinese decimals
  ["三点一四", "三点一四=3.14"],
  ["零点六亿", "零点六亿=60000000"],
  ["三点五万", "三点五万=35000"],
  ["二十三点五", "二十三点五=23.5"],
  ["一点五倍", "一点五=1.5"],
  // digit strings and years without 年 context
  ["二〇一九", "二〇一九=2019"],
  ["一九九七", "一九九七=1997"],
  ["二〇〇八", "二〇〇八=2008"],
  ["二〇", "二〇=20"],
  // percentages and permille
  ["百分之三十五", "百分之三十五=percent:35"],
  ["百分之百", "百分之百=percent:100"],
  ["百分之三点五", "百分之三点五=percent:3.5"],
  ["百分之零点五", "百分之零点五=percent:0.5"],
  ["百分之五", "百分之五=percent:5"],
  ["35%", "35%=percent:35"],
  ["35％", "35％=percent:35"],
  ["3.5%", "3.5%=percent:3.5"],
  ["5‰", "5‰=permille:5"],
  ["千分之五", "千分之五=permille:5"],
  ["万分之五", "万分之五=percent:0.05"],
  // fractions
  ["三分之一", "三分之一=fraction:1/3"],
  ["四分之三", "四分之三=fraction:0.75"],
  ["三分之二", "三分之二=fraction:2/3"],
  ["二分之一", "二分之一=fraction:0.5"],
  ["3分之2", "3分之2=fraction:2/3"],
  // ordinals
  ["第二", "第二=ordinal:2"],
  ["第3", "第3=ordinal:3"],
  ["第一", "第一=ordinal:1"],
  ["第十八届", "第十八=ordinal:18"],
  ["第１０名", "第１０=ordinal:10"],
  ["第一百零一", "第一百零一=ordinal:101"],
  // approximations
  ["三十余", "三十余=30 more"],
  ["20余个", "20余=20 more"],
  ["5万多", "5万多=50000 more"],
  ["100多万人", "100多万=1000000 more"],
  ["20余万", "20余万=200000 more"],
  ["三十多年", "三十多=30 more"],
  ["十几年", "十几=10 more"],
  ["十来个", "十来=10 about"],
  ["约50分钟", "约50=50 about"],
  ["大约3000人", "大约3000=3000 about"],
  ["近50人", "近50=50 nearly"],
  ["将近一万", "将近一万=10000 nearly"],
  ["接近90%", "接近90%=percent:90 nearly"],
  ["超过200亿元", "超过200亿=20000000000 more"],
  ["逾千", ""],
  ["逾1000人", "逾1000=1000 more"],
  ["超3000家", "超3000=3000 more"],
  ["不到10%", "不到10%=percent:10 less"],
  ["不足百人", "不足百=100 less weak"],
  ["少于5个", "少于5=5 less"],
  ["至少3次", "至少3=3 more"],
  ["50岁左右", "50岁左右=50 about"],
  ["100万元以上", "100万元以上=1000000 more"],
  ["3个月以上", "3个月以上=3 more"],
  ["10公里以下", "10公里以下=10 less"],
  ["15时许", "15时许=15 about"],
  ["多达500人", "500=500"],
  // 近 + a time unit is "the past", not "nearly"
  ["近3年", "3=3"],
  ["近5个月", "5=5"],
  ["近10天", "10=10"],
  // ranges
  ["3至5", "3至5=3-5"],
  ["3-5", "3-5=3-5"],
  ["3~5个", "3~5=3-5"],
  ["三到五个", "三到五=3-5"],
  ["三十到五十人", "三十到五十=30-50"],
  ["3至5万", "3至5万=30000-50000"],
  ["3万至5万", "3万至5万=30000-50000"],
  ["10%至20%", "10%至20%=percent:10-20"],
  ["10至20%", "10至20%=percent:10-20"],
  ["百分之十至二十", "百分之十至二十=percent:10-20"],
  ["1.5—2亿", "1.5—2亿=150000000-200000000"],
  ["三四个", "三四=3-4 about weak"],
  ["一两个", "一两=1-2 about weak"],
  ["约3至5年", "约3至5=3-5 about"],
  // one-character numerals need a measure word
  ["三个人", "三=3"],
  ["两名记者", "两=2"],
  ["十年禁渔", "十=10"],
  ["五公里", "五=5"],
  ["八美元", "八=8"],
  ["三倍", "三=3"],
  ["九号", "九=9"],
  ["一批", "一=1 weak"],
  ["一期工程", "一=1 weak"],
  ["万人", "万=10000 weak"],
  ["一个", "一=1 weak"],
  ["三峡", ""],
  ["四川", ""],
  ["两岸", ""],
  ["两国", ""],
  ["三心二意", ""],
  ["五湖四海", ""],
  // words that contain numerals but are not numbers
  ["一些", ""],
  ["一起", ""],
  ["一样", ""],
  ["一般", ""],
  ["一定", ""],
  ["统一", ""],
  ["唯一", ""],
  ["万一", ""],
  ["一带一路", ""],
  ["十分重要", ""],
  ["十分钟", "十=10"],
  ["千万不要", ""],
  ["千万元", "千万=10000000"],
  ["万分感谢", ""],
  ["之一", ""],
  ["一系列", ""],
  ["一方面", ""],
  ["十字路口", ""],
  ["三番五次", ""],
  ["四周", ""],
  ["三角", ""],
  ["七台河", ""],
  ["三门峡", ""],
  ["五四运动", ""],
  ["八一建军节", ""],
  ["十一假期", ""],
  ["十之八九", ""],
  ["成千上万", ""],
  ["一点", ""],
  ["一点五", "一点五=1.5"],
  // vague quantities
  ["数十万人", ""],
  ["几百人", ""],
  ["上万人", ""],
  // codes: digits glued to Latin letters
  ["5G网络", ""],
  ["G20峰会", ""],
  ["COVID-19", ""],
  ["A4纸", ""],
  // SI kilo-
  ["5千克", "5=5"],
  ["20万千瓦", "20万=200000"],
  ["3千米", "3=3"],
  // several in one sentence
  ["截至10月底，已签约项目20余个，总投资超过200亿元。", "10=10 | 20余=20 more | 超过200亿=20000000000 more"],
  ["9号线一期全长约32公里，共设车站25座", "9=9 | 一=1 weak | 约32=32 about | 25=25"],
  ["鱼类物种数由禁渔前的约120种增加到约150种", "约120=120 about | 约150=150 about"],
  ["最高运行速度为每小时100公里", "100=100"],
  ["多种珍稀鱼类", ""],
  ["多少人", ""],
];

describe("extractChineseNumbers: the table", () => {
  it.each(TABLE)("%s → %s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});

/** An independent writer of Chinese numerals (the textbook rules), to read back. */
function writeChinese(n: number): string {
  const d = "零一二三四五六七八九";
  const section = (x: number): string => {
    let s = "";
    let zero = false;
    const units = ["千", "百", "十", ""];
    const div = [1000, 100, 10, 1];
    for (let k = 0; k < 4; k++) {
      const q = Math.floor(x / (div[k] ?? 1)) % 10;
      if (q === 0) {
        if (s) zero = true;
        continue;
      }
      if (zero) s += "零";
      zero = false;
      s += (d[q] ?? "") + (units[k] ?? "");
    }
    return s;
  };
  if (n === 0) return "零";
  const yi = Math.floor(n / 1e8);
  const wan = Math.floor((n % 1e8) / 1e4);
  const rest = n % 1e4;
  let out = "";
  if (yi) out += section(yi) + "亿";
  if (wan) out += (out && wan < 1000 ? "零" : "") + section(wan) + "万";
  else if (out && rest) out += "零";
  if (rest) out += (out && !out.endsWith("零") && rest < 1000 ? "零" : "") + section(rest);
  return out;
}

describe("extractChineseNumbers: generated numerals read back exactly", () => {
  const samples: number[] = [];
  for (let n = 10; n <= 2000; n += 7) samples.push(n);
  for (let n = 10000; n < 100_000_000; n = Math.floor(n * 1.37) + 13) samples.push(n);
  for (let n = 100_000_000; n < 900_000_000_000; n = Math.floor(n * 2.9) + 100_003) samples.push(n);
  it(`reads ${samples.length} numerals written by the textbook rules`, () => {
    const wrong: string[] = [];
    for (const n of samples) {
      const text = writeChinese(n);
      const found = extractChineseNumbers(`${text}个`);
      const got = found.length === 1 && found[0]?.start === 0 && found[0]?.end === text.length ? toDecimalString(found[0].value) : "?";
      if (got !== String(n)) wrong.push(`${text} → ${got}, want ${n}`);
    }
    expect(wrong).toEqual([]);
    expect(samples.length).toBeGreaterThan(300);
  });

  it("reads decimal 万 and 亿 amounts without floating-point artefacts", () => {
    const wrong: string[] = [];
    for (let a = 1; a <= 999; a += 7) {
      for (const [unit, places] of [["万", 4], ["亿", 8], ["万亿", 12]] as const) {
        const text = `${Math.floor(a / 100)}.${String(a % 100).padStart(2, "0")}${unit}`;
        const want = (BigInt(a) * 10n ** BigInt(places - 2)).toString();
        const got = extractChineseNumbers(text).map((m) => toDecimalString(m.value)).join();
        if (got !== want) wrong.push(`${text} → ${got}, want ${want}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("extractChineseNumbers: spans", () => {
  it("gives UTF-16 offsets of the mention and of its core", () => {
    const text = "总投资超过200亿元。";
    const [m] = extractChineseNumbers(text);
    expect(m && text.slice(m.start, m.end)).toBe("超过200亿");
    expect(m && text.slice(m.coreStart, m.coreEnd)).toBe("200亿");
  });

  it("leaves skipped spans (dates) alone", () => {
    const text = "2019年3月有5人";
    expect(extractChineseNumbers(text, [{ start: 0, end: 7 }]).map((m) => text.slice(m.start, m.end))).toEqual(["5"]);
  });

  // Speed is measured by `npm run bench:qa`, never by a timed assertion here.
  it("reads a 100,000-character text whole, finding every number of every repetition", () => {
    const text = "截至10月底，已签约项目20余个，总投资超过200亿元，其中一批项目占百分之三十五。".repeat(2500);
    const found = extractChineseNumbers(text);
    expect(found.length).toBe(2500 * 5);
  });
});
