/** The generated article of the QA benchmark (scripts/bench-qa.ts). */

const WORDS = 10_000;

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

const EN = [
  "the", "of", "and", "to", "in", "a", "that", "for", "on", "with", "as", "by", "at", "from", "government", "development",
  "innovation", "industry", "technology", "research", "cooperation", "investment", "city", "district", "project", "platform",
  "enterprises", "digital", "economic", "will", "accelerate", "promote", "build", "support", "local", "national", "talent",
  "Chongqing", "Peking", "University", "Yangtze", "River", "2020", "20", "billion", "yuan", "percent", "science", "data",
];
const ZH = ["经济", "发展", "创新", "产业", "技术", "研究", "合作", "投资", "城市", "项目", "平台", "企业", "数字", "重庆", "北京大学", "长江", "科学城", "的", "和", "将"];
/** MT faults sprinkled in, so the checks have findings to report. */
const FAULTS = ["And", "The", "Talents", "platforms .", "held.Delegates", "the the", "（Chongqing）"];

/** Paragraphs of ~100 words in 3–6 sentences, each with a Chinese sentence of proportional length. */
export function article(rng: Rng): { source: string[]; target: string[] } {
  const source: string[] = [];
  const target: string[] = [];
  let words = 0;
  while (words < WORDS) {
    const sentences = 3 + Math.floor(rng() * 4);
    const en: string[] = [];
    const zh: string[] = [];
    for (let s = 0; s < sentences; s++) {
      const n = 12 + Math.floor(rng() * 24);
      const ws = Array.from({ length: n }, (_, i) => (i > 0 && rng() < 0.02 ? pick(rng, FAULTS) : pick(rng, EN)));
      ws[0] = ws[0]![0]!.toUpperCase() + ws[0]!.slice(1);
      en.push(`${ws.join(" ")}.`);
      zh.push(`${Array.from({ length: Math.ceil(n * 0.8) }, () => pick(rng, ZH)).join("")}。`);
      words += n;
    }
    target.push(en.join(" "));
    source.push(zh.join(""));
  }
  return { source, target };
}

/** Replaces the middle word of paragraph `p` with `word`. */
export function editOneWord(target: readonly string[], p: number, word: string): string[] {
  const out = [...target];
  const ws = out[p]!.split(" ");
  ws[Math.floor(ws.length / 2)] = word;
  out[p] = ws.join(" ");
  return out;
}

