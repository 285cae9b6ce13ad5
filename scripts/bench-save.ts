/**
 * Save latency benchmark: `npx tsx scripts/bench-save.ts [saves=200] [seed=1]`.
 *
 * Imports a long article (about 10,000 English words in about 165 blocks,
 * with headings, bold, italic and links, generated from a seeded PRNG) into
 * a temporary SQLite database with the production pragmas, then times
 * sequential `saveRevision` calls, each a small edit of the previous
 * document as an editor's autosave would send it. The full use-case is
 * timed: validation, change detection, plain text and word count, and the
 * array transaction with its fsync. Target: p95 ≤ 50 ms.
 *
 * Baseline in the same run: a bare `db.revision.create` of each save's
 * payload (same content and plain text, no validation, no transaction), so
 * the ratio shows what the use-case adds over the unavoidable write.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { EditorDoc } from "@/lib/editor/validate";
import { mulberry32, percentileOfSorted } from "./bench-utils";

const SAVES = Number(process.argv[2] ?? 200);
const SEED = Number(process.argv[3] ?? 1);
const WARM_UP = 10;

const random = mulberry32(SEED);
const int = (max: number) => Math.floor(random() * max);
const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;

const VOCABULARY = (
  "the government said on Tuesday that its new policy would take effect next month after months of debate among officials " +
  "in the capital ministry spokesman told reporters economy growth slowed third quarter exports fell while consumer prices rose " +
  "analysts expect central bank to cut interest rates again before year end according to people familiar with matter " +
  "regional authorities announced measures support small businesses farmers hit by floods drought earlier this summer " +
  "critics argue plan does little address underlying problems housing market local debt unemployment among young graduates"
).split(" ");

function sentence(): string {
  const words = Array.from({ length: 8 + int(16) }, () => pick(VOCABULARY));
  const first = words[0] ?? "the";
  words[0] = first[0]!.toUpperCase() + first.slice(1);
  return words.join(" ") + ".";
}

/** About 10,000 words of news copy as simple HTML, the way wire services send it. */
function articleHtml(): { html: string; words: number; blocks: number } {
  const blocks: string[] = [];
  let words = 0;
  while (words < 10_000) {
    if (blocks.length % 20 === 5) {
      const heading = Array.from({ length: 4 }, () => pick(VOCABULARY)).join(" ");
      blocks.push(`<h2>${heading}</h2>`);
      words += 4;
      continue;
    }
    const sentences = Array.from({ length: 3 + int(3) }, sentence);
    let text = sentences.join(" ");
    words += text.split(" ").length;
    if (random() < 0.3) text = text.replace(/(\w+ \w+)/, "<strong>$1</strong>");
    if (random() < 0.2) text = text.replace(/ (\w+ \w+)\./, " <em>$1</em>.");
    if (random() < 0.15) text = text.replace(/ (\w+)/, ` <a href="https://example.com/story/${int(1e6)}">$1</a>`);
    blocks.push(`<p>${text}</p>`);
  }
  return { html: blocks.join("\n"), words, blocks: blocks.length };
}

/** A small edit, as between two autosaves: a few words typed, deleted or replaced in one or two blocks. */
function edit(doc: EditorDoc): EditorDoc {
  const next = structuredClone(doc);
  for (let k = 0; k < 1 + int(2); k++) {
    const block = pick(next.content);
    if (block.type !== "paragraph" && block.type !== "heading") continue;
    const texts = (block.content ?? []).filter((node) => node.type === "text");
    const node = texts.length ? pick(texts) : null;
    if (!node) continue;
    const words = node.text.split(" ");
    const at = int(words.length);
    const action = random();
    if (action < 0.5) words.splice(at, 0, ...Array.from({ length: 1 + int(4) }, () => pick(VOCABULARY)));
    else if (action < 0.8 && words.length > 3) words.splice(at, 1);
    else words[at] = pick(VOCABULARY);
    node.text = words.join(" ") || pick(VOCABULARY);
  }
  return next;
}

function summary(samples: readonly number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentileOfSorted(sorted, 50), p95: percentileOfSorted(sorted, 95), p99: percentileOfSorted(sorted, 99), max: sorted.at(-1) ?? NaN };
}

const ms = (value: number) => `${value.toFixed(2).padStart(7)} ms`;

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), "copydesk-bench-"));
  const url = `file:${path.join(dir, "bench.db")}`;
  process.env.DATABASE_URL = url;
  process.env.COPYDESK_SEED_DEMO = "0";
  try {
    const { applyMigrations } = await import("@/lib/db/migrate");
    await applyMigrations(url, path.resolve(import.meta.dirname, ".."));
    const { db } = await import("@/lib/db/client");
    const { importArticle } = await import("@/lib/use-cases/import-article");
    const { saveRevision } = await import("@/lib/use-cases/save-revision");
    const { countWords, docParagraphTexts, docToPlainText } = await import("@/lib/editor/to-text");

    const userId = "bench-user";
    await db.user.create({ data: { id: userId, name: "Bench Editor", email: "bench@test.local", role: "editor" } });
    const actor = { id: userId, name: "Bench Editor", email: "bench@test.local", role: "editor" as const };
    const generated = articleHtml();
    const importInput = (title: string) => ({
      sourceLang: "zh",
      targetLang: "en",
      title: { source: "基准测试", mt: title },
      body: { source: "基准测试正文。", mt: generated.html },
    });
    const article = await importArticle({ db, actor: { type: "user", id: userId }, input: importInput("Benchmark article") });
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { mtDoc: true } });
    let doc = JSON.parse(stored.mtDoc) as EditorDoc;
    const words = countWords(docParagraphTexts(doc).join("\n"), "en");
    console.log(`Article: ${words} words, ${doc.content.length} blocks, ${(stored.mtDoc.length / 1024).toFixed(0)} KB of editor JSON (seed ${SEED})`);

    const payloads: { title: string; content: string; plainText: string; wordCount: number }[] = [];
    const saveTimes: number[] = [];
    for (let i = 0; i < WARM_UP + SAVES; i++) {
      doc = edit(doc);
      const title = `Benchmark article, take ${i}`;
      const started = performance.now();
      const result = await saveRevision({ db, actor, articleId: article.id, input: { baseNumber: i, title, content: doc, editSeconds: 30 } });
      const elapsed = performance.now() - started;
      if (result.unchanged) throw new Error(`save ${i} made no revision`);
      if (i < WARM_UP) continue;
      saveTimes.push(elapsed);
      const plainText = docToPlainText(doc);
      payloads.push({ title, content: JSON.stringify(doc), plainText, wordCount: countWords(plainText, "en") });
    }

    // Baseline: the same payloads written as bare inserts into a second article.
    const other = await importArticle({ db, actor: { type: "user", id: userId }, input: importInput("Baseline article") });
    const createTimes: number[] = [];
    for (const [i, payload] of payloads.entries()) {
      const started = performance.now();
      await db.revision.create({
        data: { articleId: other.id, number: i + 1, baseNumber: i, authorId: userId, schemaVersion: 1, editSeconds: 30, ...payload },
        select: { id: true },
      });
      createTimes.push(performance.now() - started);
    }
    await db.$disconnect();

    const save = summary(saveTimes);
    const bare = summary(createTimes);
    console.log(`\n${SAVES} sequential saves (after ${WARM_UP} warm-up saves), each a small edit:`);
    console.log(`                     p50         p95         p99         max`);
    console.log(`saveRevision     ${ms(save.p50)} ${ms(save.p95)} ${ms(save.p99)} ${ms(save.max)}`);
    console.log(`revision.create  ${ms(bare.p50)} ${ms(bare.p95)} ${ms(bare.p99)} ${ms(bare.max)}`);
    console.log(`ratio            ${(save.p50 / bare.p50).toFixed(1).padStart(6)}×     ${(save.p95 / bare.p95).toFixed(1).padStart(6)}×     ${(save.p99 / bare.p99).toFixed(1).padStart(6)}×`);
    const ok = save.p95 <= 50;
    console.log(`\np95 target ≤ 50 ms: ${ok ? "met" : "MISSED"}`);
    process.exitCode = ok ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
