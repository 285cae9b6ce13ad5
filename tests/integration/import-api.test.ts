import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { migrateTestDb, seedApiToken, validImport } from "./helpers";

let db: Db;
let POST: (request: Request) => Promise<Response>;
let importToken: string;
let exportToken: string;

beforeAll(async () => {
  db = await migrateTestDb();
  ({ POST } = await import("@/app/api/v1/articles/route"));
  importToken = await seedApiToken(["import"]);
  exportToken = await seedApiToken(["export"]);
});

function post(body: unknown, options: { token?: string | null; headers?: Record<string, string>; raw?: string } = {}) {
  const token = options.token === undefined ? importToken : options.token;
  return POST(
    new Request("http://localhost/api/v1/articles", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...options.headers,
      },
      body: options.raw ?? JSON.stringify(body),
    }),
  );
}

describe("POST /api/v1/articles", () => {
  it("imports an article, keeps the MT verbatim, and writes an audit event", async () => {
    const input = validImport();
    const res = await post(input);
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; status: string };
    expect(body.status).toBe("draft");
    const article = await db.article.findUniqueOrThrow({ where: { id: body.id } });
    expect(article.mtBody).toBe(input.body.mt);
    expect(article.mtTitle).toBe(input.title.mt);
    expect(article.sourceLang).toBe("zh");
    expect(article.outlet).toBe("Test Daily");
    expect(JSON.parse(article.mtDoc).content).toHaveLength(2);
    const events = await db.auditEvent.findMany({ where: { articleId: body.id } });
    expect(events.map((e) => e.action)).toEqual(["article.imported"]);
    expect(events[0]?.actorType).toBe("token");
  });

  it("sanitizes HTML bodies by allowlist", async () => {
    const input = validImport();
    input.body.mt = '<p>Hello <strong>world</strong><script>alert(1)</script></p><p onclick="x()">Two <a href="javascript:alert(1)">link</a></p>';
    const res = await post(input);
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const article = await db.article.findUniqueOrThrow({ where: { id } });
    expect(article.mtFormat).toBe("html");
    expect(article.mtDoc).not.toMatch(/script|onclick|javascript:/i);
    expect(article.mtDoc).toContain("world");
  });

  it("answers 401 without a token and with an unknown one, 403 without the import scope", async () => {
    expect((await post(validImport(), { token: null })).status).toBe(401);
    expect((await post(validImport(), { token: "cdk_not-a-real-token" })).status).toBe(401);
    const forbidden = await post(validImport(), { token: exportToken });
    expect(forbidden.status).toBe(403);
    expect(((await forbidden.json()) as { error: { message: string } }).error.message).toContain("import");
  });

  it("answers 422 naming each bad field, and stores nothing", async () => {
    const before = await db.article.count();
    const input = { ...validImport(), sourceLang: "not a language!", title: { source: "", mt: "x" }, extra: 1 };
    const res = await post(input);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; issues: { path: string; code: string; message: string }[] } };
    expect(body.error.code).toBe("validation_failed");
    const paths = body.error.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["sourceLang", "title.source", "extra"]));
    expect(body.error.issues.find((i) => i.path === "sourceLang")?.message).toMatch(/language tag/);
    expect(await db.article.count()).toBe(before);
  });

  it("answers in Chinese when the caller prefers it", async () => {
    const res = await post({ ...validImport(), targetLang: "zh" }, { headers: { "accept-language": "zh-CN,zh;q=0.9,en;q=0.8" } });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { message: string; issues: { path: string; message: string }[] } };
    expect(body.error.message).toBe("部分字段无效。");
    expect(body.error.issues[0]?.message).toContain("必须与源语言不同");
  });

  it("answers 413 above the size limit, 400 for malformed JSON, 415 for other types", async () => {
    const huge = validImport();
    huge.body.mt = "x".repeat(3 * 1024 * 1024);
    expect((await post(huge)).status).toBe(413);
    expect((await post(null, { raw: "{not json" })).status).toBe(400);
    expect((await post(null, { raw: "a=b", headers: { "content-type": "application/x-www-form-urlencoded" } })).status).toBe(415);
  });

  it("validates language codes as BCP 47 and canonicalizes them", async () => {
    const res = await post({ ...validImport(), sourceLang: "zh-hans-cn", targetLang: "EN-gb" });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const article = await db.article.findUniqueOrThrow({ where: { id } });
    expect([article.sourceLang, article.targetLang]).toEqual(["zh-Hans-CN", "en-GB"]);
  });
});
