/**
 * Chinese news with its English machine translation, shared by the alignment
 * tests. Not a test file itself.
 */

export const DEMO_ZH =
  "重庆日报网讯（记者 李星婷 张亦筑）11月21日，在2020重庆英才大会上，重庆高新区与北京大学签署合作协议。双方将在西部（重庆）科学城共建北京大学重庆大数据研究院。";

export const DEMO_EN =
  "Chongqing Daily News (Reporter Li Xingting and Zhang Yizhu) On November 21, at the 2020 Chongqing Talents Conference, Chongqing High-tech Zone and Peking University signed a cooperation protocol. The two parties will jointly build the Chongqing Big Data Research Institute of Peking University in the Western (Chongqing) Science City.";

/** Five paragraphs of the original. */
export const ARTICLE_ZH = [
  DEMO_ZH,
  "据介绍，北京大学重庆大数据研究院将围绕大数据、人工智能等领域，开展前沿技术研究和成果转化。研究院将引进一批高层次人才团队，建设若干联合实验室。",
  "研究院还将与重庆高校和企业开展合作，共同培养研究生和工程技术人才。",
  "重庆高新区有关负责人表示，近年来，西部（重庆）科学城加快集聚创新资源，已引进中科院、北京理工大学等一批高校院所。此次合作将进一步提升科学城的创新能力，为成渝地区双城经济圈建设提供科技支撑。",
  "本届英才大会期间，重庆高新区共签约项目23个，总投资超过200亿元。",
];

/** The machine translation: the MT joined the original's paragraphs 2 and 3 (indices 1 and 2). */
export const ARTICLE_EN = [
  DEMO_EN,
  "According to reports, the Chongqing Big Data Research Institute of Peking University will focus on big data, artificial intelligence and other fields to carry out frontier technology research and the transformation of achievements. The institute will introduce a number of high-level talent teams and build several joint laboratories. The institute will also cooperate with universities and enterprises in Chongqing to jointly train graduate students and engineering and technical personnel.",
  "The relevant person in charge of Chongqing High-tech Zone said that in recent years, the Western (Chongqing) Science City has accelerated the gathering of innovation resources and has introduced a number of universities and institutes such as the Chinese Academy of Sciences and Beijing Institute of Technology. This cooperation will further enhance the innovation capability of the Science City and provide scientific and technological support for the construction of the Chengdu-Chongqing economic circle.",
  "During this Talents Conference, Chongqing High-tech Zone signed a total of 23 projects with a total investment of more than 20 billion yuan.",
];

/** Beads written compactly for assertions: "0-0 1+2-1 3-" (source-target, "+" joins, empty side blank). */
export function beadShapes(beads: readonly { source: readonly unknown[]; target: readonly unknown[] }[], index: (item: unknown) => number = (i) => i as number): string {
  return beads.map((b) => `${b.source.map(index).join("+")}-${b.target.map(index).join("+")}`).join(" ");
}

/** Source and target indices, read bead by bead, must each be 0, 1, 2, … with none missing or repeated. */
export function coverage(beads: readonly { source: readonly number[]; target: readonly number[] }[]): { source: number[]; target: number[] } {
  return { source: beads.flatMap((b) => b.source), target: beads.flatMap((b) => b.target) };
}

export function indices(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i);
}
