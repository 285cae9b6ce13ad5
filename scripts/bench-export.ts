/**
 * `npm run bench:export`: throughput and latency of the export API's hot
 * path against `next start`, beside the framework's floor, in one run.
 *
 * Seeds a temporary database with a published ~2,000-word article (through
 * the real import → save → submit → approve → publish use-cases) and an
 * export token, starts the production server with COPYDESK_BENCH=1 (which
 * enables /api/bench/constant), then runs autocannon with 50 connections for
 * 10 s each, after a warm-up, against:
 *   1. floor:  GET /api/bench/constant?bytes=<size of the export JSON>
 *   2. export: GET /api/v1/export/articles/:id (Bearer token, JSON)
 *   3. 304:    the same with If-None-Match: <its ETag>
 * (floor and export twice, in alternating order, keeping each one's better
 * round) and prints req/s, p50 and p99 of each and export/floor. Targets: ratio
 * ≥ 0.9 and p99 ≤ 100 ms. The rate limit is lifted for the run.
 *
 * Builds first when there is no build containing the export routes (or with
 * BENCH_BUILD=1). The build dir is shared: run it as
 *   flock /tmp/copydesk-e2e.lock npm run bench:export
 * Knobs: BENCH_PORT (3211), BENCH_DURATION (10), BENCH_CONNECTIONS (50).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { mulberry32 } from "./bench-utils";

const PORT = Number(process.env.BENCH_PORT ?? 3211);
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const WARM_UP = 3;
const dir = mkdtempSync(path.join(tmpdir(), "copydesk-bench-"));
const DATABASE_URL = `file:${path.join(dir, "bench.db")}`;

const VOCABULARY = (
  "the government said on Tuesday that its new policy would take effect next month after months of debate among officials " +
  "in the capital ministry spokesman told reporters economy growth slowed third quarter exports fell while consumer prices rose " +
  "analysts expect central bank to cut interest rates again before year end according to people familiar with matter"
).split(" ");

/** About 2,000 words of news copy in ~30 paragraphs, with a few headings, marks and links. */
function articleHtml(words = 2000): string {
  const random = mulberry32(20261124);
  const pick = () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]!;
  const blocks: string[] = [];
  let count = 0;
  while (count < words) {
    if (blocks.length % 10 === 4) {
      blocks.push(`<h2>${[pick(), pick(), pick()].join(" ")}</h2>`);
      count += 3;
      continue;
    }
    const sentences = Array.from({ length: 4 }, () => {
      const s = Array.from({ length: 16 }, pick).join(" ");
      return s[0]!.toUpperCase() + s.slice(1) + ".";
    });
    count += 64;
    let text = sentences.join(" ");
    if (random() < 0.4) text = text.replace(/(\w+ \w+)/, "<strong>$1</strong>");
    if (random() < 0.3) text = text.replace(/ (\w+)\./, ` <a href="https://example.com/story/${Math.floor(random() * 1e6)}">$1</a>.`);
    blocks.push(`<p>${text}</p>`);
  }
  return blocks.join("\n");
}

type Run = { name: string; reqPerSec: number; p50: number; p99: number; statuses: string; errors: number };

async function measure(name: string, url: string, headers: Record<string, string>, duration: number): Promise<Run> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration, headers, pipelining: 1 });
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .map(([code, stat]) => `${code}×${stat.count ?? 0}`)
    .join(" ");
  return { name, reqPerSec: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, statuses, errors: result.errors + result.timeouts };
}

async function main() {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL,
    COPYDESK_BENCH: "1",
    COPYDESK_SEED_DEMO: "0",
    COPYDESK_URL: BASE,
    COPYDESK_EXPORT_RATE_LIMIT: "100000000",
    COPYDESK_EXPORT_RATE_BURST: "100000000",
    BETTER_AUTH_SECRET: "bench-secret-0123456789abcdef0123456789abcdef",
  };
  const built = existsSync(".next/BUILD_ID") && existsSync(".next/server/app/api/v1/export/articles/[id]/route.js") && existsSync(".next/server/app/api/bench/constant/route.js");
  if (!built || process.env.BENCH_BUILD === "1") {
    const build = spawnSync("npx", ["--no-install", "next", "build"], { stdio: "inherit", env });
    if (build.status !== 0) throw new Error("next build failed");
  }
  const server = spawn("npx", ["--no-install", "next", "start", "-p", String(PORT), "-H", "127.0.0.1"], { env, stdio: ["ignore", "ignore", "inherit"], detached: true });
  try {
    let up = false;
    for (let i = 0; i < 120 && !up; i++) {
      up = await fetch(`${BASE}/api/health`).then((r) => r.ok).catch(() => false);
      if (!up) await new Promise((r) => setTimeout(r, 500));
    }
    if (!up) throw new Error(`The server on ${BASE} did not start`);

    // Seed through the use-cases, on the database the server migrated.
    process.env.DATABASE_URL = DATABASE_URL;
    process.env.COPYDESK_URL = BASE;
    const { db } = await import("@/lib/db/client");
    const { importArticle } = await import("@/lib/use-cases/import-article");
    const { saveRevision } = await import("@/lib/use-cases/save-revision");
    const { submitRevision } = await import("@/lib/use-cases/submit-revision");
    const { approveRevision } = await import("@/lib/use-cases/approve-revision");
    const { publishArticle } = await import("@/lib/use-cases/publish-article");
    const { generateToken } = await import("@/lib/auth/api-tokens");
    const editor = { id: "bench-editor", name: "Bench Editor", email: "editor@bench.local", role: "editor" as const };
    const reviewer = { id: "bench-reviewer", name: "Bench Reviewer", email: "reviewer@bench.local", role: "reviewer" as const };
    for (const user of [editor, reviewer]) await db.user.create({ data: user });
    const token = generateToken();
    await db.apiToken.create({ data: { name: "bench", tokenHash: token.hash, prefix: token.prefix, scopes: "export", createdById: reviewer.id } });
    const html = articleHtml();
    const { id } = await importArticle({ db, actor: { type: "system" }, input: { sourceLang: "zh", targetLang: "en", title: { source: "基准", mt: "Benchmark" }, body: { source: "基准测试正文。", mt: html } } });
    const mtDoc = JSON.parse((await db.article.findUniqueOrThrow({ where: { id }, select: { mtDoc: true } })).mtDoc) as unknown;
    await saveRevision({ db, actor: editor, articleId: id, input: { baseNumber: 0, title: "Benchmark article", content: mtDoc } });
    // The generated text is not what is measured: its QA findings are overridden.
    const qaOverride = { reason: "Benchmark data" };
    await submitRevision({ db, actor: editor, articleId: id, input: { revisionNumber: 1, qaOverride } });
    await approveRevision({ db, actor: reviewer, articleId: id, input: { revisionNumber: 1, qaOverride } });
    await publishArticle({ db, actor: reviewer, articleId: id, input: { revisionNumber: 1 } });
    const published = await db.publishedVersion.findFirstOrThrow({ where: { articleId: id }, select: { text: true } });
    const words = published.text.split(/\s+/).filter(Boolean).length;

    const exportUrl = `${BASE}/api/v1/export/articles/${id}`;
    const auth = { authorization: `Bearer ${token.secret}` };
    const first = await fetch(exportUrl, { headers: auth });
    if (first.status !== 200) throw new Error(`export answered ${first.status}: ${await first.text()}`);
    const bytes = (await first.arrayBuffer()).byteLength;
    const etag = first.headers.get("etag")!;
    const floorUrl = `${BASE}/api/bench/constant?bytes=${bytes}`;
    const floorCheck = await fetch(floorUrl);
    if (floorCheck.status !== 200 || (await floorCheck.arrayBuffer()).byteLength !== bytes) throw new Error("the floor route is not serving (COPYDESK_BENCH=1?)");

    console.log(`Export JSON of a ${words.toLocaleString("en")}-word article: ${bytes.toLocaleString("en")} bytes. ${CONNECTIONS} connections, ${DURATION} s each after ${WARM_UP} s warm-up.`);
    // Figures from a busy machine are not comparable with a quiet one's; say which this was.
    console.log(`Machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(" / ")} before the run.`);
    await measure("warm-up floor", floorUrl, {}, WARM_UP);
    await measure("warm-up export", exportUrl, auth, WARM_UP);
    // Two rounds in alternating order (floor first, then export first), so that
    // drift in the machine's load does not favour one side; each side's better
    // round is reported, and every round is printed.
    const rounds: Run[] = [];
    const pair = { floor: () => measure("floor (constant route)", floorUrl, {}, DURATION), export: () => measure("export JSON", exportUrl, auth, DURATION) };
    for (const order of [["floor", "export"], ["export", "floor"]] as const) {
      for (const side of order) rounds.push(await pair[side]());
    }
    const best = (name: string) => rounds.filter((r) => r.name === name).sort((a, b) => b.reqPerSec - a.reqPerSec)[0]!;
    for (const r of rounds) console.log(`  round: ${r.name.padEnd(24)} ${r.reqPerSec.toFixed(0).padStart(7)} req/s  p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms`);
    const runs = [
      best("floor (constant route)"),
      best("export JSON"),
      await measure("export 304", exportUrl, { ...auth, "if-none-match": etag }, DURATION),
    ];
    console.log(`\n${"route".padEnd(24)} ${"req/s".padStart(9)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)}  statuses`);
    for (const r of runs) {
      console.log(`${r.name.padEnd(24)} ${r.reqPerSec.toFixed(0).padStart(9)} ${r.p50.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)}  ${r.statuses}${r.errors ? `  errors×${r.errors}` : ""}`);
    }
    const [floor, json, notModified] = runs as [Run, Run, Run];
    console.log(`\nratio export/floor: ${(json.reqPerSec / floor.reqPerSec).toFixed(2)} (target ≥ 0.9); 304/floor: ${(notModified.reqPerSec / floor.reqPerSec).toFixed(2)}`);
    console.log(`export p99: ${json.p99.toFixed(1)} ms, 304 p99: ${notModified.p99.toFixed(1)} ms (target ≤ 100 ms)`);
    await db.$disconnect();
  } finally {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      /* already gone */
    }
  }
}

await main();
process.exit(0);
