/**
 * Runs the bad-input corpus (./bad-input-corpus.ts): every malformed request
 * over the JSON routes and the server actions must be refused with a 4xx
 * (actions: an error state) that names the problem, and must change nothing
 * in the database: the row count of every table, and the article and thread
 * rows, are compared with a snapshot taken after seeding.
 *
 * Requests carry the app's own Origin (COPYDESK_URL), as the app's pages
 * send them. Server actions run as Next.js runs them, with the request's
 * headers, cache, navigation and translations supplied here.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { buildCorpus, type ActionCase, type CorpusCase, type CorpusIds, type RouteCase, type Who } from "./bad-input-corpus";
import { migrateTestDb, seedApiToken, INCIDENTAL_QA_OVERRIDE } from "./helpers";
import { doc, importedArticle, signedInUser } from "./revision-helpers";

const actionRequest = vi.hoisted(() => ({ headers: new Headers() }));

vi.mock("next/headers", () => ({
  headers: async () => actionRequest.headers,
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined, delete: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`redirected to ${url} (the action succeeded)`);
  },
  notFound: () => {
    throw new Error("notFound");
  },
}));
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const en = (await import("@/messages/en.json")).default;
  return {
    getLocale: async () => "en",
    getTranslations: async (namespace: string) => createTranslator({ locale: "en", messages: en, namespace: namespace as never }),
  };
});

let db: Db;
let appOrigin: string;
let ids: CorpusIds;
let corpus: CorpusCase[];
const credentials = {} as Record<Who, Record<string, string>>;

type Snapshot = { counts: Record<string, number>; articles: unknown[]; threads: unknown[] };

/** Row counts of every table, plus the article and thread rows. */
async function snapshot(): Promise<Snapshot> {
  const { dbProvider } = await import("@/lib/db/provider");
  const tables =
    dbProvider(db) === "postgresql"
      ? await db.$queryRawUnsafe<{ name: string }[]>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()`)
      : await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`);
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(*) AS n FROM "${name.replaceAll('"', '""')}"`);
    counts[name] = Number(row?.n ?? -1);
  }
  const articles = await db.article.findMany({ orderBy: { id: "asc" } });
  const threads = await db.commentThread.findMany({ orderBy: { id: "asc" } });
  return { counts, articles, threads };
}

const ROUTES: { pattern: RegExp; load: () => Promise<Record<string, unknown>>; params: (m: RegExpMatchArray) => Record<string, string> }[] = [
  { pattern: /^\/api\/articles\/([^/]+)\/revisions$/, load: () => import("@/app/api/articles/[id]/revisions/route"), params: (m) => ({ id: m[1]! }) },
  { pattern: /^\/api\/articles\/([^/]+)\/revisions\/([^/]+)$/, load: () => import("@/app/api/articles/[id]/revisions/[number]/route"), params: (m) => ({ id: m[1]!, number: m[2]! }) },
  { pattern: /^\/api\/articles\/([^/]+)\/workflow\/([^/]+)$/, load: () => import("@/app/api/articles/[id]/workflow/[action]/route"), params: (m) => ({ id: m[1]!, action: m[2]! }) },
  { pattern: /^\/api\/articles\/([^/]+)\/threads$/, load: () => import("@/app/api/articles/[id]/threads/route"), params: (m) => ({ id: m[1]! }) },
  { pattern: /^\/api\/articles\/([^/]+)\/threads\/([^/]+)$/, load: () => import("@/app/api/articles/[id]/threads/[threadId]/route"), params: (m) => ({ id: m[1]!, threadId: m[2]! }) },
  { pattern: /^\/api\/articles\/([^/]+)\/threads\/([^/]+)\/comments$/, load: () => import("@/app/api/articles/[id]/threads/[threadId]/comments/route"), params: (m) => ({ id: m[1]!, threadId: m[2]! }) },
  { pattern: /^\/api\/v1\/articles$/, load: () => import("@/app/api/v1/articles/route"), params: () => ({}) },
  { pattern: /^\/api\/v1\/export\/articles$/, load: () => import("@/app/api/v1/export/articles/route"), params: () => ({}) },
  { pattern: /^\/api\/v1\/export\/articles\/([^/]+)$/, load: () => import("@/app/api/v1/export/articles/[id]/route"), params: (m) => ({ id: m[1]! }) },
  { pattern: /^\/api\/v1\/export\/articles\/([^/]+)\/versions\/([^/]+)$/, load: () => import("@/app/api/v1/export/articles/[id]/versions/[version]/route"), params: (m) => ({ id: m[1]!, version: m[2]! }) },
  { pattern: /^\/api\/v1\/feeds\/([^/]+)\/([^/]+)$/, load: () => import("@/app/api/v1/feeds/[lang]/[format]/route"), params: (m) => ({ lang: m[1]!, format: m[2]! }) },
];

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Sends one route case through its handler, as Next.js would (params decoded). */
async function send(c: RouteCase): Promise<Response> {
  const url = new URL(c.path, appOrigin);
  const route = ROUTES.find((r) => r.pattern.test(url.pathname));
  if (!route) throw new Error(`no route for ${c.path}`);
  const params = Object.fromEntries(Object.entries(route.params(url.pathname.match(route.pattern)!)).map(([k, v]) => [k, decodeURIComponent(v)]));
  const module = await route.load();
  const handler = module[c.method] as Handler | undefined;
  if (!handler) throw new Error(`${c.path} has no ${c.method}`);
  const hasBody = c.raw !== undefined || "body" in c;
  const headers: Record<string, string> = {
    origin: appOrigin,
    "sec-fetch-site": "same-origin",
    ...credentials[c.as],
    ...(hasBody && c.contentType !== null ? { "content-type": c.contentType ?? "application/json" } : {}),
    ...c.headers,
  };
  const body = c.raw !== undefined ? c.raw : "body" in c ? JSON.stringify(c.body) : undefined;
  return handler(new Request(url, { method: c.method, headers, ...(body === undefined ? {} : { body }) }), { params: Promise.resolve(params) });
}

type ErrorJson = { error?: { code?: string; message?: string; issues?: { path: string; code: string; message: string }[] } };

function matchesField(path: string, field: string): boolean {
  return path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[`);
}

async function checkRoute(c: RouteCase) {
  const res = await send(c);
  const text = await res.text();
  expect(res.status, `${c.name}: status (body ${text.slice(0, 300)})`).toBe(c.expect.status);
  const json = JSON.parse(text) as ErrorJson;
  expect(json.error?.code, `${c.name}: error code`).toBeTruthy();
  if (c.expect.field !== undefined) {
    const issue = json.error?.issues?.find((i) => matchesField(i.path, c.expect.field!));
    expect(issue, `${c.name}: an issue naming ${c.expect.field} in ${JSON.stringify(json.error?.issues)}`).toBeDefined();
    expect(issue!.message, `${c.name}: the issue's message names the field`).toContain(issue!.path);
  }
  if (c.expect.message) expect(json.error?.message, c.name).toMatch(c.expect.message);
}

type FormState = { ok?: string; error?: string; fieldErrors?: Record<string, string> };

const ACTIONS: Record<ActionCase["action"], (form: FormData, json: unknown) => Promise<FormState>> = {
  importForm: async (f) => (await import("@/app/actions/import")).importFormAction({}, f),
  importJson: async (_f, json) => (await import("@/app/actions/import")).importJsonAction({}, json),
  submit: async (f) => (await import("@/app/actions/review")).submitAction({}, f),
  withdraw: async (f) => (await import("@/app/actions/review")).withdrawAction({}, f),
  requestChanges: async (f) => (await import("@/app/actions/review")).requestChangesAction({}, f),
  approve: async (f) => (await import("@/app/actions/review")).approveAction({}, f),
  publish: async (f) => (await import("@/app/actions/publishing")).publishAction({}, f),
  unpublish: async (f) => (await import("@/app/actions/publishing")).unpublishAction({}, f),
  restore: async (f) => (await import("@/app/actions/revisions")).restoreRevisionAction({}, f),
  createUser: async (f) => (await import("@/app/actions/admin")).createUserAction({}, f),
  changeRole: async (f) => (await import("@/app/actions/admin")).changeRoleAction({}, f),
  setDisabled: async (f) => (await import("@/app/actions/admin")).setDisabledAction({}, f),
  createToken: async (f) => (await import("@/app/actions/admin")).createTokenAction({}, f),
  revokeToken: async (f) => (await import("@/app/actions/admin")).revokeTokenAction({}, f),
  createWebhook: async (f) => (await import("@/app/actions/webhooks")).createWebhookEndpointAction({}, f),
  setWebhookEnabled: async (f) => (await import("@/app/actions/webhooks")).setWebhookEndpointEnabledAction({}, f),
  deleteWebhook: async (f) => (await import("@/app/actions/webhooks")).deleteWebhookEndpointAction({}, f),
  resendWebhook: async (f) => (await import("@/app/actions/webhooks")).resendWebhookDeliveryAction({}, f),
  feedsSetting: async (f) => (await import("@/app/actions/settings")).changeFeedsSettingAction({}, f),
  signIn: async (f) => (await import("@/app/actions/auth")).signInAction({}, f),
};

async function checkAction(c: ActionCase) {
  const form = new FormData();
  for (const [name, value] of Object.entries(c.form ?? {})) {
    for (const v of Array.isArray(value) ? value : [value]) form.append(name, v);
  }
  actionRequest.headers = new Headers({ origin: appOrigin, host: new URL(appOrigin).host, "sec-fetch-site": "same-origin", ...credentials[c.as] });
  const state = await ACTIONS[c.action](form, c.json);
  expect(state.ok, `${c.name}: refused, not ok (${JSON.stringify(state)})`).toBeUndefined();
  const fieldErrors = state.fieldErrors ?? {};
  expect(Boolean(state.error) || Object.keys(fieldErrors).length > 0, `${c.name}: an error is shown (${JSON.stringify(state)})`).toBe(true);
  if (c.expect.field !== undefined) {
    expect(Object.keys(fieldErrors), `${c.name}: names ${c.expect.field} (${JSON.stringify(state)})`).toContain(c.expect.field);
    expect(fieldErrors[c.expect.field], c.name).toMatch(/\S/);
  }
  if (c.expect.message) expect(state.error, `${c.name} (${JSON.stringify(state)})`).toMatch(c.expect.message);
}

let baseline: Snapshot;

beforeAll(async () => {
  db = await migrateTestDb();
  const { env } = await import("@/lib/env");
  appOrigin = new URL(env.COPYDESK_URL).origin;
  const { setExportRateLimiter } = await import("@/lib/export/gate");
  const { createRateLimiter } = await import("@/lib/export/rate-limit");
  setExportRateLimiter(createRateLimiter({ capacity: 1_000_000, refillPerSecond: 1_000_000 }));

  const [editor, reviewer, admin, otherEditor] = await Promise.all([signedInUser("editor"), signedInUser("reviewer"), signedInUser("admin"), signedInUser("editor")]);
  const [importToken, exportToken] = await Promise.all([seedApiToken(["import"]), seedApiToken(["export"])]);
  credentials.editor = { cookie: editor.cookie };
  credentials.reviewer = { cookie: reviewer.cookie };
  credentials.admin = { cookie: admin.cookie };
  credentials.anonymous = {};
  credentials.importToken = { authorization: `Bearer ${importToken}` };
  credentials.exportToken = { authorization: `Bearer ${exportToken}` };

  const actor = (u: typeof editor): Actor => ({ id: u.id, name: u.name, email: u.email, role: u.role });
  const { saveRevision } = await import("@/lib/use-cases/save-revision");
  const { submitRevision } = await import("@/lib/use-cases/submit-revision");
  const { approveRevision } = await import("@/lib/use-cases/approve-revision");
  const { publishArticle } = await import("@/lib/use-cases/publish-article");
  const { createThread } = await import("@/lib/use-cases/create-thread");
  const { createWebhookEndpoint } = await import("@/lib/use-cases/manage-webhooks");
  const saved = async (articleId: string, text: string, base: number) => {
    await saveRevision({ db, actor: actor(editor), articleId, input: { baseNumber: base, title: "A title", content: doc(text) } });
    return articleId;
  };
  const draft = await saved(await importedArticle(editor.id), "Draft text.", 0);
  const other = await saved(await saved(await importedArticle(editor.id), "Other text.", 0), "Other, again.", 1);
  const inReview = await saved(await importedArticle(editor.id), "In review.", 0);
  await submitRevision({ db, actor: actor(editor), articleId: inReview, input: { qaOverride: INCIDENTAL_QA_OVERRIDE, revisionNumber: 1 } });
  const approved = await saved(await importedArticle(editor.id), "Approved.", 0);
  await submitRevision({ db, actor: actor(editor), articleId: approved, input: { qaOverride: INCIDENTAL_QA_OVERRIDE, revisionNumber: 1 } });
  await approveRevision({ db, actor: actor(reviewer), articleId: approved, input: { qaOverride: INCIDENTAL_QA_OVERRIDE, revisionNumber: 1 } });
  const published = await saved(await importedArticle(editor.id), "Published.", 0);
  await submitRevision({ db, actor: actor(editor), articleId: published, input: { qaOverride: INCIDENTAL_QA_OVERRIDE, revisionNumber: 1 } });
  await approveRevision({ db, actor: actor(reviewer), articleId: published, input: { qaOverride: INCIDENTAL_QA_OVERRIDE, revisionNumber: 1 } });
  await publishArticle({ db, actor: actor(reviewer), articleId: published, input: { revisionNumber: 1 } });
  const threadA = await createThread({ db, actor: actor(editor), articleId: draft, input: { revision: 1, block: 0, start: 0, end: 5, body: "On the draft." } });
  const threadB = await createThread({ db, actor: actor(editor), articleId: other, input: { revision: 2, block: 0, start: 0, end: 5, body: "On the other." } });
  const endpoint = await createWebhookEndpoint({ db, actor: actor(admin), input: { url: "https://example.com/hook", description: "" } });

  ids = { draft, threadA: threadA.id, other, threadB: threadB.id, inReview, approved, published, userId: otherEditor.id, endpointId: endpoint.id };
  corpus = buildCorpus(ids);
  baseline = await snapshot();
}, 120_000);

describe("the bad-input corpus", () => {
  it("has at least 300 cases over every JSON route and every server action, with unique names", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(new Set(corpus.map((c) => c.name)).size).toBe(corpus.length);
    const routed = new Set(corpus.filter((c): c is RouteCase => c.kind === "route").map((c) => `${c.method} ${ROUTES.findIndex((r) => r.pattern.test(new URL(c.path, "http://x").pathname))}`));
    expect(routed.size).toBe(ROUTES.length + 1); // threads has GET and POST
    expect(new Set(corpus.filter((c) => c.kind === "action").map((c) => c.action))).toEqual(new Set(Object.keys(ACTIONS)));
  });

  it("refuses every case with a 4xx naming the problem, and changes nothing", async () => {
    const failures: string[] = [];
    const statuses: Record<string, number> = {};
    // Each case is compared with the state just before it, so one wrongly
    // accepted request is one failure rather than a cascade.
    let before = baseline;
    for (const c of corpus) {
      try {
        try {
          if (c.kind === "route") await checkRoute(c);
          else await checkAction(c);
        } finally {
          const after = await snapshot();
          const changed = JSON.stringify(after) !== JSON.stringify(before);
          before = after;
          if (changed) failures.push(`${c.name}: the database changed`);
        }
      } catch (error) {
        failures.push(`${c.name}: ${error instanceof Error ? error.message.split("\n").slice(0, 3).join(" ") : String(error)}`);
      }
      const key = c.kind === "route" ? String(c.expect.status) : "action";
      statuses[key] = (statuses[key] ?? 0) + 1;
    }
    console.info(`bad-input corpus: ${corpus.length} cases`, statuses);
    expect(failures, failures.join("\n")).toEqual([]);
    expect(before, "the database after the whole corpus").toEqual(baseline);
  }, 600_000);
});
