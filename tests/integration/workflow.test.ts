/**
 * The review workflow through its HTTP route: the role × action matrix with
 * zero unexpected allows, 409 for invalid transitions, and an audit event
 * exactly for each change that happened.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { migrateTestDb, INCIDENTAL_QA_OVERRIDE } from "./helpers";
import { doc, importedArticle, signedInUser, type ErrorJson } from "./revision-helpers";

let db: Db;
type User = Awaited<ReturnType<typeof signedInUser>>;
let editor: User;
let otherEditor: User;
let reviewer: User;
let admin: User;
let reviewerAuthor: User;

const actorOf = (u: User): Actor => ({ id: u.id, name: u.name, email: u.email, role: u.role });

beforeAll(async () => {
  db = await migrateTestDb();
  [editor, otherEditor, reviewer, admin, reviewerAuthor] = await Promise.all([
    signedInUser("editor"),
    signedInUser("editor"),
    signedInUser("reviewer"),
    signedInUser("admin"),
    signedInUser("reviewer"),
  ]);
});

/**
 * POST …/workflow/:action. Submit and approve bodies carry the incidental QA
 * override (see ./helpers.ts): these tests are about roles and transitions.
 */
async function post(articleId: string, action: string, body: unknown, cookie: string | null, locale = "en") {
  const { POST } = await import("@/app/api/articles/[id]/workflow/[action]/route");
  const gated = (action === "submit" || action === "approve") && typeof body === "object" && body !== null && !Array.isArray(body);
  if (gated) body = { qaOverride: INCIDENTAL_QA_OVERRIDE, ...(body as Record<string, unknown>) };
  return POST(
    new Request(`http://localhost/api/articles/${articleId}/workflow/${action}`, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": locale, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ id: articleId, action }) },
  );
}

async function save(articleId: string, by: User, text: string) {
  const { saveRevision } = await import("@/lib/use-cases/save-revision");
  const head = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { headRevisionNumber: true } });
  const result = await saveRevision({ db, actor: actorOf(by), articleId, input: { baseNumber: head.headRevisionNumber, title: "Title", content: doc(text) } });
  if (result.unchanged) throw new Error("expected a new revision");
  return result.revision.number;
}

/** A draft with revision 1 by `editor` and revision 2 by `reviewerAuthor`. */
async function draftArticle() {
  const id = await importedArticle(editor.id);
  await save(id, editor, "First edit.");
  await save(id, reviewerAuthor, "Second edit by a reviewer.");
  return id;
}

/** The draft above, submitted by `editor`. */
async function inReviewArticle() {
  const id = await draftArticle();
  const { submitRevision } = await import("@/lib/use-cases/submit-revision");
  await submitRevision({ db, actor: actorOf(editor), articleId: id, input: { qaOverride: INCIDENTAL_QA_OVERRIDE, revisionNumber: 2 } });
  return id;
}

/** The in-review article above, approved by `reviewer` (revision 2). */
async function approvedArticle() {
  const id = await inReviewArticle();
  const { approveRevision } = await import("@/lib/use-cases/approve-revision");
  await approveRevision({ db, actor: actorOf(reviewer), articleId: id, input: { qaOverride: INCIDENTAL_QA_OVERRIDE, revisionNumber: 2 } });
  return id;
}

/** The approved article above, published by `reviewer` as version 1. */
async function publishedArticle() {
  const id = await approvedArticle();
  const { publishArticle } = await import("@/lib/use-cases/publish-article");
  await publishArticle({ db, actor: actorOf(reviewer), articleId: id, input: { revisionNumber: 2 } });
  return id;
}

const audits = (articleId: string, action: string) => db.auditEvent.count({ where: { articleId, action } });

type Who = "anonymous" | "editor" | "reviewer" | "admin" | "reviewerAuthor";
const WHO: Who[] = ["anonymous", "editor", "reviewer", "admin", "reviewerAuthor"];
const cookieOf = (who: Who) =>
  who === "anonymous" ? null : { editor, reviewer, admin, reviewerAuthor }[who].cookie;

/**
 * Expected answer per action and actor, each in a state where the status
 * allows the action (so only the permission rules decide).
 */
const MATRIX: Record<string, { setup: () => Promise<string>; body: unknown; audit: string; expect: Record<Who, number> }> = {
  submit: {
    setup: draftArticle,
    body: { revisionNumber: 2, note: "Please check paragraph 2" },
    audit: "article.submitted",
    // Submitting is not judging: anyone signed in may submit, authors included.
    expect: { anonymous: 401, editor: 200, reviewer: 200, admin: 200, reviewerAuthor: 200 },
  },
  withdraw: {
    setup: inReviewArticle,
    body: { revisionNumber: 2 },
    audit: "article.withdrawn",
    // `editor` submitted; only the submitter or an admin may withdraw.
    expect: { anonymous: 401, editor: 200, reviewer: 403, admin: 200, reviewerAuthor: 403 },
  },
  "request-changes": {
    setup: inReviewArticle,
    body: { revisionNumber: 2, categories: ["awkward_phrasing"], comment: "Reads like MT." },
    audit: "article.changes_requested",
    expect: { anonymous: 401, editor: 403, reviewer: 200, admin: 200, reviewerAuthor: 403 },
  },
  approve: {
    setup: inReviewArticle,
    body: { revisionNumber: 2 },
    audit: "article.approved",
    expect: { anonymous: 401, editor: 403, reviewer: 200, admin: 200, reviewerAuthor: 403 },
  },
  // Publishing is not judging the text (that was approval), so authorship does not bar it.
  publish: {
    setup: approvedArticle,
    body: { revisionNumber: 2 },
    audit: "article.published",
    expect: { anonymous: 401, editor: 403, reviewer: 200, admin: 200, reviewerAuthor: 200 },
  },
  unpublish: {
    setup: publishedArticle,
    body: { version: 1 },
    audit: "article.unpublished",
    expect: { anonymous: 401, editor: 403, reviewer: 200, admin: 200, reviewerAuthor: 200 },
  },
};

// Every cell asserts its exact status, and that a refusal changed and recorded
// nothing: an unexpected allow fails its cell.
describe("role × action matrix", () => {
  for (const [action, row] of Object.entries(MATRIX)) {
    for (const who of WHO) {
      it(`${action} by ${who} → ${row.expect[who]}`, async () => {
        const id = await row.setup();
        const before = await db.article.findUniqueOrThrow({ where: { id } });
        const auditsBefore = await audits(id, row.audit);
        const res = await post(id, action, row.body, cookieOf(who));
        expect(res.status).toBe(row.expect[who]);
        const after = await db.article.findUniqueOrThrow({ where: { id } });
        if (res.status === 200) {
          expect(await audits(id, row.audit)).toBe(auditsBefore + 1);
          expect(after.version).toBe(before.version + 1);
        } else {
          // Refused: nothing changed and nothing was recorded.
          expect(await audits(id, row.audit)).toBe(auditsBefore);
          expect(after).toEqual(before);
        }
      });
    }
  }
});

describe("transitions", () => {
  it("walks submit → request changes → save → resubmit → approve, recording each step", async () => {
    const { submitRevision } = await import("@/lib/use-cases/submit-revision");
    const { requestChanges } = await import("@/lib/use-cases/request-changes");
    const { approveRevision } = await import("@/lib/use-cases/approve-revision");
    const id = await importedArticle(editor.id);
    await save(id, editor, "promote industrial digitalization And digital industrialization");
    await submitRevision({ db, actor: actorOf(editor), articleId: id, input: { qaOverride: INCIDENTAL_QA_OVERRIDE, revisionNumber: 1, reviewerId: reviewer.id, note: "First pass" } });
    let article = await db.article.findUniqueOrThrow({ where: { id } });
    expect(article).toMatchObject({ status: "in_review", submittedRevisionNumber: 1, submittedById: editor.id, assignedReviewerId: reviewer.id, submissionNote: "First pass" });

    await requestChanges({ db, actor: actorOf(reviewer), articleId: id, input: { revisionNumber: 1, categories: ["awkward_phrasing", "grammar"], comment: "Lower-case “And”." } });
    article = await db.article.findUniqueOrThrow({ where: { id } });
    expect(article.status).toBe("changes_requested");
    const review = await db.review.findFirstOrThrow({ where: { articleId: id }, include: { categories: true } });
    expect(review).toMatchObject({ decision: "changes_requested", revisionNumber: 1, reviewerId: reviewer.id, comment: "Lower-case “And”." });
    expect(review.categories.map((c) => c.category).sort()).toEqual(["awkward_phrasing", "grammar"]);

    await save(id, editor, "promote industrial digitalization and digital industrialization");
    article = await db.article.findUniqueOrThrow({ where: { id } });
    expect(article).toMatchObject({ status: "draft", submittedRevisionNumber: null, headRevisionNumber: 2 });

    await submitRevision({ db, actor: actorOf(editor), articleId: id, input: { qaOverride: INCIDENTAL_QA_OVERRIDE, revisionNumber: 2 } });
    await approveRevision({ db, actor: actorOf(reviewer), articleId: id, input: { qaOverride: INCIDENTAL_QA_OVERRIDE, revisionNumber: 2 } });
    article = await db.article.findUniqueOrThrow({ where: { id } });
    expect(article).toMatchObject({ status: "approved", approvedRevisionNumber: 2, approvedById: reviewer.id, submittedRevisionNumber: null });

    const actions = (await db.auditEvent.findMany({ where: { articleId: id }, orderBy: { createdAt: "asc" }, select: { action: true } })).map((e) => e.action);
    expect(actions).toEqual([
      "article.imported",
      "revision.saved",
      "article.submitted",
      "article.changes_requested",
      "revision.saved",
      "article.submitted",
      "article.approved",
    ]);
  });

  it("saving after approval starts a new draft and keeps the approved revision", async () => {
    const { submitRevision } = await import("@/lib/use-cases/submit-revision");
    const { approveRevision } = await import("@/lib/use-cases/approve-revision");
    const id = await importedArticle(editor.id);
    await save(id, editor, "Approved text.");
    await submitRevision({ db, actor: actorOf(editor), articleId: id, input: { qaOverride: INCIDENTAL_QA_OVERRIDE, revisionNumber: 1 } });
    await approveRevision({ db, actor: actorOf(reviewer), articleId: id, input: { qaOverride: INCIDENTAL_QA_OVERRIDE, revisionNumber: 1 } });
    await save(id, editor, "A later edit.");
    const article = await db.article.findUniqueOrThrow({ where: { id } });
    expect(article).toMatchObject({ status: "draft", approvedRevisionNumber: 1, headRevisionNumber: 2 });
  });

  it("lets a reviewer judge a submission when their own revision predates the last approval", async () => {
    const { submitRevision } = await import("@/lib/use-cases/submit-revision");
    const { approveRevision } = await import("@/lib/use-cases/approve-revision");
    const id = await importedArticle(editor.id);
    await save(id, reviewerAuthor, "The reviewer's early edit.");
    await submitRevision({ db, actor: actorOf(reviewerAuthor), articleId: id, input: { qaOverride: INCIDENTAL_QA_OVERRIDE, revisionNumber: 1 } });
    await approveRevision({ db, actor: actorOf(reviewer), articleId: id, input: { qaOverride: INCIDENTAL_QA_OVERRIDE, revisionNumber: 1 } });
    await save(id, editor, "The editor's later edit.");
    await submitRevision({ db, actor: actorOf(editor), articleId: id, input: { qaOverride: INCIDENTAL_QA_OVERRIDE, revisionNumber: 2 } });
    const res = await post(id, "approve", { revisionNumber: 2 }, reviewerAuthor.cookie);
    expect(res.status).toBe(200);
  });

  it("refuses a reviewer who authored any revision since the last approval, not only the submitted one", async () => {
    const id = await inReviewArticle(); // rev 1 editor, rev 2 reviewerAuthor, submitted rev 2
    const { requestChanges } = await import("@/lib/use-cases/request-changes");
    await requestChanges({ db, actor: actorOf(reviewer), articleId: id, input: { revisionNumber: 2, categories: ["style"], comment: "x" } });
    await save(id, editor, "Editor fixes on top.");
    const { submitRevision } = await import("@/lib/use-cases/submit-revision");
    await submitRevision({ db, actor: actorOf(editor), articleId: id, input: { qaOverride: INCIDENTAL_QA_OVERRIDE, revisionNumber: 3 } });
    const res = await post(id, "approve", { revisionNumber: 3 }, reviewerAuthor.cookie);
    expect(res.status).toBe(403);
    expect(((await res.json()) as ErrorJson).error.code).toBe("forbidden");
  });

  it("refuses a reviewer whose own text comes back through a restore (four-eyes follows the text)", async () => {
    const { submitRevision } = await import("@/lib/use-cases/submit-revision");
    const { approveRevision } = await import("@/lib/use-cases/approve-revision");
    const { requestChanges } = await import("@/lib/use-cases/request-changes");
    const { restoreRevision } = await import("@/lib/use-cases/restore-revision");
    const { eligibleReviewers } = await import("@/lib/read/workflow-view");
    const id = await importedArticle(editor.id);
    await save(id, editor, "First edit."); // 1
    await save(id, reviewerAuthor, "The reviewer's own wording."); // 2, by R
    await save(id, editor, "The editor's rewrite."); // 3
    await submitRevision({ db, actor: actorOf(editor), articleId: id, input: { qaOverride: INCIDENTAL_QA_OVERRIDE, revisionNumber: 3 } });
    await approveRevision({ db, actor: actorOf(reviewer), articleId: id, input: { qaOverride: INCIDENTAL_QA_OVERRIDE, revisionNumber: 3 } }); // S approves 3
    const restored = await restoreRevision({ db, actor: actorOf(editor), articleId: id, number: 2, baseNumber: 3 });
    expect(restored).toMatchObject({ unchanged: false, revision: { number: 4 } });
    await submitRevision({ db, actor: actorOf(editor), articleId: id, input: { qaOverride: INCIDENTAL_QA_OVERRIDE, revisionNumber: 4 } });

    expect((await eligibleReviewers(db, id, editor.id)).map((u) => u.id)).not.toContain(reviewerAuthor.id);
    const approve = await post(id, "approve", { revisionNumber: 4 }, reviewerAuthor.cookie);
    expect(approve.status).toBe(403);
    expect(((await approve.json()) as ErrorJson).error.code).toBe("forbidden");
    await expect(
      requestChanges({ db, actor: actorOf(reviewerAuthor), articleId: id, input: { revisionNumber: 4, categories: ["style"], comment: "x" } }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.article.findUniqueOrThrow({ where: { id }, select: { status: true, approvedRevisionNumber: true } })).toEqual({
      status: "in_review",
      approvedRevisionNumber: 3,
    });
    // Someone who wrote none of the restored text still may.
    expect((await post(id, "approve", { revisionNumber: 4 }, reviewer.cookie)).status).toBe(200);
  });

  it("lets a reviewer judge a restore of text that was approved, even when they wrote it", async () => {
    const { submitRevision } = await import("@/lib/use-cases/submit-revision");
    const { approveRevision } = await import("@/lib/use-cases/approve-revision");
    const { restoreRevision } = await import("@/lib/use-cases/restore-revision");
    const id = await importedArticle(editor.id);
    await save(id, reviewerAuthor, "The reviewer's wording, approved."); // 1, by R
    await submitRevision({ db, actor: actorOf(editor), articleId: id, input: { qaOverride: INCIDENTAL_QA_OVERRIDE, revisionNumber: 1 } });
    await approveRevision({ db, actor: actorOf(reviewer), articleId: id, input: { qaOverride: INCIDENTAL_QA_OVERRIDE, revisionNumber: 1 } });
    await save(id, editor, "A later edit."); // 2
    await restoreRevision({ db, actor: actorOf(editor), articleId: id, number: 1, baseNumber: 2 }); // 3 = the approved text
    await submitRevision({ db, actor: actorOf(editor), articleId: id, input: { qaOverride: INCIDENTAL_QA_OVERRIDE, revisionNumber: 3 } });
    expect((await post(id, "approve", { revisionNumber: 3 }, reviewerAuthor.cookie)).status).toBe(200);
  });

  it.each([
    ["approve", { revisionNumber: 1 }, "draft", "a draft"],
    ["request-changes", { revisionNumber: 1, categories: ["style"], comment: "x" }, "draft", "a draft"],
    ["withdraw", { revisionNumber: 1 }, "draft", "a draft"],
    ["publish", { revisionNumber: 1 }, "draft", "a draft"],
    ["unpublish", { version: 1 }, "draft", "a draft"],
  ])("answers 409 for %s while %s, naming the status", async (action, body, _status, named) => {
    const id = await importedArticle(editor.id);
    await save(id, editor, "Edited.");
    const res = await post(id, action, body, admin.cookie);
    expect(res.status).toBe(409);
    const json = (await res.json()) as ErrorJson;
    expect(json.error.code).toBe("invalid_transition");
    expect(json.error.message).toContain(named);
    expect(await db.auditEvent.count({ where: { articleId: id, action: { startsWith: "article." }, NOT: { action: "article.imported" } } })).toBe(0);
  });

  it("names the status in Chinese for a Chinese caller", async () => {
    const id = await inReviewArticle();
    const res = await post(id, "submit", { revisionNumber: 2 }, editor.cookie, "zh-CN");
    expect(res.status).toBe(409);
    expect(((await res.json()) as ErrorJson).error.message).toContain("审阅中");
  });

  it("refuses saving while in review with 409 and stores nothing", async () => {
    const id = await inReviewArticle();
    const { postRevision } = await import("./revision-helpers");
    const res = await postRevision(id, { baseNumber: 2, title: "T", content: doc("Sneaky edit.") }, { cookie: editor.cookie });
    expect(res.status).toBe(409);
    expect(((await res.json()) as ErrorJson).error.code).toBe("invalid_transition");
    expect(await db.revision.count({ where: { articleId: id } })).toBe(2);
  });

  it("refuses a decision on a revision other than the submitted one", async () => {
    const id = await inReviewArticle();
    const res = await post(id, "approve", { revisionNumber: 1 }, reviewer.cookie);
    expect(res.status).toBe(409);
    expect(((await res.json()) as ErrorJson).error.code).toBe("conflict");
    expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("in_review");
  });

  it("refuses submitting a revision that is not the head, or before any revision exists", async () => {
    const id = await draftArticle();
    expect((await post(id, "submit", { revisionNumber: 1 }, editor.cookie)).status).toBe(409);
    const fresh = await importedArticle(editor.id);
    const res = await post(fresh, "submit", { revisionNumber: 1 }, editor.cookie);
    expect(res.status).toBe(422);
    expect(((await res.json()) as ErrorJson).error.issues?.[0]?.path).toBe("revisionNumber");
  });

  it("refuses assigning a reviewer who authored the submission or is not a reviewer", async () => {
    const id = await draftArticle();
    for (const reviewerId of [reviewerAuthor.id, otherEditor.id, "nobody"]) {
      const res = await post(id, "submit", { revisionNumber: 2, reviewerId }, editor.cookie);
      expect(res.status).toBe(422);
      expect(((await res.json()) as ErrorJson).error.issues?.[0]?.path).toBe("reviewerId");
    }
    expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("draft");
  });

  it("answers 422 naming each bad field of a change request", async () => {
    const id = await inReviewArticle();
    const res = await post(id, "request-changes", { revisionNumber: 2, categories: ["rude"], comment: "" }, reviewer.cookie);
    expect(res.status).toBe(422);
    const paths = ((await res.json()) as ErrorJson).error.issues?.map((i) => i.path) ?? [];
    expect(paths).toEqual(expect.arrayContaining(["categories.0", "comment"]));
    expect(await db.review.count({ where: { articleId: id } })).toBe(0);
  });

  it("lets exactly one of two concurrent decisions land", async () => {
    const id = await inReviewArticle();
    const results = await Promise.all([
      post(id, "approve", { revisionNumber: 2 }, reviewer.cookie),
      post(id, "request-changes", { revisionNumber: 2, categories: ["style"], comment: "No." }, admin.cookie),
    ]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
    expect(await db.review.count({ where: { articleId: id } })).toBe(1);
  });

  it("answers 404 for an unknown action or article", async () => {
    const id = await draftArticle();
    expect((await post(id, "merge", {}, admin.cookie)).status).toBe(404);
    expect((await post("nope", "approve", { revisionNumber: 1 }, admin.cookie)).status).toBe(404);
  });
});
