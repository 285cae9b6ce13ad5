/**
 * The QA gate: submitting and approving recompute the revision's findings on
 * the server (with the stored dismissals) and refuse open errors with 422
 * `qa_open_errors` unless an override reason comes with the request; the
 * reason is kept with the submission or review and in the audit event.
 * Saves store each revision's QA counts.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { migrateTestDb } from "./helpers";
import { doc, importedArticle, signedInUser, type ErrorJson } from "./revision-helpers";

// The form action reads the session from next/headers: these tests set the cookie.
const actionRequest = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({
  headers: async () => actionRequest.headers,
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined, delete: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const en = (await import("@/messages/en.json")).default;
  return {
    getLocale: async () => "en",
    getTranslations: async (namespace: string) => createTranslator({ locale: "en", messages: en, namespace: namespace as never }),
  };
});

let db: Db;
type User = Awaited<ReturnType<typeof signedInUser>>;
let editor: User;
let reviewer: User;

const actorOf = (u: User): Actor => ({ id: u.id, name: u.name, email: u.email, role: u.role });

/** The imported source is "第一段。\n\n第二段。": "And" mid-sentence is a capitals error. */
/** The sentence whose "And" the capitals check flags. */
const AND_SENTENCE = "First paragraph And more.";
const WITH_ERROR = [AND_SENTENCE, "Second paragraph."];
const CLEAN = ["First paragraph.", "Second paragraph."];

beforeAll(async () => {
  db = await migrateTestDb();
  [editor, reviewer] = await Promise.all([signedInUser("editor"), signedInUser("reviewer")]);
});

async function post(articleId: string, action: string, body: unknown, cookie: string) {
  const { POST } = await import("@/app/api/articles/[id]/workflow/[action]/route");
  return POST(
    new Request(`http://localhost/api/articles/${articleId}/workflow/${action}`, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": "en", cookie },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ id: articleId, action }) },
  );
}

async function save(articleId: string, paragraphs: string[]) {
  const { saveRevision } = await import("@/lib/use-cases/save-revision");
  const head = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { headRevisionNumber: true } });
  const result = await saveRevision({ db, actor: actorOf(editor), articleId, input: { baseNumber: head.headRevisionNumber, title: "Title", content: doc(...paragraphs) } });
  if (result.unchanged) throw new Error("expected a new revision");
  return result.revision.number;
}

async function articleWith(paragraphs: string[]) {
  const id = await importedArticle(editor.id);
  await save(id, paragraphs);
  return id;
}

/** The dismissal the desk would send for the "And" of WITH_ERROR[0]. */
async function dismissAnd(articleId: string, by: User = editor) {
  const { dismissQaFinding } = await import("@/lib/use-cases/dismiss-qa-finding");
  return dismissQaFinding({
    db,
    actor: actorOf(by),
    articleId,
    input: { check: "capitals", sourceText: "第一段。", targetText: AND_SENTENCE, spanText: "And", reason: "intended" },
  });
}

const events = (articleId: string, action: string) => db.auditEvent.findMany({ where: { articleId, action } });

describe("submitting", () => {
  it("refuses a revision with an open QA error with 422 naming the count, and changes nothing", async () => {
    const id = await articleWith(WITH_ERROR);
    const before = await db.article.findUniqueOrThrow({ where: { id } });
    const res = await post(id, "submit", { revisionNumber: 1 }, editor.cookie);
    expect(res.status).toBe(422);
    const body = (await res.json()) as ErrorJson & { error: { openErrors: number } };
    expect(body.error.code).toBe("qa_open_errors");
    expect(body.error.openErrors).toBe(1);
    expect(body.error.message).toContain("1 open QA error");
    const after = await db.article.findUniqueOrThrow({ where: { id } });
    expect(after.status).toBe("draft");
    expect(after.version).toBe(before.version);
    expect(await events(id, "article.submitted")).toHaveLength(0);
  });

  it("goes through with an override reason, kept on the submission and in the audit event", async () => {
    const id = await articleWith(WITH_ERROR);
    const res = await post(id, "submit", { revisionNumber: 1, qaOverride: { reason: "The capital is the client's house style." } }, editor.cookie);
    expect(res.status).toBe(200);
    const article = await db.article.findUniqueOrThrow({ where: { id } });
    expect(article.status).toBe("in_review");
    expect(article.submissionQaOverride).toBe("The capital is the client's house style.");
    expect(article.submissionQaOpenErrors).toBe(1);
    const [event] = await events(id, "article.submitted");
    expect(JSON.parse(event!.details)).toMatchObject({
      qa: { errors: 1, warnings: 0, dismissed: 0 },
      qaOverride: { reason: "The capital is the client's house style.", openErrors: 1 },
    });
    // The reviewer sees it.
    const { getWorkflowView } = await import("@/lib/read/workflow-view");
    const view = await getWorkflowView(db, actorOf(reviewer), id);
    expect(view?.submission?.qaOverride).toEqual({ openErrors: 1, reason: "The capital is the client's house style." });
  });

  it("refuses an empty or too long override reason with 422 naming qaOverride.reason", async () => {
    const id = await articleWith(WITH_ERROR);
    for (const reason of ["   ", "x".repeat(1001)]) {
      const res = await post(id, "submit", { revisionNumber: 1, qaOverride: { reason } }, editor.cookie);
      expect(res.status).toBe(422);
      const body = (await res.json()) as ErrorJson;
      expect(body.error.issues?.map((i) => i.path)).toEqual(["qaOverride.reason"]);
    }
    expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("draft");
  });

  it("needs no override for a clean revision, and stores none when one is sent", async () => {
    const id = await articleWith(CLEAN);
    const res = await post(id, "submit", { revisionNumber: 1, qaOverride: { reason: "just in case" } }, editor.cookie);
    expect(res.status).toBe(200);
    const article = await db.article.findUniqueOrThrow({ where: { id } });
    expect(article.submissionQaOverride).toBeNull();
    const [event] = await events(id, "article.submitted");
    expect(JSON.parse(event!.details).qaOverride).toBeUndefined();
  });

  it("counts a dismissed error as dismissed, not open", async () => {
    const id = await articleWith(WITH_ERROR);
    await dismissAnd(id);
    const res = await post(id, "submit", { revisionNumber: 1 }, editor.cookie);
    expect(res.status).toBe(200);
    const [event] = await events(id, "article.submitted");
    expect(JSON.parse(event!.details).qa).toEqual({ errors: 0, warnings: 0, dismissed: 1 });
  });

  it("asks the form for an override, keeps what was typed, then submits with the reason", async () => {
    const id = await articleWith(WITH_ERROR);
    const { submitAction } = await import("@/app/actions/review");
    actionRequest.headers = new Headers({ cookie: editor.cookie });
    const form = (extra: Record<string, string>) => {
      const f = new FormData();
      f.set("articleId", id);
      f.set("revisionNumber", "1");
      f.set("note", "Please look at the lead.");
      for (const [k, v] of Object.entries(extra)) f.set(k, v);
      return f;
    };
    const asked = await submitAction({}, form({}));
    expect(asked.qaOpenErrors).toBe(1);
    expect(asked.values).toMatchObject({ note: "Please look at the lead." });
    expect(asked.error).toContain("1 open QA error");
    expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("draft");
    const done = await submitAction({}, form({ qaOverrideRequired: "1", qaOverrideReason: "Names checked." }));
    expect(done.ok).toBeTruthy();
    expect((await db.article.findUniqueOrThrow({ where: { id } })).submissionQaOverride).toBe("Names checked.");
  });
});

describe("approving", () => {
  async function submitted(paragraphs: string[]) {
    const id = await articleWith(paragraphs);
    const res = await post(id, "submit", { revisionNumber: 1, qaOverride: { reason: "Submitted anyway." } }, editor.cookie);
    expect(res.status).toBe(200);
    return id;
  }

  it("refuses open errors with 422 and approves with an override kept on the review and in the audit event", async () => {
    const id = await submitted(WITH_ERROR);
    const refused = await post(id, "approve", { revisionNumber: 1 }, reviewer.cookie);
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { error: { code: string; openErrors: number } }).error).toMatchObject({ code: "qa_open_errors", openErrors: 1 });
    expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("in_review");
    expect(await db.review.count({ where: { articleId: id } })).toBe(0);

    const ok = await post(id, "approve", { revisionNumber: 1, qaOverride: { reason: "House style." } }, reviewer.cookie);
    expect(ok.status).toBe(200);
    const review = await db.review.findFirstOrThrow({ where: { articleId: id } });
    expect(review).toMatchObject({ decision: "approved", qaOverride: "House style.", qaOpenErrors: 1 });
    const [event] = await events(id, "article.approved");
    expect(JSON.parse(event!.details).qaOverride).toEqual({ reason: "House style.", openErrors: 1 });
  });

  it("approves without an override once the reviewer dismissed the error", async () => {
    const id = await submitted(WITH_ERROR);
    await dismissAnd(id, reviewer);
    const ok = await post(id, "approve", { revisionNumber: 1 }, reviewer.cookie);
    expect(ok.status).toBe(200);
    const review = await db.review.findFirstOrThrow({ where: { articleId: id } });
    expect(review.qaOverride).toBeNull();
  });
});

describe("revision counts", () => {
  it("stores errors, warnings and dismissed per revision", async () => {
    const id = await articleWith(WITH_ERROR);
    await save(id, CLEAN);
    // A capitalized common word after a lowercase one is a warning.
    await save(id, ["First paragraph of Talents.", "Second paragraph."]);
    const revisions = await db.revision.findMany({ where: { articleId: id }, orderBy: { number: "asc" }, select: { qaErrors: true, qaWarnings: true, qaDismissed: true } });
    expect(revisions).toEqual([
      { qaErrors: 1, qaWarnings: 0, qaDismissed: 0 },
      { qaErrors: 0, qaWarnings: 0, qaDismissed: 0 },
      { qaErrors: 0, qaWarnings: 1, qaDismissed: 0 },
    ]);
    const { listRevisions } = await import("@/lib/read/revisions");
    expect((await listRevisions(db, id))[0]).toMatchObject({ qaErrors: 0, qaWarnings: 1, qaDismissed: 0 });
  });

  it("keeps a dismissal through a save that moves its sentence", async () => {
    const { importArticle } = await import("@/lib/use-cases/import-article");
    const { id } = await importArticle({
      db,
      actor: { type: "user", id: editor.id },
      input: {
        sourceLang: "zh",
        targetLang: "en",
        title: { source: "问候", mt: "Greetings" },
        body: { source: "早上好。\n\n他向你问好。\n\n天气很好。", mt: "Good morning.\n\nHe says hello To you.\n\nThe weather is fine." },
      },
    });
    await save(id, ["Good morning.", "He says hello To you.", "The weather is fine."]);
    const { dismissQaFinding } = await import("@/lib/use-cases/dismiss-qa-finding");
    await dismissQaFinding({
      db,
      actor: actorOf(editor),
      articleId: id,
      input: { check: "capitals", sourceText: "他向你问好。", targetText: "He says hello To you.", spanText: "To", reason: "false_positive" },
    });
    // The sentence moves into the first paragraph, 14 characters in.
    await save(id, ["Good morning. He says hello To you.", "The weather is fine."]);
    const revisions = await db.revision.findMany({ where: { articleId: id }, orderBy: { number: "asc" }, select: { qaErrors: true, qaDismissed: true } });
    // Revision 1 was saved before the dismissal.
    expect(revisions).toEqual([{ qaErrors: 1, qaDismissed: 0 }, { qaErrors: 0, qaDismissed: 1 }]);
    // Without the dismissal the moved text has the error open.
    await db.qaDismissal.deleteMany({ where: { articleId: id } });
    const { checkRevision } = await import("@/lib/use-cases/check-revision");
    expect((await checkRevision({ db, articleId: id, revisionNumber: 2 })).counts).toMatchObject({ errors: 1, dismissed: 0 });
  });
});
