import { describe, expect, it } from "vitest";
import { alignSentences, type SentencePair } from "./sentence-alignment";
import { DEMO_EN, DEMO_ZH } from "./test-fixtures";

/** Pairs as [source texts, target texts], the way an editor would read them. */
const read = (pairs: SentencePair[]): [string[], string[]][] => pairs.map((p) => [p.source.map((s) => s.text), p.target.map((s) => s.text)]);
const shape = (pairs: SentencePair[]): string => pairs.map((p) => `${p.source.length}-${p.target.length}`).join(" ");

describe("alignSentences", () => {
  it("aligns the demo article sentence by sentence, with offsets into each paragraph", () => {
    const pairs = alignSentences(DEMO_ZH, DEMO_EN, "zh-Hans", "en");
    expect(read(pairs)).toEqual([
      [
        ["重庆日报网讯（记者 李星婷 张亦筑）11月21日，在2020重庆英才大会上，重庆高新区与北京大学签署合作协议。"],
        [
          "Chongqing Daily News (Reporter Li Xingting and Zhang Yizhu) On November 21, at the 2020 Chongqing Talents Conference, Chongqing High-tech Zone and Peking University signed a cooperation protocol.",
        ],
      ],
      [
        ["双方将在西部（重庆）科学城共建北京大学重庆大数据研究院。"],
        ["The two parties will jointly build the Chongqing Big Data Research Institute of Peking University in the Western (Chongqing) Science City."],
      ],
    ]);
    for (const pair of pairs) {
      for (const s of pair.source) expect(DEMO_ZH.slice(s.start, s.end)).toBe(s.text);
      for (const s of pair.target) expect(DEMO_EN.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it("pairs two Chinese sentences translated as one English sentence (2–1)", () => {
    const zh =
      "重庆高新区与北京大学签署合作协议。双方将在西部（重庆）科学城共建北京大学重庆大数据研究院。研究院将引进一批高层次人才团队，建设若干联合实验室。";
    const en =
      "Chongqing High-tech Zone and Peking University signed a cooperation agreement, under which the two parties will jointly build the Chongqing Big Data Research Institute of Peking University in the Western (Chongqing) Science City. The institute will introduce a number of high-level talent teams and build several joint laboratories.";
    expect(shape(alignSentences(zh, en, "zh", "en"))).toBe("2-1 1-1");
  });

  it("pairs one Chinese sentence translated as two English sentences (1–2)", () => {
    const zh =
      "重庆高新区有关负责人表示，近年来，西部（重庆）科学城加快集聚创新资源，已引进中科院、北京理工大学等一批高校院所。此次合作将进一步提升科学城的创新能力。";
    const en =
      "The relevant person in charge of Chongqing High-tech Zone said that in recent years, the Western (Chongqing) Science City has accelerated the gathering of innovation resources. It has introduced a number of universities and institutes such as the Chinese Academy of Sciences and Beijing Institute of Technology. This cooperation will further enhance the innovation capability of the Science City.";
    expect(shape(alignSentences(zh, en, "zh", "en"))).toBe("1-2 1-1");
  });

  it("leaves a sentence the MT omitted opposite nothing (1–0), and an added one (0–1)", () => {
    const zh =
      "会议于21日在重庆举行。重庆高新区有关负责人表示，近年来，西部（重庆）科学城加快集聚创新资源，已引进中科院、北京理工大学等一批高校院所。会议为期两天，共有300多名专家参加。";
    const en = "The conference was held in Chongqing on the 21st. The conference lasted two days and was attended by more than 300 experts.";
    const omitted = alignSentences(zh, en, "zh", "en");
    expect(shape(omitted)).toBe("1-1 1-0 1-1");
    expect(omitted[1]?.source[0]?.text).toMatch(/^重庆高新区有关负责人表示/);

    const short = "会议于21日在重庆举行。会议为期两天，共有300多名专家参加。";
    const padded =
      "The conference was held in Chongqing on the 21st. The relevant person in charge of Chongqing High-tech Zone said that in recent years, the Western (Chongqing) Science City has accelerated the gathering of innovation resources. The conference lasted two days and was attended by more than 300 experts.";
    expect(shape(alignSentences(short, padded, "zh", "en"))).toBe("1-1 0-1 1-1");
  });

  it("keeps Chinese closing quotes with their sentence when aligning", () => {
    const zh = "他说：“合作很成功。”然后离开了会场。";
    const en = '"The cooperation was very successful," he said. Then he left the venue.';
    expect(read(alignSentences(zh, en, "zh", "en"))).toEqual([
      [["他说：“合作很成功。”"], ['"The cooperation was very successful," he said.']],
      [["然后离开了会场。"], ["Then he left the venue."]],
    ]);
  });

  it("aligns abbreviations, decimals and initials as single sentences", () => {
    const zh = "史密斯博士向J.K.罗琳支付了350万美元。她拒绝了。";
    const en = "Dr. Smith paid $3.5 million to J. K. Rowling. She declined.";
    expect(read(alignSentences(zh, en, "zh", "en"))).toEqual([
      [["史密斯博士向J.K.罗琳支付了350万美元。"], ["Dr. Smith paid $3.5 million to J. K. Rowling."]],
      [["她拒绝了。"], ["She declined."]],
    ]);
  });

  it("handles empty input on either side", () => {
    expect(alignSentences("", "", "zh", "en")).toEqual([]);
    expect(alignSentences("  ", "\n", "zh", "en")).toEqual([]);
    expect(shape(alignSentences(DEMO_ZH, "", "zh", "en"))).toBe("1-0 1-0");
    expect(shape(alignSentences("", DEMO_EN, "zh", "en"))).toBe("0-1 0-1");
  });

  it("assumes nothing about the language pair: Japanese → French", () => {
    const ja =
      "東京都は二十一日、新型コロナウイルスの感染者が新たに五百人確認されたと発表した。都は飲食店に営業時間の短縮を要請する方針だ。専門家は年末年始の人出に警戒を呼びかけている。";
    const fr =
      "La métropole de Tokyo a annoncé le 21 que 500 nouveaux cas de coronavirus avaient été confirmés. La ville prévoit de demander aux restaurants de réduire leurs horaires d'ouverture. Les experts appellent à la vigilance face à l'affluence des fêtes de fin d'année.";
    const pairs = alignSentences(ja, fr, "ja", "fr");
    expect(shape(pairs)).toBe("1-1 1-1 1-1");
    expect(pairs[1]?.target[0]?.text).toMatch(/^La ville prévoit/);
  });

  it("assumes nothing about the language pair: French → English, with a merge", () => {
    const fr =
      "M. Dupont a signé l'accord mardi à Lyon. « Nous sommes très satisfaits », a-t-il déclaré. Les travaux débuteront en janvier. Ils dureront environ deux ans.";
    const en =
      'Mr. Dupont signed the agreement in Lyon on Tuesday. "We are very satisfied," he said. Work will begin in January and last about two years.';
    expect(shape(alignSentences(fr, en, "fr", "en"))).toBe("1-1 1-1 2-1");
  });
});
