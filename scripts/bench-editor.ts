/**
 * `npm run bench:editor`: keystroke-to-paint latency of the Copydesk editor
 * on a generated 10,000-word, ~165-paragraph article, beside a bare TipTap
 * StarterKit editor on the same document, in the same browser and run.
 *
 * Latency of one keystroke = from the keydown event's timestamp to the first
 * task after the next animation frame (i.e. after that frame was painted).
 * Keys are typed 40 ms apart so each one gets its own frame. Targets: p95 ≤
 * 16 ms and Copydesk/bare ratio ≤ 1.25. It also counts, with the browser's
 * Event Timing API, the keystrokes whose input-to-next-paint reached 16 ms.
 *
 * Chromium runs headless without its simulated 60 Hz frame clock
 * (--disable-frame-rate-limit --disable-gpu-vsync), so a latency is the work
 * from key to paint. With the clock (BENCH_VSYNC=1) every latency also
 * includes waiting for the next vsync, uniformly 0–16.7 ms for a key typed at
 * a random moment, which alone puts p95 near 16 ms for any editor (bare TipTap
 * measures 16–18 ms that way); that mode suits comparing the two editors only.
 *
 * Knobs for investigating: BENCH_KEYS (keys per editor), BENCH_TRACE=1
 * (Chrome trace totals), BENCH_PROFILE=1 (CPU profile; build with
 * `next build --no-mangling` for names), BENCH_CSS (a style sheet injected
 * into both pages, e.g. to switch a feature off), BENCH_SPELLCHECK=true|false
 * (the editors' spellcheck attribute; only the desk sets it).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { mulberry32, percentile } from "./bench-utils";

const PORT = Number(process.env.BENCH_PORT ?? 3210);
const BASE = `http://127.0.0.1:${PORT}`;
const KEYS = Number(process.env.BENCH_KEYS ?? 240);
const dir = mkdtempSync(path.join(tmpdir(), "copydesk-bench-"));
const DATABASE_URL = `file:${path.join(dir, "bench.db")}`;

const WORDS = "the city district government research institute digital industry talent platform cooperation innovation science technology data agreement project investment development center university national key laboratory transformation construction promote accelerate support strategic resources".split(" ");

function generateArticle(words = 10_000, paragraphs = 165) {
  const rand = mulberry32(20261124);
  const mt: string[] = [];
  const source: string[] = [];
  const perParagraph = Math.round(words / paragraphs);
  for (let p = 0; p < paragraphs; p++) {
    const sentence: string[] = [];
    for (let w = 0; w < perParagraph; w++) sentence.push(WORDS[Math.floor(rand() * WORDS.length)]!);
    // Sentences of about 15 words.
    mt.push(sentence.map((w, i) => (i % 15 === 14 ? `${w}.` : w)).join(" ").replace(/^./, (c) => c.toUpperCase()) + ".");
    source.push("研究院将在科学城集聚培养科技创新人才，开展前沿引领性创新研究。".repeat(Math.max(1, Math.round(perParagraph / 12))));
  }
  return { source: source.join("\n\n"), mt: mt.join("\n\n") };
}

async function instrument(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __latencies: number[]; __keys: number[]; __eventTiming: { name: string; start: number; duration: number }[] };
    w.__latencies = [];
    w.__keys = [];
    w.__eventTiming = [];
    // The browser's own input-to-next-paint measure (what INP uses), for the
    // three events a typed character raises. It only reports events of 16 ms
    // or more (the API's lowest threshold), durations rounded to 8 ms.
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === "keydown" || entry.name === "keypress" || entry.name === "input") w.__eventTiming.push({ name: entry.name, start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: "event", durationThreshold: 16, buffered: false } as PerformanceObserverInit);
    document.addEventListener(
      "keydown",
      (e) => {
        const start = e.timeStamp;
        w.__keys.push(start);
        requestAnimationFrame(() => setTimeout(() => w.__latencies.push(performance.now() - start), 0));
      },
      true,
    );
  });
}

/**
 * The Event Timing duration of each keystroke: the longest of its keydown,
 * keypress and input entries (each entry belongs to the last keydown at or
 * before it); 0 where none reached the 16 ms threshold.
 */
function eventTimingPerKey(keys: number[], entries: { start: number; duration: number }[]): number[] {
  const perKey = keys.map(() => 0);
  for (const e of entries) {
    let i = keys.length - 1;
    while (i > 0 && keys[i]! > e.start + 0.5) i--;
    perKey[i] = Math.max(perKey[i]!, e.duration);
  }
  return perKey;
}

async function typeInMiddle(page: Page, keys: number) {
  await page.locator('.tgt-doc[contenteditable="true"]').waitFor();
  if (process.env.BENCH_CSS) await page.addStyleTag({ content: process.env.BENCH_CSS });
  if (process.env.BENCH_SPELLCHECK) await page.evaluate((value) => document.querySelector(".tgt-doc")?.setAttribute("spellcheck", value), process.env.BENCH_SPELLCHECK);
  await page.evaluate(() => {
    const editor = (document.querySelector(".tgt-doc") as unknown as { editor: { state: { doc: { content: { size: number } } }; commands: { focus(pos: number): void } } }).editor;
    editor.commands.focus(Math.floor(editor.state.doc.content.size / 2));
  });
  await page.waitForTimeout(300);
  await instrument(page);
  const text = "and digital industrialization ";
  for (let i = 0; i < keys; i++) await page.keyboard.type(text[i % text.length]!, { delay: 0 }).then(() => page.waitForTimeout(40));
  await page.waitForTimeout(200);
  return page.evaluate(() => {
    const w = window as unknown as { __latencies: number[]; __keys: number[]; __eventTiming: { start: number; duration: number }[] };
    return { latencies: w.__latencies, keys: w.__keys, eventTiming: w.__eventTiming };
  }).then(({ latencies, keys, eventTiming }) => ({ latencies, eventTiming: eventTimingPerKey(keys, eventTiming) }));
}

async function main() {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL, COPYDESK_BENCH: "1", COPYDESK_SEED_DEMO: "1", COPYDESK_URL: BASE, BETTER_AUTH_SECRET: "bench-secret-0123456789abcdef0123456789abcdef" };
  if (!existsSync(".next/BUILD_ID") || process.env.BENCH_BUILD === "1") spawnSync("npx", ["--no-install", "next", "build"], { stdio: "inherit", env });
  const server = spawn("npx", ["--no-install", "next", "start", "-p", String(PORT), "-H", "127.0.0.1"], { env, stdio: ["ignore", "ignore", "inherit"], detached: true });
  try {
    let up = false;
    for (let i = 0; i < 120 && !up; i++) {
      up = await fetch(`${BASE}/api/health`).then((r) => r.ok).catch(() => false);
      if (!up) await new Promise((r) => setTimeout(r, 500));
    }
    if (!up) throw new Error(`The server on ${BASE} did not start`);
    process.env.DATABASE_URL = DATABASE_URL;
    const { db } = await import("@/lib/db/client");
    const { importArticle } = await import("@/lib/use-cases/import-article");
    const { DEMO_USERS } = await import("@/lib/seed/demo-users");
    const body = generateArticle();
    const { id } = await importArticle({ db, actor: { type: "system" }, input: { sourceLang: "zh", targetLang: "en", title: { source: "基准", mt: "Benchmark" }, body } });
    const mtDoc = JSON.parse((await db.article.findUniqueOrThrow({ where: { id } })).mtDoc) as { content: unknown[] };
    const wordCount = body.mt.split(/\s+/).length;

    const executablePath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
    // Frames are produced as soon as there is something to paint, not on a
    // simulated 60 Hz clock (unless BENCH_VSYNC=1); see the header.
    const unthrottled = process.env.BENCH_VSYNC === "1" ? [] : ["--disable-frame-rate-limit", "--disable-gpu-vsync"];
    const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", ...unthrottled] });
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    const editor = DEMO_USERS.find((u) => u.role === "editor")!;
    await page.goto(`${BASE}/en/sign-in`);
    await page.getByLabel("Email").fill(editor.email);
    await page.getByLabel("Password").fill(editor.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/en\/articles/);

    const results = { copydesk: [] as number[], bare: [] as number[] };
    const eventTiming = { copydesk: [] as number[], bare: [] as number[] };
    const rounds = 3;
    for (let round = 0; round < rounds; round++) {
      for (const kind of ["copydesk", "bare"] as const) {
        await page.goto(kind === "copydesk" ? `${BASE}/en/articles/${id}/edit` : `${BASE}/en/bench/bare-editor?article=${id}`);
        if (process.env.BENCH_TRACE && round === 0) await browser.startTracing(page, { categories: ["devtools.timeline"] });
        const cdp = process.env.BENCH_PROFILE && kind === "copydesk" && round === 0 ? await context.newCDPSession(page) : null;
        if (cdp) { await cdp.send("Profiler.enable"); await cdp.send("Profiler.start"); }
        const latencies = await typeInMiddle(page, Math.ceil(KEYS / rounds)).catch(async (error: unknown) => {
          await page.screenshot({ path: path.join(dir, `failed-${kind}.png`) });
          console.error(`${kind} editor failed; screenshot in ${dir}`);
          throw error;
        });
        if (process.env.BENCH_TRACE && round === 0) {
          const raw = (await browser.stopTracing()).toString();
          writeFileSync(path.join(dir, `trace-${kind}.json`), raw);
          const trace = JSON.parse(raw) as { traceEvents: { name: string; dur?: number; ph: string }[] };
          const total = new Map<string, number>();
          for (const e of trace.traceEvents) if (e.ph === "X" && e.dur) total.set(e.name, (total.get(e.name) ?? 0) + e.dur / 1000);
          console.log(kind, `(trace in ${path.join(dir, `trace-${kind}.json`)})`, [...total.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k}=${v.toFixed(0)}ms`).join("  "));
        }
        if (cdp) {
          const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number }[] } };
          const self = new Map<string, number>();
          for (const n of profile.nodes) {
            const k = `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber}:${(n.callFrame as { columnNumber?: number }).columnNumber}`;
            self.set(k, (self.get(k) ?? 0) + n.hitCount);
          }
          console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v}\t${k}`).join("\n"));
        }
        results[kind].push(...latencies.latencies.slice(5)); // the first keys warm the page up
        eventTiming[kind].push(...latencies.eventTiming.slice(5));
        if (process.env.BENCH_SLOW_KEYS) {
          const text = "and digital industrialization ";
          console.log(kind, "slow keys:", latencies.eventTiming.flatMap((d, i) => (d >= 16 ? [`${JSON.stringify(text[i % text.length])}=${d}`] : [])).join(" "));
        }
        if (kind === "copydesk") await page.evaluate(() => localStorage.clear());
      }
    }
    await browser.close();

    const row = (name: string, v: number[]) => `${name.padEnd(22)} ${String(v.length).padStart(5)} ${percentile(v, 50).toFixed(1).padStart(8)} ${percentile(v, 95).toFixed(1).padStart(8)}`;
    console.log(`\nKeystroke-to-paint on a ${wordCount.toLocaleString("en")}-word, ${mtDoc.content.length}-paragraph article (Chromium, ms)`);
    console.log(`${"editor".padEnd(22)} ${"keys".padStart(5)} ${"p50".padStart(8)} ${"p95".padStart(8)}`);
    console.log(row("Copydesk editor", results.copydesk));
    console.log(row("bare TipTap StarterKit", results.bare));
    const ratio50 = percentile(results.copydesk, 50) / percentile(results.bare, 50);
    const ratio95 = percentile(results.copydesk, 95) / percentile(results.bare, 95);
    console.log(`ratio Copydesk/bare: p50 ${ratio50.toFixed(2)}, p95 ${ratio95.toFixed(2)}  (targets: ratio ≤ 1.25, p95 ≤ 16 ms)`);
    console.log(
      process.env.BENCH_VSYNC === "1"
        ? "\nBENCH_VSYNC=1: the figures above include waiting for the next frame (up to 16.7 ms at 60 Hz) plus one task after it."
        : "\nWithout a frame clock: each figure is the time from the key to the first task after the frame that painted it (BENCH_VSYNC=1 adds the 60 Hz clock).",
    );
    console.log("\nEvent Timing (the browser's input-to-next-paint, as INP measures it): per keystroke the longest of its keydown, keypress and input entries; the API reports only entries of 16 ms or more.");
    const share = (kind: "copydesk" | "bare") => eventTiming[kind].filter((d) => d >= 16).length / eventTiming[kind].length;
    for (const kind of ["copydesk", "bare"] as const) {
      const v = eventTiming[kind];
      const slow = v.filter((d) => d >= 16).length;
      const p95 = percentile(v, 95);
      console.log(`  ${kind.padEnd(9)} ${slow} of ${v.length} keystrokes took ≥ 16 ms (${(share(kind) * 100).toFixed(1)}%); p95 ${p95 >= 16 ? `${p95.toFixed(0)} ms` : "< 16 ms"}`);
    }
    const shareRatio = share("bare") === 0 ? (share("copydesk") === 0 ? 1 : Infinity) : share("copydesk") / share("bare");
    console.log(`  share Copydesk/bare ${shareRatio.toFixed(2)}  (target ≤ 2)`);
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
