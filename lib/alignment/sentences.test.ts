import { describe, expect, it } from "vitest";
import { isCjkLanguage } from "./chars";
import { splitSentences, type Sentence } from "./sentences";
import { DEMO_EN, DEMO_ZH } from "./test-fixtures";

const texts = (text: string, lang: string): string[] => splitSentences(text, lang).map((s) => s.text);

/** Offsets must point back into the input, trimmed, non-empty, in order and without overlap. */
function expectFaithful(text: string, sentences: Sentence[]): void {
  // One assertion for the lot: a megabyte yields tens of thousands of sentences.
  let previousEnd = 0;
  const broken = sentences.filter((s) => {
    const ok = text.slice(s.start, s.end) === s.text && s.text === s.text.trim() && s.text !== "" && s.start >= previousEnd;
    previousEnd = s.end;
    return !ok;
  });
  expect(broken).toEqual([]);
}

describe("isCjkLanguage", () => {
  it.each(["zh", "zh-Hans", "zh-Hant-TW", "ZH", "ja", "ja_JP", "ko-KR", "yue"])("%s is CJK", (lang) => {
    expect(isCjkLanguage(lang)).toBe(true);
  });
  it.each(["en", "en-US", "fr", "de", "vi", "", "zu"])("%s is not", (lang) => {
    expect(isCjkLanguage(lang)).toBe(false);
  });
});

describe("splitSentences: Chinese", () => {
  it("splits the demo article into its two sentences with exact offsets", () => {
    const sentences = splitSentences(DEMO_ZH, "zh-Hans");
    expect(sentences).toEqual([
      { text: DEMO_ZH.slice(0, DEMO_ZH.indexOf("。") + 1), start: 0, end: DEMO_ZH.indexOf("。") + 1 },
      { text: "双方将在西部（重庆）科学城共建北京大学重庆大数据研究院。", start: DEMO_ZH.indexOf("双方"), end: DEMO_ZH.length },
    ]);
  });

  it("keeps closing quotes with the sentence they close", () => {
    expect(texts("他说：“好。”然后离开。", "zh")).toEqual(["他说：“好。”", "然后离开。"]);
    expect(texts("“他说：“好。”然后离开。”", "zh")).toEqual(["“他说：“好。”", "然后离开。”"]);
    expect(texts("她问：「真的吗？」他点头。『是的！』", "ja")).toEqual(["她问：「真的吗？」", "他点头。", "『是的！』"]);
    expect(texts("（完。）下一篇。", "zh")).toEqual(["（完。）", "下一篇。"]);
  });

  it("ends sentences at ！？； and the …… ellipsis", () => {
    expect(texts("太好了！真的吗？当然；可以……他笑了。", "zh")).toEqual(["太好了！", "真的吗？", "当然；", "可以……", "他笑了。"]);
  });

  it("ends at half-width ! ? ; only before CJK text or the end", () => {
    expect(texts("好!我们走吧?当然;", "zh")).toEqual(["好!", "我们走吧?", "当然;"]);
    expect(texts("访问 example.com/?q=1 了解更多。", "zh")).toEqual(["访问 example.com/?q=1 了解更多。"]);
  });

  it("keeps decimals, abbreviations and Latin words inside Chinese sentences", () => {
    expect(texts("GDP增长3.5%。U.S.总统和Dr. Smith出席。", "zh")).toEqual(["GDP增长3.5%。", "U.S.总统和Dr. Smith出席。"]);
    expect(texts("总投资超过20.5亿元。A股市场上涨。", "zh")).toEqual(["总投资超过20.5亿元。", "A股市场上涨。"]);
  });

  it("handles an English sentence quoted in Chinese", () => {
    const text = "他说：“We will win. They will lose.”比赛开始了。";
    expect(texts(text, "zh")).toEqual(["他说：“We will win.", "They will lose.”比赛开始了。"]);
    expectFaithful(text, splitSentences(text, "zh"));
  });
});

describe("splitSentences: Latin script", () => {
  it("splits the demo translation into its two sentences", () => {
    expect(texts(DEMO_EN, "en")).toEqual([
      "Chongqing Daily News (Reporter Li Xingting and Zhang Yizhu) On November 21, at the 2020 Chongqing Talents Conference, Chongqing High-tech Zone and Peking University signed a cooperation protocol.",
      "The two parties will jointly build the Chongqing Big Data Research Institute of Peking University in the Western (Chongqing) Science City.",
    ]);
  });

  it("keeps abbreviations, decimals and initials whole", () => {
    expect(texts("Dr. Smith paid $3.5 million to J. K. Rowling. She declined.", "en")).toEqual([
      "Dr. Smith paid $3.5 million to J. K. Rowling.",
      "She declined.",
    ]);
    expect(texts("Li X. Zhang met Mr. Wang and Prof. Li at 5 p.m. on Jan. 3. Output rose to 20.5 billion yuan.", "en")).toEqual([
      "Li X. Zhang met Mr. Wang and Prof. Li at 5 p.m. on Jan. 3.",
      "Output rose to 20.5 billion yuan.",
    ]);
    expect(texts("Apple Inc. reported results, e.g. sales, vs. last year. Gov. Li spoke.", "en")).toEqual([
      "Apple Inc. reported results, e.g. sales, vs. last year.",
      "Gov. Li spoke.",
    ]);
    expect(texts("I. M. Pei designed it. No. 5 was next.", "en")).toEqual(["I. M. Pei designed it.", "No. 5 was next."]);
  });

  it("lets abbreviations that can close a sentence close one before a typical opener", () => {
    expect(texts("Li held talks with the U.S. The talks ended.", "en")).toEqual(["Li held talks with the U.S.", "The talks ended."]);
    expect(texts("The U.S. President arrived.", "en")).toEqual(["The U.S. President arrived."]);
    expect(texts("They fought in World War I. The war ended in 1918.", "en")).toEqual([
      "They fought in World War I.",
      "The war ended in 1918.",
    ]);
  });

  it("needs a capital, digit or opening quote after the terminator", () => {
    expect(texts('"Why?" he asked. "Because." 2020 was hard... And then?', "en")).toEqual([
      '"Why?" he asked.',
      '"Because."',
      "2020 was hard...",
      "And then?",
    ]);
    expect(texts("It was great!! Really?! (Yes.) Fine.", "en")).toEqual(["It was great!!", "Really?!", "(Yes.)", "Fine."]);
  });

  it("keeps numbered list markers with their item", () => {
    expect(texts("1. The first point. 2. The second point.", "en")).toEqual(["1. The first point.", "2. The second point."]);
  });

  it("handles French spaced guillemets and M. for Monsieur", () => {
    expect(texts("Il a dit : « Bonjour. » Puis il est parti. M. Dupont a répondu.", "fr")).toEqual([
      "Il a dit : « Bonjour. »",
      "Puis il est parti.",
      "M. Dupont a répondu.",
    ]);
  });

  it("does not crash on untranslated Chinese inside English", () => {
    const text = "The slogan “为人民服务。” was painted. 双方签署协议。双方将共建研究院。 Then it ended.";
    expect(texts(text, "en")).toEqual([
      "The slogan “为人民服务。” was painted.",
      "双方签署协议。",
      "双方将共建研究院。",
      "Then it ended.",
    ]);
    expectFaithful(text, splitSentences(text, "en"));
  });
});

describe("splitSentences: edge cases", () => {
  it("returns nothing for empty or blank input", () => {
    expect(splitSentences("", "en")).toEqual([]);
    expect(splitSentences("  \n\t\u3000 ", "zh")).toEqual([]);
    expect(splitSentences("。。。", "zh")).toEqual([{ text: "。。。", start: 0, end: 3 }]);
  });

  it("trims and reports offsets of the trimmed text", () => {
    expect(splitSentences("  Hello there.   Bye.  ", "en")).toEqual([
      { text: "Hello there.", start: 2, end: 14 },
      { text: "Bye.", start: 17, end: 21 },
    ]);
  });

  it("keeps text without a terminator as one sentence and ends sentences at line breaks", () => {
    expect(texts("A headline without a full stop", "en")).toEqual(["A headline without a full stop"]);
    expect(texts("Beijing, Nov. 21\nThe talks began", "en")).toEqual(["Beijing, Nov. 21", "The talks began"]);
  });

  it("uses UTF-16 offsets across astral characters", () => {
    const text = "𠮷野家开业。顾客很多。";
    const sentences = splitSentences(text, "ja");
    expect(sentences.map((s) => [s.start, s.end])).toEqual([[0, 7], [7, 12]]);
    expectFaithful(text, sentences);
  });

  it("splits a megabyte of mixed text correctly (no timing asserted)", () => {
    const unit = "Dr. Smith paid $3.5 million. 他说：“好。”然后离开。 Talks with the U.S. The end! ";
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const repeats = text.length / unit.length;
    for (const lang of ["en", "zh"]) {
      const sentences = splitSentences(text, lang);
      expectFaithful(text, sentences);
      expect(sentences.length % repeats).toBe(0);
      expect(sentences.slice(0, sentences.length / repeats).map((s) => s.text)).toEqual(texts(unit, lang));
    }
  });
});
