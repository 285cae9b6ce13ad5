/**
 * Input hygiene at every entry point of short text (titles, metadata,
 * comments, user names): C0 controls and lone surrogates are stripped
 * before storing, a title of only invisible characters is a 422 naming it,
 * and a JSON body that is not UTF-8 is a 400, never decoded with U+FFFD.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { migrateTestDb, seedApiToken, validImport, INCIDENTAL_QA_OVERRIDE } from "./helpers";
import { doc, importedArticle, postRevision, signedInUser, type ErrorJson } from "./revision-helpers";

let db: Db;
let editor: Awaited<ReturnType<typeof signedInUser>>;
let admin: Actor;
let importToken: string;

beforeAll(async () => {
  db = await migrateTestDb();
  editor = await signedInUser("editor");
  const a = await signedInUser("admin");
  admin = { id: a.id, name: a.name, email: a.email, role: a.role };
  importToken = await seedApiToken(["import"]);
});

const DIRTY = "Mar\u0000kets\u0007 ra\uD800lly\u001F";
const CLEAN = "Markets rally";
const INVISIBLE_TITLES = ["\u200B", "\u200B\u200C\u200D", "\uFEFF\u2060", " \u00AD ", "\u0000\u200B"];

async function importRaw(body: BodyInit) {
  const { POST } = await import("@/app/api/v1/articles/route");
  return POST(
    new Request("http://localhost/api/v1/articles", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${importToken}` },
      body,
    }),
  );
}

describe("control characters and lone surrogates are stripped at input", () => {
  it("in a revision's title and message", async () => {
    const articleId = await importedArticle(editor.id);
    const res = await postRevision(articleId, { baseNumber: 0, title: DIRTY, message: `note\u0001${"\uDC00"}`, content: doc("Text.") }, { cookie: editor.cookie });
    expect(res.status).toBe(201);
    const revision = await db.revision.findFirstOrThrow({ where: { articleId } });
    expect(revision).toMatchObject({ title: CLEAN, message: "note" });
    expect((await db.article.findUniqueOrThrow({ where: { id: articleId } })).targetTitle).toBe(CLEAN);
  });

  it("in an import's titles and metadata", async () => {
    const input = validImport();
    input.title.mt = DIRTY;
    input.title.source = "测试\u0000标题";
    input.metadata.outlet = "Test\u0008 Daily\uD83D";
    const res = await importRaw(JSON.stringify(input));
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const article = await db.article.findUniqueOrThrow({ where: { id } });
    expect(article).toMatchObject({ mtTitle: CLEAN, sourceTitle: "测试标题", outlet: "Test Daily" });
  });

  it("in comments, keeping tabs and newlines", async () => {
    const { createThread } = await import("@/lib/use-cases/create-thread");
    const { replyToThread } = await import("@/lib/use-cases/reply-to-thread");
    const articleId = await importedArticle(editor.id);
    const actor: Actor = { id: editor.id, name: editor.name, email: editor.email, role: editor.role };
    const thread = await createThread({ db, actor, articleId, input: { revision: 0, block: 0, start: 0, end: 5, body: "Too\u0000 strong?\r\nSee\tabove\u001B" } });
    await replyToThread({ db, actor, articleId, threadId: thread.id, input: { body: "Agreed\uDBFF." } });
    const comments = await db.comment.findMany({ where: { threadId: thread.id }, orderBy: { createdAt: "asc" }, select: { body: true } });
    expect(comments.map((c) => c.body)).toEqual(["Too strong?\nSee\tabove", "Agreed."]);
    await expect(replyToThread({ db, actor, articleId, threadId: thread.id, input: { body: "\u0000\u0001" } })).rejects.toMatchObject({
      code: "validation_failed",
      issues: [{ path: "body", code: "required" }],
    });
  });

  it("in a submission note and a change request's comment", async () => {
    const { submitRevision } = await import("@/lib/use-cases/submit-revision");
    const { requestChanges } = await import("@/lib/use-cases/request-changes");
    const reviewer = await signedInUser("reviewer");
    const articleId = await importedArticle(editor.id);
    expect((await postRevision(articleId, { baseNumber: 0, title: "T", content: doc("Text.") }, { cookie: editor.cookie })).status).toBe(201);
    const actor: Actor = { id: editor.id, name: editor.name, email: editor.email, role: editor.role };
    await submitRevision({ db, actor, articleId, input: { qaOverride: INCIDENTAL_QA_OVERRIDE, revisionNumber: 1, note: "Please\u0000 check" } });
    expect((await db.article.findUniqueOrThrow({ where: { id: articleId } })).submissionNote).toBe("Please check");
    const judge: Actor = { id: reviewer.id, name: reviewer.name, email: reviewer.email, role: reviewer.role };
    await requestChanges({ db, actor: judge, articleId, input: { revisionNumber: 1, categories: ["style"], comment: "Too\u0007 literal\uD800" } });
    expect((await db.review.findFirstOrThrow({ where: { articleId } })).comment).toBe("Too literal");
  });

  it("in user names", async () => {
    const { createUser } = await import("@/lib/use-cases/manage-users");
    const user = await createUser({ db, actor: admin, input: { name: "Ana\u0000 Li\uD800", email: "ana-hygiene@test.local", role: "editor", password: "password-long-1" } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Ana Li");
  });
});

describe("a title of only invisible characters is a 422 naming the field", () => {
  it.each(INVISIBLE_TITLES)("revision title %j", async (title) => {
    const articleId = await importedArticle(editor.id);
    const res = await postRevision(articleId, { baseNumber: 0, title, content: doc("Text.") }, { cookie: editor.cookie });
    expect(res.status).toBe(422);
    const issues = ((await res.json()) as ErrorJson).error.issues ?? [];
    expect(issues.map((i) => i.path)).toEqual(["title"]);
    expect(issues[0]?.message).toMatch(/^title (is required|has no visible characters)\.$/);
    expect(await db.revision.count({ where: { articleId } })).toBe(0);
  });

  it.each(INVISIBLE_TITLES)("import title %j", async (title) => {
    const input = validImport();
    input.title.mt = title;
    const before = await db.article.count();
    const res = await importRaw(JSON.stringify(input));
    expect(res.status).toBe(422);
    const issues = ((await res.json()) as ErrorJson).error.issues ?? [];
    expect(issues.map((i) => i.path)).toEqual(["title.mt"]);
    expect(await db.article.count()).toBe(before);
  });
});

describe("invalid UTF-8 in a JSON body", () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  const withByte = (json: string, marker: string, bytes: number[]) => {
    const [head, tail] = json.split(marker) as [string, string];
    return new Uint8Array([...utf8(head), ...bytes, ...utf8(tail)]);
  };

  it.each([
    ["a lone continuation byte", [0x80]],
    ["a truncated sequence", [0xe6, 0xb5]],
    ["an overlong encoding", [0xc0, 0xaf]],
    ["an encoded surrogate", [0xed, 0xa0, 0x80]],
    ["a byte never valid", [0xff]],
  ])("is a 400 naming the encoding: %s (import)", async (_name, bytes) => {
    const input = validImport();
    input.title.mt = "Title @@";
    const before = await db.article.count();
    const res = await importRaw(withByte(JSON.stringify(input), "@@", bytes));
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorJson).error.message).toMatch(/UTF-8/);
    expect(await db.article.count()).toBe(before);
  });

  it("is a 400 on a session route too (revision save)", async () => {
    const articleId = await importedArticle(editor.id);
    const { POST } = await import("@/app/api/articles/[id]/revisions/route");
    const body = withByte(JSON.stringify({ baseNumber: 0, title: "T@@", content: doc("Text.") }), "@@", [0xc3]);
    const res = await POST(
      new Request(`http://localhost/api/articles/${articleId}/revisions`, { method: "POST", headers: { "content-type": "application/json", cookie: editor.cookie }, body }),
      { params: Promise.resolve({ id: articleId }) },
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorJson).error.message).toMatch(/UTF-8/);
    expect(await db.revision.count({ where: { articleId } })).toBe(0);
  });

  it("accepts valid multi-byte text split across chunks", async () => {
    const input = validImport();
    input.title.mt = "标题 😀";
    const bytes = utf8(JSON.stringify(input));
    const at = bytes.indexOf(0xe6) + 1; // inside the first CJK character
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, at));
        controller.enqueue(bytes.slice(at));
        controller.close();
      },
    });
    const { POST } = await import("@/app/api/v1/articles/route");
    const res = await POST(
      new Request("http://localhost/api/v1/articles", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${importToken}` },
        body: stream,
        duplex: "half",
      } as RequestInit),
    );
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect((await db.article.findUniqueOrThrow({ where: { id } })).mtTitle).toBe("标题 😀");
  });
});
