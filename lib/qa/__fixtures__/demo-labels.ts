/**
 * Hand labels of the QA findings on the three demo articles (lib/seed/demo-articles.ts),
 * as `npm run -s cli -- qa` reports them: every finding at warning or error level of the
 * checks in LABELLED_CHECKS is listed here as a true fault or a false alarm, and so is
 * every fault of those kinds that a reader finds in the MT (found or not), so recall
 * and precision can be measured (lib/qa/demo-labels.test.ts).
 *
 * `article` indexes DEMO_ARTICLES; `paragraph` is the MT paragraph; `text` the flagged span.
 */
export type DemoLabel = {
  article: number;
  field: "title" | "body";
  paragraph: number;
  check: string;
  text: string;
  label: "fault" | "false-alarm";
  note?: string;
};

/** The checks whose findings are labelled below. */
export const LABELLED_CHECKS: ReadonlySet<string> = new Set([
  "spacing",
  "cjk",
  "capitals",
  "repeated-word",
  "brackets",
  "end-mark",
  "length",
  "glossary",
  // The number and date checks raise nothing on the demo MT: its numbers are all rendered right.
  "numbers",
  "dates",
]);

const LONG_2 =
  "It will gather in the Science City to cultivate technological innovation Talents, carry out cutting-edge leading innovation research, focus on solving the core scientific and technological problems of big data and digital transformation and innovation application bottlenecks, accelerate the transformation of basic research results of cutting-edge technology to experimental development innovation and application innovation, incubate technology-based enterprises, and promote industrial digitalization And digital industrialization will eventually build an internationally influential and leading talent gathering platform, cutting-edge research institute and transformation platform.";

export const DEMO_LABELS: readonly DemoLabel[] = [
  // Article 0: Peking University Chongqing Big Data Research Institute.
  { article: 0, field: "body", paragraph: 1, check: "spacing", text: ":", label: "fault", note: "Source:Chongqing" },
  {
    article: 0,
    field: "body",
    paragraph: 3,
    check: "length",
    text: "It is understood that the Chongqing Big Data Research Institute of Peking University (hereinafter referred to as the Research Institute) is a high-end R&D institution jointly established by Peking University and the Chongqing High-tech Zone Management Committee.",
    label: "fault",
    note: "37 words",
  },
  { article: 0, field: "body", paragraph: 3, check: "length", text: LONG_2, label: "fault", note: "81 words, one Chinese sentence of 167 characters" },
  { article: 0, field: "body", paragraph: 3, check: "capitals", text: "Talents", label: "fault", note: "innovation Talents" },
  { article: 0, field: "body", paragraph: 3, check: "capitals", text: "And", label: "fault", note: "digitalization And digital" },
  {
    article: 0,
    field: "body",
    paragraph: 4,
    check: "length",
    text: "At the same time, the Institute will also cooperate with local universities and institutes in Chongqing to carry out cooperation in scientific research and personnel training, and accelerate the construction of a number of national and municipal key laboratories, technological innovation centers and other innovation platforms .",
    label: "fault",
    note: "46 words",
  },
  { article: 0, field: "body", paragraph: 4, check: "spacing", text: " .", label: "fault", note: "platforms ." },
  {
    article: 0,
    field: "body",
    paragraph: 5,
    check: "length",
    text: "Since the beginning of this year, Science City has accelerated the gathering of scientific institutions, accelerated the gathering of innovative resources such as universities and research institutes, and promoted the continuous improvement of scientific research concentration and competitiveness.",
    label: "fault",
    note: "38 words",
  },
  {
    article: 0,
    field: "body",
    paragraph: 5,
    check: "length",
    text: "At the end of October, it has concentrated on signing contracts to introduce major technological infrastructure, high-end R&D platforms, and achievement transformation The base and more than 20 university research institute projects have a total investment of over 20 billion yuan.",
    label: "fault",
    note: "41 words",
  },
  { article: 0, field: "body", paragraph: 5, check: "capitals", text: "The", label: "fault", note: "transformation The base" },
  // Article 1: Rail Transit Line 9.
  { article: 1, field: "body", paragraph: 0, check: "capitals", text: "On", label: "fault", note: "operation On January 25" },
  { article: 1, field: "body", paragraph: 1, check: "spacing", text: " ,", label: "fault", note: "32 kilometers ," },
  { article: 1, field: "body", paragraph: 1, check: "capitals", text: "Regions", label: "fault", note: "other Regions" },
  // Article 2: the fishing ban.
  { article: 2, field: "body", paragraph: 1, check: "capitals", text: "And", label: "fault", note: "guichenoti And Chinese sucker" },
];

/** Spans a reader might expect to be flagged and that are correct (asserted to raise nothing at warning or error). */
export const DEMO_CORRECT: readonly { article: number; field: "title" | "body"; paragraph: number; text: string; why: string }[] = [
  { article: 0, field: "body", paragraph: 0, text: "yqqlm yqqlm", why: "the author's name, repeated in the source too" },
  { article: 0, field: "body", paragraph: 2, text: "Yizhu) On November 21", why: "a capital after the dateline's closing bracket" },
  { article: 0, field: "body", paragraph: 3, text: "as the Research Institute", why: "the article's own defined term" },
  { article: 0, field: "body", paragraph: 4, text: "the Institute will", why: "short form of the defined term" },
  { article: 0, field: "body", paragraph: 5, text: "Since the beginning of this year, Science City", why: "a multi-word proper noun" },
  { article: 0, field: "title", paragraph: 0, text: "Western (Chongqing) Science City", why: "a name with a bracketed part" },
  { article: 1, field: "body", paragraph: 1, text: "Line 9 Phase I", why: "a name with a number" },
  { article: 1, field: "body", paragraph: 2, text: "A-type vehicles", why: "a letter designation" },
  { article: 2, field: "body", paragraph: 0, text: "the Yangtze River", why: "a multi-word proper noun" },
];
