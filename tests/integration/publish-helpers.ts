/**
 * Helpers for the publishing and export tests: an article taken through the
 * real workflow (import → save → submit → approve), and export API calls
 * through the route handlers. Import only after `migrateTestDb()` ran.
 */
import type { Actor } from "@/lib/auth/roles";
import { seedTestUser, INCIDENTAL_QA_OVERRIDE } from "./helpers";
import { doc, importedArticle } from "./revision-helpers";

export async function actorOf(role: Actor["role"]): Promise<Actor> {
  const user = await seedTestUser(role);
  return { id: user.id, name: user.name, email: user.email, role };
}

/** Saves a new head revision (as `editor`) and gets it approved (by `reviewer`). Returns its number. */
export async function approveNewRevision(articleId: string, editor: Actor, reviewer: Actor, title: string, ...paragraphs: string[]) {
  const { db } = await import("@/lib/db/client");
  const { saveRevision } = await import("@/lib/use-cases/save-revision");
  const { submitRevision } = await import("@/lib/use-cases/submit-revision");
  const { approveRevision } = await import("@/lib/use-cases/approve-revision");
  const head = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { headRevisionNumber: true } });
  const saved = await saveRevision({ db, actor: editor, articleId, input: { baseNumber: head.headRevisionNumber, title, content: doc(...paragraphs) } });
  if (saved.unchanged) throw new Error("save changed nothing");
  const revisionNumber = saved.revision.number;
  await submitRevision({ db, actor: editor, articleId, input: { qaOverride: INCIDENTAL_QA_OVERRIDE, revisionNumber } });
  await approveRevision({ db, actor: reviewer, articleId, input: { qaOverride: INCIDENTAL_QA_OVERRIDE, revisionNumber } });
  return revisionNumber;
}

/** A freshly imported article with one approved revision. */
export async function approvedArticle(editor: Actor, reviewer: Actor, title = "Approved title", ...paragraphs: string[]) {
  const articleId = await importedArticle(editor.id);
  const revisionNumber = await approveNewRevision(articleId, editor, reviewer, title, ...(paragraphs.length ? paragraphs : ["Approved body."]));
  return { articleId, revisionNumber };
}

/** A GET through an export route handler. */
export async function exportGet(path: string, options: { token?: string | null; headers?: Record<string, string> } = {}) {
  const url = new URL(path, "http://localhost");
  const headers: Record<string, string> = { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers };
  const request = new Request(url, { headers });
  const segments = url.pathname.replace(/^\/api\/v1\/export\/articles\/?/, "").split("/").filter(Boolean);
  if (url.pathname === "/api/v1/openapi.json") {
    const { GET } = await import("@/app/api/v1/openapi.json/route");
    return GET();
  }
  if (segments.length === 0) {
    const { GET } = await import("@/app/api/v1/export/articles/route");
    return GET(request);
  }
  const id = decodeURIComponent(segments[0]!);
  if (segments.length === 1) {
    const { GET } = await import("@/app/api/v1/export/articles/[id]/route");
    return GET(request, { params: Promise.resolve({ id }) });
  }
  if (segments.length === 3 && segments[1] === "versions") {
    const { GET } = await import("@/app/api/v1/export/articles/[id]/versions/[version]/route");
    return GET(request, { params: Promise.resolve({ id, version: segments[2]! }) });
  }
  throw new Error(`No export route for ${path}`);
}
