/**
 * GET /api/admin/audit/csv: the audit log as a CSV download for admins, with
 * the page's filters, RFC 4180 quoting and formula cells neutralised.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { migrateTestDb } from "./helpers";
import { importedArticle, signedInUser } from "./revision-helpers";

let db: Db;
let admin: Awaited<ReturnType<typeof signedInUser>>;
let editor: Awaited<ReturnType<typeof signedInUser>>;
let articleId: string;

async function csvGet(query: string, cookie: string | null, headers: Record<string, string> = {}) {
  const { GET } = await import("@/app/api/admin/audit/csv/route");
  const request = new Request(`http://localhost/api/admin/audit/csv${query}`, { headers: { ...(cookie ? { cookie } : {}), ...headers } });
  return GET(request, { params: Promise.resolve({}) });
}

/** The body's text, after checking it starts with the UTF-8 byte order mark (which text() drops). */
async function csvText(res: Response): Promise<string> {
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder().decode(bytes);
}

/** RFC 4180 parser (quoted fields, doubled quotes, CRLF records), for reading the answer back. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") record.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") record.push(field), records.push(record), (field = ""), (record = []), i++;
    else field += c;
  }
  expect(field, "the last record ends with CRLF").toBe("");
  return records;
}

beforeAll(async () => {
  db = await migrateTestDb();
  [admin, editor] = await Promise.all([signedInUser("admin"), signedInUser("editor")]);
  const { seedAuditEventRow } = await import("@/lib/seed/workflow-states");
  // A title that a spreadsheet would run, a comment with a comma, quotes and a newline.
  articleId = await importedArticle(editor.id);
  await db.article.update({ where: { id: articleId }, data: { targetTitle: '=HYPERLINK("http://evil.example","click")', sourceTitle: "@原文标题" } });
  // Only the events below, at known times.
  await db.auditEvent.deleteMany({ where: { articleId } });
  await seedAuditEventRow(db, { actorId: editor.id, action: "article.submitted", articleId, details: { note: 'Please, check "para 2"\nthanks' }, createdAt: new Date("2026-03-01T10:00:00Z") });
  await seedAuditEventRow(db, { actorId: admin.id, action: "setting.changed", articleId: null, details: { key: "+feeds" }, createdAt: new Date("2026-03-02T10:00:00Z") });
  await seedAuditEventRow(db, { actorId: editor.id, action: "article.withdrawn", articleId, details: {}, createdAt: new Date("2026-03-03T10:00:00Z") });
});

describe("GET /api/admin/audit/csv", () => {
  it("gives an admin the filtered log as RFC 4180 CSV, formula cells prefixed", async () => {
    const res = await csvGet(`?article=${articleId}`, admin.cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const text = await csvText(res);
    expect(text).toContain('"\'=HYPERLINK(""http://evil.example"",""click"")"');

    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(["Time (UTC)", "Action", "Actor type", "Actor ID", "Actor", "Subject type", "Subject ID", "Article ID", "Article title", "Original title", "Details (JSON)"]);
    // Only this article's events, newest first.
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ["2026-03-03T10:00:00.000Z", "article.withdrawn"],
      ["2026-03-01T10:00:00.000Z", "article.submitted"],
    ]);
    const submitted = rows[1]!;
    expect(submitted[4]).toBe(editor.name);
    expect(submitted[7]).toBe(articleId);
    expect(submitted[8]).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(submitted[9]).toBe("'@原文标题");
    expect(JSON.parse(submitted[10]!)).toEqual({ note: 'Please, check "para 2"\nthanks' });
  });

  it("applies the action, actor and date filters, and gives the header alone when nothing matches", async () => {
    const byAction = parseCsv(await csvText(await csvGet("?action=setting.changed&from=2026-03-02&to=2026-03-02", admin.cookie)));
    expect(byAction.slice(1).map((r) => [r[1], r[10]])).toEqual([["setting.changed", '{"key":"+feeds"}']]);
    const byActor = parseCsv(await csvText(await csvGet(`?actor=${editor.id}&from=2026-03-01&to=2026-03-01`, admin.cookie)));
    expect(byActor.slice(1).map((r) => r[1])).toEqual(["article.submitted"]);
    const none = parseCsv(await csvText(await csvGet("?from=2026-03-05&to=2026-03-01", admin.cookie)));
    expect(none).toHaveLength(1);
  });

  it("streams a log longer than one page whole, in order", async () => {
    const { exportAuditLog } = await import("@/lib/use-cases/export-audit-log");
    const actor = { id: admin.id, name: admin.name, email: admin.email, role: "admin" as const };
    const { body } = await exportAuditLog({ db, actor, searchParams: new URLSearchParams({ article: articleId }), timeZone: "UTC", columnName: (c) => c, pageSize: 1 });
    const rows = parseCsv(await csvText(new Response(body))).slice(1);
    expect(rows.map((r) => r[1])).toEqual(["article.withdrawn", "article.submitted"]);
  });

  it("writes the header in the caller's language", async () => {
    const res = await csvGet(`?article=${articleId}`, admin.cookie, { "accept-language": "zh-CN,zh;q=0.9" });
    expect(parseCsv(await csvText(res))[0]![0]).toBe("时间（UTC）");
  });

  it("refuses an editor (403) and a visitor without a session (401)", async () => {
    const refused = await csvGet("", editor.cookie);
    expect(refused.status).toBe(403);
    expect(refused.headers.get("content-type")).toContain("application/json");
    expect((await csvGet("", null)).status).toBe(401);
  });
});
