/**
 * Crash test of revision saves: `npx tsx scripts/crash-test.ts [rounds=20]`.
 *
 * A child process saves revisions of one article in a loop through the real
 * `saveRevision` use-case (SQLite, WAL, synchronous=FULL) and prints
 * "ACK <number>" only after each save returned. The parent SIGKILLs it at a
 * random moment, then, with the writer dead, opens the file with plain
 * better-sqlite3 and checks that
 *   - PRAGMA integrity_check is "ok";
 *   - every acknowledged revision is there with exactly the content, title and
 *     plain text the child sent (each is a pure function of its number);
 *   - revisions are 1..head with no gap, the article's head is the last one,
 *     and there is exactly one "revision.saved" audit event per revision
 *     (the array transaction committed all three or none).
 * Then it restarts the child, which continues from the head. Exits 1 on any
 * loss or inconsistency. A process kill is tested, not power loss: that needs
 * synchronous=FULL (which lib/db/adapter.ts sets) and honest disks.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import type { EditorDoc } from "@/lib/editor/validate";

const SCRIPT = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SCRIPT), "..");

/** The document of revision `n`: varied sizes so commits touch different numbers of pages. */
function contentFor(n: number): EditorDoc {
  const paragraphs = 2 + (n % 9);
  return {
    type: "doc",
    content: Array.from({ length: paragraphs }, (_, p) => ({
      type: "paragraph",
      content: [{ type: "text", text: `Revision ${n}, paragraph ${p}: ` + "copy ".repeat(1 + ((n * 31 + p * 7) % 120)).trim() }],
    })),
  };
}
const titleFor = (n: number) => `Crash test revision ${n}`;

// ─── Child: the writer ──────────────────────────────────────────────────────

async function child(articleId: string, userId: string) {
  const { db } = await import("@/lib/db/client");
  const { saveRevision } = await import("@/lib/use-cases/save-revision");
  const actor = { id: userId, name: "Crash Tester", email: "crash@test.local", role: "editor" as const };
  let head = (await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { headRevisionNumber: true } })).headRevisionNumber;
  for (;;) {
    const n = head + 1;
    const result = await saveRevision({ db, actor, articleId, input: { baseNumber: head, title: titleFor(n), content: contentFor(n) } });
    if (result.unchanged || result.revision.number !== n) throw new Error(`unexpected save result for ${n}`);
    // Writes to a pipe are synchronous on Linux: once this returns, the parent can read it.
    process.stdout.write(`ACK ${n}\n`);
    head = n;
  }
}

// ─── Parent: kill, check, restart ───────────────────────────────────────────

type Round = { acked: number; head: number; problems: string[] };

async function setUp(url: string) {
  process.env.DATABASE_URL = url;
  process.env.COPYDESK_SEED_DEMO = "0";
  const { applyMigrations } = await import("@/lib/db/migrate");
  await applyMigrations(url, ROOT);
  const { db } = await import("@/lib/db/client");
  const { importArticle } = await import("@/lib/use-cases/import-article");
  const userId = "crash-test-user";
  await db.user.create({ data: { id: userId, name: "Crash Tester", email: "crash@test.local", role: "editor" } });
  const article = await importArticle({
    db,
    actor: { type: "user", id: userId },
    input: { sourceLang: "zh", targetLang: "en", title: { source: "标题", mt: "Title" }, body: { source: "正文。", mt: "Body." } },
  });
  await db.$disconnect();
  return { articleId: article.id, userId };
}

/** Runs the writer until a random moment after its first acknowledged save, then SIGKILLs it. */
function runAndKill(url: string, articleId: string, userId: string, acked: Set<number>): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ["--import", "tsx", SCRIPT, "--child", articleId, userId], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let timer: NodeJS.Timeout | undefined;
    const lines = createInterface({ input: proc.stdout });
    lines.on("line", (line) => {
      const match = /^ACK (\d+)$/.exec(line);
      if (!match) return;
      acked.add(Number(match[1]));
      timer ??= setTimeout(() => proc.kill("SIGKILL"), 20 + Math.random() * 600);
    });
    proc.on("error", reject);
    // "close" comes after stdout is drained, so every ACK written has been read.
    proc.on("close", (code, signal) => {
      clearTimeout(timer);
      if (signal === "SIGKILL") resolve();
      else reject(new Error(`writer exited by itself (code ${code}, signal ${signal})`));
    });
  });
}

function check(file: string, articleId: string, acked: Set<number>): Round {
  const problems: string[] = [];
  const sqlite = new Database(file);
  try {
    const integrity = sqlite.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") problems.push(`integrity_check: ${String(integrity)}`);
    const head = (sqlite.prepare("SELECT headRevisionNumber AS head FROM article WHERE id = ?").get(articleId) as { head: number }).head;
    const rows = sqlite.prepare("SELECT number, title, content FROM revision WHERE articleId = ? ORDER BY number").all(articleId) as {
      number: number;
      title: string;
      content: string;
    }[];
    const events = (sqlite.prepare("SELECT count(*) AS n FROM audit_event WHERE articleId = ? AND action = 'revision.saved'").get(articleId) as { n: number }).n;
    const byNumber = new Map(rows.map((r) => [r.number, r]));
    for (const n of acked) {
      const row = byNumber.get(n);
      if (!row) problems.push(`acknowledged revision ${n} is missing`);
      else if (row.content !== JSON.stringify(contentFor(n)) || row.title !== titleFor(n)) problems.push(`revision ${n} differs from what was saved`);
    }
    rows.forEach((row, i) => {
      if (row.number !== i + 1) problems.push(`revision numbers have a gap before ${row.number}`);
    });
    if (rows.length !== head) problems.push(`article head is ${head} but ${rows.length} revisions exist`);
    if (events !== rows.length) problems.push(`${events} audit events for ${rows.length} revisions`);
    return { acked: acked.size, head, problems };
  } finally {
    sqlite.close();
  }
}

async function parent(rounds: number) {
  const started = Date.now();
  const dir = mkdtempSync(path.join(tmpdir(), "copydesk-crash-"));
  const file = path.join(dir, "crash.db");
  const url = `file:${file}`;
  const { articleId, userId } = await setUp(url);
  const acked = new Set<number>();
  let failures = 0;
  for (let round = 1; round <= rounds; round++) {
    const before = acked.size;
    await runAndKill(url, articleId, userId, acked);
    const result = check(file, articleId, acked);
    // Saves committed but killed before their ACK was written are allowed (head ≥ acked).
    const unacked = result.head - Math.max(0, ...acked);
    console.log(`round ${String(round).padStart(2)}: +${acked.size - before} acknowledged, head ${result.head} (${unacked} committed without ack), ${result.problems.length ? "FAIL" : "ok"}`);
    for (const problem of result.problems) console.log(`  ✗ ${problem}`);
    if (result.problems.length) failures += 1;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\n${rounds} kills, ${acked.size} acknowledged saves, ${failures} rounds with loss or inconsistency, ${seconds} s`);
  if (failures === 0) rmSync(dir, { recursive: true, force: true });
  else console.log(`database kept for inspection: ${file}`);
  process.exit(failures === 0 ? 0 : 1);
}

const args = process.argv.slice(2);
if (args[0] === "--child") {
  const [, articleId, userId] = args;
  if (!articleId || !userId) throw new Error("usage: crash-test.ts --child <articleId> <userId>");
  await child(articleId, userId);
} else {
  await parent(Number(args[0] ?? 20));
}
