/**
 * Concurrent saves against one SQLite connection: no acknowledged text may be
 * lost, whether saves race each other or run beside another transaction.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { migrateTestDb } from "./helpers";
import { doc, importedArticle, postRevision, signedInUser, type ErrorJson } from "./revision-helpers";

let db: Db;
let users: Awaited<ReturnType<typeof signedInUser>>[];

beforeAll(async () => {
  db = await migrateTestDb();
  users = [await signedInUser("editor"), await signedInUser("reviewer"), await signedInUser("admin")];
});

function userFor(i: number) {
  const user = users[i % users.length];
  if (!user) throw new Error("no users");
  return user;
}

describe("concurrent saves", () => {
  it("20 saves from one base: exactly one lands, 19 get 409 with the winner; every text is stored or handed back", async () => {
    const articleId = await importedArticle(userFor(0).id);
    const texts = Array.from({ length: 20 }, (_, i) => `Edit number ${i} by writer ${i}.`);
    const responses = await Promise.all(
      texts.map((text, i) => postRevision(articleId, { baseNumber: 0, title: `Title ${i}`, content: doc(text) }, { cookie: userFor(i).cookie })),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);

    const winner = statuses.indexOf(201);
    const stored = await db.revision.findMany({ where: { articleId } });
    expect(stored).toHaveLength(1);
    expect(stored[0]?.content).toBe(JSON.stringify(doc(texts[winner]!)));
    expect(stored[0]?.title).toBe(`Title ${winner}`);

    // Each loser is told what won, so its editor can merge its own text onto it.
    for (const [i, res] of responses.entries()) {
      if (i === winner) continue;
      const body = (await res.json()) as ErrorJson;
      expect(body.error.code).toBe("conflict");
      expect(body.error.current).toMatchObject({ number: 1, title: `Title ${winner}`, content: doc(texts[winner]!), authorName: userFor(winner).name });
    }
    const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    expect(article).toMatchObject({ headRevisionNumber: 1, targetTitle: `Title ${winner}`, version: 2 });
    expect(await db.auditEvent.count({ where: { articleId, action: "revision.saved" } })).toBe(1);
  });

  it("when every racer passed the head check, the database still lets only one write land", async () => {
    const { saveRevision } = await import("@/lib/use-cases/save-revision");
    const { AppError } = await import("@/lib/errors");
    const articleId = await importedArticle(userFor(0).id);
    // Straight to the use-case: all 20 read head 0 before any of them writes,
    // so the losers are stopped by the head-filtered update, not the read.
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => {
        const user = userFor(i);
        const actor = { id: user.id, name: user.name, email: user.email, role: user.role };
        return saveRevision({ db, actor, articleId, input: { baseNumber: 0, title: `Racer ${i}`, content: doc(`Racer ${i} text.`) } });
      }),
    );
    const winners = results.flatMap((r, i) => (r.status === "fulfilled" ? [i] : []));
    expect(winners).toHaveLength(1);
    for (const r of results) {
      if (r.status === "fulfilled") continue;
      expect(r.reason).toBeInstanceOf(AppError);
      expect(r.reason).toMatchObject({ code: "conflict", details: { current: { number: 1, title: `Racer ${winners[0]}` } } });
    }
    expect(await db.revision.count({ where: { articleId } })).toBe(1);
  });

  it("chains of saves, each from the head it was told about, all land in order", async () => {
    const articleId = await importedArticle(userFor(0).id);
    // Two writers alternate; a 409 is resolved the way the editor does: rebase on `current`.
    const writers = [0, 1].map(async (w) => {
      let base = 0;
      let saved = 0;
      while (saved < 10) {
        const res = await postRevision(articleId, { baseNumber: base, title: "T", content: doc(`writer ${w} save ${saved}`) }, { cookie: userFor(w).cookie });
        if (res.status === 201) {
          base = ((await res.json()) as { revision: { number: number } }).revision.number;
          saved += 1;
        } else {
          expect(res.status).toBe(409);
          base = ((await res.json()) as ErrorJson).error.current!.number;
        }
      }
    });
    await Promise.all(writers);
    const numbers = (await db.revision.findMany({ where: { articleId }, select: { number: true }, orderBy: { number: "asc" } })).map((r) => r.number);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("saves acknowledged while another transaction runs survive its commit or its rollback", async () => {
    for (const outcome of ["commit", "rollback"] as const) {
      const articleId = await importedArticle(userFor(0).id);
      const marker = randomUUID();
      const inserts = Array.from({ length: 2000 }, (_, i) =>
        db.auditEvent.create({ data: { id: `${marker}-${i}`, actorType: "system", action: "test.bulk", subjectType: "test", subjectId: marker } }),
      );
      // A duplicate primary key at the end makes the whole batch roll back.
      if (outcome === "rollback") {
        inserts.push(db.auditEvent.create({ data: { id: `${marker}-0`, actorType: "system", action: "test.bulk", subjectType: "test", subjectId: marker } }));
      }
      let settled = false;
      const bulk = db.$transaction(inserts).then(
        () => "committed",
        () => "rolled back",
      ).finally(() => {
        settled = true;
      });
      // Save one revision after another while the batch is in flight.
      // The batch holds the one connection, so these queue behind it: what
      // matters is that requests issued meanwhile keep what they were told.
      const acknowledged: { number: number; text: string; issuedDuringBulk: boolean }[] = [];
      const saves = (async () => {
        for (let i = 0; i < 5 || !settled; i++) {
          const text = `Saved during ${outcome}, save ${i}`;
          const issuedDuringBulk = !settled;
          const res = await postRevision(articleId, { baseNumber: i, title: "T", content: doc(text) }, { cookie: userFor(i).cookie });
          expect(res.status).toBe(201);
          acknowledged.push({ number: i + 1, text, issuedDuringBulk });
        }
      })();
      const [bulkResult] = await Promise.all([bulk, saves]);
      expect(bulkResult).toBe(outcome === "commit" ? "committed" : "rolled back");
      expect(acknowledged.filter((a) => a.issuedDuringBulk).length).toBeGreaterThan(0);

      const stored = await db.revision.findMany({ where: { articleId }, orderBy: { number: "asc" }, select: { number: true, content: true } });
      expect(stored).toEqual(acknowledged.map((a) => ({ number: a.number, content: JSON.stringify(doc(a.text)) })));
      expect((await db.article.findUniqueOrThrow({ where: { id: articleId } })).headRevisionNumber).toBe(acknowledged.length);
      expect(await db.auditEvent.count({ where: { articleId, action: "revision.saved" } })).toBe(acknowledged.length);
      expect(await db.auditEvent.count({ where: { subjectId: marker } })).toBe(outcome === "commit" ? 2000 : 0);
    }
  });
});
