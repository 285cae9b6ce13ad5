/**
 * "My work" read models against a real database: who sees which article in
 * which list, the four-eyes exclusion ("you edited this"), oldest submission
 * first, pagination and the navigation count.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { migrateTestDb, seedTestUser } from "./helpers";
import { importedArticle } from "./revision-helpers";

let db: Db;
type User = Awaited<ReturnType<typeof seedTestUser>>;
let ana: User; // editor
let bo: User; // editor
let rui: User; // reviewer
let sara: User; // reviewer who also edits
let adm: User; // admin
const ids: Record<string, string> = {};

const actorOf = (u: User): Actor => ({ id: u.id, name: u.name, email: u.email, role: u.role });
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

beforeAll(async () => {
  db = await migrateTestDb();
  const seed = await import("@/lib/seed/workflow-states");
  [ana, bo, rui, sara, adm] = await Promise.all([seedTestUser("editor"), seedTestUser("editor"), seedTestUser("reviewer"), seedTestUser("reviewer"), seedTestUser("admin")]);
  const article = async (name: string, authors: User[]) => {
    ids[name] = await importedArticle(ana.id);
    await seed.seedRevisionRows(db, ids[name]!, authors.map((u) => u.id));
    return ids[name]!;
  };

  // Drafts.
  await article("anaDraft", [ana]);
  await article("boOnTop", [ana, bo]); // head by Bo: Bo's, not Ana's
  await article("mtOnly", []); // nobody's
  // Changes requested: head by Bo, submitted by Ana → both see it.
  await article("sentBack", [bo]);
  await seed.setArticleState(db, ids.sentBack!, { status: "changes_requested", submittedById: ana.id });
  await seed.seedReview(db, { articleId: ids.sentBack!, reviewerId: rui.id, revisionNumber: 1, categories: ["mistranslation", "grammar"], comment: "Fix para 2", createdAt: minutesAgo(30) });
  // An older approval, then the change request is the latest review.
  await seed.seedReview(db, { articleId: ids.sentBack!, reviewerId: rui.id, revisionNumber: 1, approved: true, createdAt: minutesAgo(90) });

  // In review, submitted at different times (created in another order).
  await article("middle", [ana]);
  await seed.setArticleState(db, ids.middle!, { status: "in_review", submittedById: ana.id, submittedAt: minutesAgo(20) });
  await article("newest", [bo]);
  await seed.setArticleState(db, ids.newest!, { status: "in_review", submittedById: bo.id, submittedAt: minutesAgo(5) });
  await article("oldest", [ana]);
  await seed.setArticleState(db, ids.oldest!, { status: "in_review", submittedById: ana.id, submittedAt: minutesAgo(60) });
  // Sara wrote revision 2 after the approval of 1: she may not review it.
  await article("saraEdited", [ana, sara]);
  await seed.setArticleState(db, ids.saraEdited!, { status: "in_review", submittedById: ana.id, submittedAt: minutesAgo(40), approvedRevisionNumber: 1, approvedById: rui.id });
  // Sara wrote revision 1, approved; revision 2 by Ana is submitted: Sara may review.
  await article("saraBeforeApproval", [sara, ana]);
  await seed.setArticleState(db, ids.saraBeforeApproval!, { status: "in_review", submittedById: ana.id, submittedAt: minutesAgo(50), approvedRevisionNumber: 1, approvedById: rui.id });
  // Addressed to Rui.
  await article("forRui", [bo]);
  await seed.setArticleState(db, ids.forRui!, { status: "in_review", submittedById: bo.id, submittedAt: minutesAgo(10), assignedReviewerId: rui.id });
  // Approved and published articles are nobody's work.
  await article("done", [ana]);
  await seed.setArticleState(db, ids.done!, { status: "approved", approvedRevisionNumber: 1, approvedById: rui.id });
});

async function lists(user: User, pageSize?: number, query: Partial<Record<string, number>> = {}) {
  const { getMyWork, workQuerySchema } = await import("@/lib/work/queries");
  const pages = await getMyWork(db, actorOf(user), workQuerySchema.parse(query), pageSize);
  return Object.fromEntries(pages.map((p) => [p.list, p]));
}
const names = (items: { id: string }[]) => items.map((i) => Object.keys(ids).find((k) => ids[k] === i.id));

describe("editors", () => {
  it("see their drafts: the head revision is theirs, or they submitted it", async () => {
    const work = await lists(ana);
    expect(Object.keys(work)).toEqual(["changes", "drafts", "awaiting"]);
    expect(names(work.drafts!.items)).toEqual(["anaDraft"]);
    expect(names((await lists(bo)).drafts!.items)).toEqual(["boOnTop"]);
  });

  it("see their pieces awaiting review: submitted by them or with a revision of theirs, oldest submission first", async () => {
    const work = await lists(ana);
    expect(names(work.awaiting!.items)).toEqual(["oldest", "saraBeforeApproval", "saraEdited", "middle"]);
    expect(work.awaiting!.items[0]).toMatchObject({ status: "in_review", submitterName: ana.name });
    // Bo submitted "newest" and "forRui"; the latter is addressed to Rui.
    const bos = await lists(bo);
    expect(names(bos.awaiting!.items)).toEqual(["forRui", "newest"]);
    expect(bos.awaiting!.items[0]!.reviewerName).toBe(rui.name);
    // Approved, draft and sent-back pieces are not waiting for review.
    expect(names(work.awaiting!.items)).not.toContain("done");
    expect(names(work.awaiting!.items)).not.toContain("sentBack");
  });

  it("see change requests with the latest reasons and comment", async () => {
    for (const user of [ana, bo]) {
      const work = await lists(user);
      expect(names(work.changes!.items)).toEqual(["sentBack"]);
      expect(work.changes!.items[0]!.changeRequest).toMatchObject({ reviewerName: rui.name, categories: ["mistranslation", "grammar"], comment: "Fix para 2" });
    }
    expect((await lists(rui)).changes!.total).toBe(0);
  });
});

describe("reviewers", () => {
  it("see the queue oldest submission first, without what they edited or what is addressed to them", async () => {
    const work = await lists(rui);
    expect(Object.keys(work)).toEqual(["changes", "assigned", "queue", "edited", "drafts"]);
    expect(names(work.queue!.items)).toEqual(["oldest", "saraBeforeApproval", "saraEdited", "middle", "newest"]);
    expect(names(work.assigned!.items)).toEqual(["forRui"]);
    expect(work.edited!.total).toBe(0);
  });

  it("cannot review revisions they wrote since the last approval: listed apart as 'you edited this'", async () => {
    const work = await lists(sara);
    expect(names(work.queue!.items)).toEqual(["oldest", "saraBeforeApproval", "middle", "forRui", "newest"]);
    expect(names(work.edited!.items)).toEqual(["saraEdited"]);
    expect(work.assigned!.total).toBe(0);
  });

  it("admins see the review queue too", async () => {
    expect((await lists(adm)).queue!.total).toBe(6);
  });

  it("pages each list on its own, clamping a page past the end", async () => {
    const first = await lists(rui, 2);
    expect(first.queue!).toMatchObject({ total: 5, page: 1, pageCount: 3 });
    expect(names(first.queue!.items)).toEqual(["oldest", "saraBeforeApproval"]);
    const third = await lists(rui, 2, { queue: 3 });
    expect(names(third.queue!.items)).toEqual(["newest"]);
    const past = await lists(rui, 2, { queue: 99 });
    expect(past.queue!.page).toBe(3);
    expect(names(past.queue!.items)).toEqual(["newest"]);
  });

  it("ignores bad page numbers in the query string", async () => {
    const { workQuerySchema } = await import("@/lib/work/queries");
    expect(workQuerySchema.parse({ queue: "-1", drafts: "abc", changes: ["2", "3"] })).toEqual({ changes: 1, drafts: 1, assigned: 1, queue: 1, edited: 1, awaiting: 1 });
  });
});

describe("navigation count", () => {
  it("adds up what waits: change requests and drafts, and for reviewers what they can review", async () => {
    const { countMyWork } = await import("@/lib/work/queries");
    expect(await countMyWork(db, actorOf(ana))).toBe(2); // sentBack + anaDraft
    expect(await countMyWork(db, actorOf(bo))).toBe(2); // sentBack + boOnTop
    expect(await countMyWork(db, actorOf(rui))).toBe(6); // 5 queue + 1 assigned
    expect(await countMyWork(db, actorOf(sara))).toBe(5); // not saraEdited
  });
});
