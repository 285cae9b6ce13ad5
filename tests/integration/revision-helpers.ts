/**
 * Helpers for the revision API tests: a real Better Auth session cookie,
 * an imported article, editor documents, and calls of the route handlers.
 * Import only after `migrateTestDb()` ran (these modules load `db`).
 */
import type { Role } from "@/lib/auth/roles";
import type { EditorDoc } from "@/lib/editor/validate";
import { seedTestUser, validImport } from "./helpers";

export type ErrorJson = {
  error: {
    code: string;
    message: string;
    issues?: { path: string; code: string; message: string }[];
    current?: { number: number; title: string; content: unknown; authorName: string | null; createdAt: string; message: string | null };
  };
};

/** A signed-in user: the `cookie` header value of a real session. */
export async function signedInUser(role: Role = "editor") {
  const user = await seedTestUser(role);
  const { auth } = await import("@/lib/auth/auth");
  const res = await auth.api.signInEmail({ body: { email: user.email, password: user.password }, asResponse: true });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  if (!cookie) throw new Error("sign-in set no cookie");
  return { ...user, cookie };
}

/** Imports an article (as `userId`) and returns its id. */
export async function importedArticle(userId: string, overrides: { mt?: string; targetLang?: string } = {}) {
  const { db } = await import("@/lib/db/client");
  const { importArticle } = await import("@/lib/use-cases/import-article");
  const input = validImport();
  if (overrides.mt) input.body.mt = overrides.mt;
  if (overrides.targetLang) input.targetLang = overrides.targetLang;
  const article = await importArticle({ db, actor: { type: "user", id: userId }, input });
  return article.id;
}

/** A document of plain paragraphs. */
export function doc(...paragraphs: string[]): EditorDoc {
  return { type: "doc", content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })) };
}

/** POST /api/articles/:id/revisions through the route handler. */
export async function postRevision(
  articleId: string,
  body: unknown,
  options: { cookie?: string | null; headers?: Record<string, string>; raw?: string } = {},
) {
  const { POST } = await import("@/app/api/articles/[id]/revisions/route");
  return POST(
    new Request(`http://localhost/api/articles/${articleId}/revisions`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(options.cookie ? { cookie: options.cookie } : {}), ...options.headers },
      body: options.raw ?? JSON.stringify(body),
    }),
    { params: Promise.resolve({ id: articleId }) },
  );
}

/** GET /api/articles/:id/revisions/:number through the route handler. */
export async function getRevisionRoute(articleId: string, number: string, cookie: string | null) {
  const { GET } = await import("@/app/api/articles/[id]/revisions/[number]/route");
  return GET(new Request(`http://localhost/api/articles/${articleId}/revisions/${number}`, { headers: cookie ? { cookie } : {} }), {
    params: Promise.resolve({ id: articleId, number }),
  });
}
