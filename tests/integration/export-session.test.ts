/**
 * Staff follow the app's "export" link with their session instead of a
 * token: they see exactly what partners get, and no shared cache may keep it.
 */
import { beforeAll, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { migrateTestDb } from "./helpers";
import { actorOf, approvedArticle, exportGet } from "./publish-helpers";
import { signedInUser } from "./revision-helpers";

let db: Db;
beforeAll(async () => {
  db = await migrateTestDb();
});

it("admits a signed-in session without a token, answering private, no-store", async () => {
  const editor = await actorOf("editor");
  const reviewer = await actorOf("reviewer");
  const { articleId, revisionNumber } = await approvedArticle(editor, reviewer, "Corrected title", "digitalization and digital industrialization");
  const { publishArticle } = await import("@/lib/use-cases/publish-article");
  await publishArticle({ db, actor: reviewer, articleId, input: { revisionNumber } });
  const staff = await signedInUser("editor");

  const res = await exportGet(`/api/v1/export/articles/${articleId}?format=text`, { headers: { cookie: staff.cookie } });
  expect(res.status).toBe(200);
  expect(res.headers.get("cache-control")).toBe("private, no-store");
  expect(await res.text()).toContain("digitalization and digital industrialization");

  const list = await exportGet(`/api/v1/export/articles`, { headers: { cookie: staff.cookie } });
  expect(list.status).toBe(200);
  expect(list.headers.get("cache-control")).toBe("private, no-store");
});

it("refuses a cookie that is not a session, and still requires the token when one is sent", async () => {
  expect((await exportGet(`/api/v1/export/articles`, { headers: { cookie: "better-auth.session_token=forged" } })).status).toBe(401);
  const staff = await signedInUser("admin");
  const withBadToken = await exportGet(`/api/v1/export/articles`, { token: "cdk_wrong", headers: { cookie: staff.cookie } });
  expect(withBadToken.status).toBe(401);
});
