/**
 * The pages' loaders (lib/loaders) against a real database: each returns the
 * page's data with stored documents parsed, and null where the page is a 404.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { migrateTestDb, seedTestUser } from "./helpers";
import { importedArticle } from "./revision-helpers";

let db: Db;
let actor: Actor;
let fresh: string; // MT only
let edited: string; // two revisions

beforeAll(async () => {
  db = await migrateTestDb();
  const { seedRevisionRows } = await import("@/lib/seed/workflow-states");
  const editor = await seedTestUser("editor");
  actor = { id: editor.id, name: editor.name, email: editor.email, role: editor.role };
  [fresh, edited] = await Promise.all([importedArticle(editor.id), importedArticle(editor.id)]);
  await seedRevisionRows(db, edited, [editor.id, editor.id]);
});

describe("article page loader", () => {
  it("aligns the original with the MT before the first save", async () => {
    const { loadArticlePage } = await import("@/lib/loaders/article");
    const data = await loadArticlePage(db, { actor, id: fresh });
    expect(data?.head).toBeNull();
    expect(data?.title).toBe("Test title");
    expect(data?.rows.map((r) => [r.source.map((b) => b.text), r.target.map((b) => b.text)])).toEqual([
      [["第一段。"], ["First paragraph."]],
      [["第二段。"], ["Second paragraph."]],
    ]);
    expect([data?.sourceCount, data?.targetCount]).toEqual([2, 2]);
    expect(data?.recent).toEqual([]);
    expect(data?.workflow?.status).toBe("draft");
    expect(data?.openThreads).toBe(0);
  });

  it("shows the head revision once there is one", async () => {
    const { loadArticlePage } = await import("@/lib/loaders/article");
    const data = await loadArticlePage(db, { actor, id: edited });
    expect(data?.head?.number).toBe(2);
    expect(data?.rows.flatMap((r) => r.target.map((b) => b.text))).toEqual(["Revision 2 text."]);
    expect(data?.recent.map((r) => r.number)).toEqual([2, 1]);
  });

  it("is null for an unknown article", async () => {
    const { loadArticlePage } = await import("@/lib/loaders/article");
    expect(await loadArticlePage(db, { actor, id: "no-such-article" })).toBeNull();
  });
});

describe("edit page loader", () => {
  it("starts the desk from the MT, with the original's blocks", async () => {
    const { loadEditPage } = await import("@/lib/loaders/article-edit");
    const data = await loadEditPage(db, { actor, id: fresh });
    expect(data?.base.number).toBe(0);
    expect(data?.base.title).toBe("Test title");
    expect(data?.base.content.content).toHaveLength(2);
    expect(data?.sourceBlocks).toEqual([
      { type: "paragraph", text: "第一段。" },
      { type: "paragraph", text: "第二段。" },
    ]);
  });
});

describe("revision page loader", () => {
  it("aligns the named revision with the original", async () => {
    const { loadRevisionPage } = await import("@/lib/loaders/article-revision");
    const data = await loadRevisionPage(db, { id: edited, number: "1" });
    expect(data?.number).toBe(1);
    expect(data?.rows.flatMap((r) => r.target.map((b) => b.text))).toEqual(["Revision 1 text."]);
  });

  it.each(["0", "3", "abc", "1.5", "-1"])("is null for revision %s", async (number) => {
    const { loadRevisionPage } = await import("@/lib/loaders/article-revision");
    expect(await loadRevisionPage(db, { id: edited, number })).toBeNull();
  });
});

describe("compare page loader", () => {
  it("compares the MT with the head by default", async () => {
    const { loadComparePage } = await import("@/lib/loaders/article-compare");
    const data = await loadComparePage(db, { id: edited, searchParams: {} });
    expect([data?.from, data?.to, data?.missing]).toEqual([0, 2, null]);
    expect(data?.versions).toEqual([2, 1, 0]);
    expect(data?.diff?.body.summary.wordsInserted).toBeGreaterThan(0);
    // Rows aligned with the original, the headline row first.
    expect(data?.diff?.headline.source).toBeTruthy();
    // The head has one paragraph: both of the original's sit beside it (a 2–1 row).
    expect(data?.diff?.rows.map((r) => r.source.map((b) => b.text))).toEqual([["第一段。", "第二段。"]]);
    expect(data?.diff?.rows.flatMap((r) => r.blocks).length).toBe(data?.diff?.body.blocks.length);
  });

  it("names a version that does not exist", async () => {
    const { loadComparePage } = await import("@/lib/loaders/article-compare");
    const data = await loadComparePage(db, { id: edited, searchParams: { from: "1", to: "9" } });
    expect(data?.missing).toBe(9);
    expect(data?.diff).toBeNull();
  });
});

describe("history page loader", () => {
  it("lists the revisions newest first, and is null for an unknown article", async () => {
    const { loadHistoryPage } = await import("@/lib/loaders/article-history");
    expect((await loadHistoryPage(db, { id: edited }))?.revisions.map((r) => r.number)).toEqual([2, 1]);
    expect(await loadHistoryPage(db, { id: "no-such-article" })).toBeNull();
  });
});
