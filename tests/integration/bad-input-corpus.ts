/**
 * The standing bad-input corpus: malformed requests over every JSON route
 * (app/api/**) and every server action (app/actions/*), each with what its
 * refusal must name. Run by ./bad-input-corpus.test.ts, which also checks
 * that no case changed the database.
 *
 * A case is built from the ids of the fixtures the test seeds (`CorpusIds`),
 * so "ids of another article" are real ids. Each case is wrong in exactly
 * one way; what it must name is the field (an issue path, or a form field of
 * an action) or, where the problem is the request as a whole, a phrase of
 * the message (an encoding, a limit, a media type, "not found").
 */

export type CorpusIds = {
  /** Draft, head 1 (by the editor), one open thread (threadA). */
  draft: string;
  threadA: string;
  /** Another draft with two revisions and its own thread (threadB). */
  other: string;
  threadB: string;
  /** In review: revision 1 by the editor, submitted by the editor. */
  inReview: string;
  /** Approved revision 1, never published. */
  approved: string;
  /** Published as version 1 (revision 1). */
  published: string;
  /** A user the admin may act on. */
  userId: string;
  /** A webhook endpoint. */
  endpointId: string;
};

export type Who = "editor" | "reviewer" | "admin" | "anonymous" | "importToken" | "exportToken";

/** What a refusal must show: its status and what it names. */
export type Expectation = { status: number; field?: string; message?: RegExp };

export type RouteCase = {
  kind: "route";
  name: string;
  method: "GET" | "POST" | "PATCH";
  /** Path and query, relative to the app's origin. */
  path: string;
  as: Who;
  /** A JSON value (serialized), or raw text/bytes as they go on the wire. */
  body?: unknown;
  raw?: string | Uint8Array<ArrayBuffer>;
  /** Default: application/json when there is a body. null sends none. */
  contentType?: string | null;
  headers?: Record<string, string>;
  expect: Expectation;
};

export type ActionName =
  | "importForm"
  | "importJson"
  | "submit"
  | "withdraw"
  | "requestChanges"
  | "approve"
  | "publish"
  | "unpublish"
  | "restore"
  | "createUser"
  | "changeRole"
  | "setDisabled"
  | "createToken"
  | "revokeToken"
  | "createWebhook"
  | "setWebhookEnabled"
  | "deleteWebhook"
  | "resendWebhook"
  | "feedsSetting"
  | "signIn";

/** A server action called as a form posts it: refused means state.error or state.fieldErrors, never ok. */
export type ActionCase = {
  kind: "action";
  name: string;
  action: ActionName;
  as: Who;
  form?: Record<string, string | string[]>;
  /** For importJson: the parsed upload. */
  json?: unknown;
  /** field: a key of fieldErrors; message: matched against state.error (or the sign-in error code). */
  expect: { field?: string; message?: RegExp };
};

export type CorpusCase = RouteCase | ActionCase;

const NOT_FOUND = /not found/i;
const NOT_JSON = /not valid JSON/;
const NOT_UTF8 = /not valid UTF-8/;
const MEDIA = /application\/json/;
const LIMIT = /larger than the limit/;

const enc = (s: string) => new TextEncoder().encode(s);
/** `json` with `bytes` spliced in place of the marker "@@" (inside a string value). */
function withBytes(json: string, bytes: number[]): Uint8Array<ArrayBuffer> {
  const [head, tail] = json.split("@@") as [string, string];
  return new Uint8Array([...enc(head), ...bytes, ...enc(tail)]);
}
const b64 = (value: string | Uint8Array) => Buffer.from(value).toString("base64url");
const cursorOf = (payload: unknown) => b64(JSON.stringify(payload));

function nestedArrays(depth: number): string {
  return "[".repeat(depth) + "]".repeat(depth);
}

const docOf = (...texts: string[]) => ({ type: "doc", content: texts.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })) });

/** Wrong-type values for a field, each one a case. */
const WRONG_TYPES_FOR_STRING: [string, unknown][] = [
  ["a number", 42],
  ["a boolean", true],
  ["an array", ["x"]],
  ["an object", { text: "x" }],
];
const WRONG_INTS: [string, unknown][] = [
  ["a numeric string", "1"],
  ["a fraction", 1.5],
  ["negative", -1],
  ["null", null],
  ["a boolean", true],
  ["an array", [1]],
  ["beyond safe integers", 1e300],
];

const BAD_LANGUAGE_TAGS = ["e", "english", "en_US", "en-", "zh--CN", "123", "en-abcdefghi", "en-a", "zh-Hans-", "x-klingon", "en US", "en\u0000", "ｅｎ"];

type JsonEndpoint = {
  label: string;
  method: "POST" | "PATCH";
  path: string;
  as: Who;
  /** A body that is right except where a case breaks it. */
  valid: Record<string, unknown>;
  /** A field that must be named when missing or mistyped. */
  requiredField: string;
  /** One known string field for wrong-type, NUL and control-only cases, when it has one. */
  stringField?: string;
  maxBytes: number;
};

/** The classes every JSON body endpoint gets: framing, encoding, shape, size, depth. */
function bodyClasses(e: JsonEndpoint): RouteCase[] {
  const base = { kind: "route" as const, method: e.method, path: e.path, as: e.as };
  const validJson = JSON.stringify(e.valid);
  const cases: RouteCase[] = [
    { ...base, name: `${e.label}: truncated JSON`, raw: validJson.slice(0, -1), expect: { status: 400, message: NOT_JSON } },
    { ...base, name: `${e.label}: trailing garbage after JSON`, raw: `${validJson}x`, expect: { status: 400, message: NOT_JSON } },
    { ...base, name: `${e.label}: empty body`, raw: "", expect: { status: 400, message: NOT_JSON } },
    { ...base, name: `${e.label}: single-quoted JSON`, raw: validJson.replaceAll('"', "'"), expect: { status: 400, message: NOT_JSON } },
    { ...base, name: `${e.label}: JSON with a comment`, raw: `/* x */${validJson}`, expect: { status: 400, message: NOT_JSON } },
    { ...base, name: `${e.label}: NaN literal`, raw: validJson.replace(/^\{/, '{"x":NaN,'), expect: { status: 400, message: NOT_JSON } },
    { ...base, name: `${e.label}: raw NUL byte outside a string`, raw: `${validJson}\u0000`, expect: { status: 400, message: NOT_JSON } },
    { ...base, name: `${e.label}: invalid UTF-8 (lone continuation byte)`, raw: withBytes('{"x":"@@"}', [0x80]), expect: { status: 400, message: NOT_UTF8 } },
    { ...base, name: `${e.label}: invalid UTF-8 (0xFF)`, raw: withBytes('{"x":"@@"}', [0xff]), expect: { status: 400, message: NOT_UTF8 } },
    { ...base, name: `${e.label}: invalid UTF-8 (overlong slash)`, raw: withBytes('{"x":"@@"}', [0xc0, 0xaf]), expect: { status: 400, message: NOT_UTF8 } },
    { ...base, name: `${e.label}: invalid UTF-8 (encoded surrogate)`, raw: withBytes('{"x":"@@"}', [0xed, 0xb2, 0x80]), expect: { status: 400, message: NOT_UTF8 } },
    { ...base, name: `${e.label}: invalid UTF-8 (truncated sequence)`, raw: withBytes('{"x":"@@"}', [0xe4, 0xb8]), expect: { status: 400, message: NOT_UTF8 } },
    { ...base, name: `${e.label}: Latin-1 body`, raw: new Uint8Array([...enc('{"x":"caf'), 0xe9, ...enc('"}')]), expect: { status: 400, message: NOT_UTF8 } },
    { ...base, name: `${e.label}: text/plain`, raw: validJson, contentType: "text/plain", expect: { status: 415, message: MEDIA } },
    { ...base, name: `${e.label}: form-encoded`, raw: "a=1", contentType: "application/x-www-form-urlencoded", expect: { status: 415, message: MEDIA } },
    { ...base, name: `${e.label}: no content type`, raw: validJson, contentType: null, expect: { status: 415, message: MEDIA } },
    { ...base, name: `${e.label}: JSON-lookalike media type`, raw: validJson, contentType: "application/jsonp", expect: { status: 415, message: MEDIA } },
    { ...base, name: `${e.label}: body over the limit`, raw: JSON.stringify({ ...e.valid, pad: "x".repeat(e.maxBytes) }), expect: { status: 413, message: LIMIT } },
    { ...base, name: `${e.label}: declared length over the limit`, raw: validJson, headers: { "content-length": String(e.maxBytes + 1) }, expect: { status: 413, message: LIMIT } },
    { ...base, name: `${e.label}: a JSON array`, body: [e.valid], expect: { status: 422, field: "(body)" } },
    { ...base, name: `${e.label}: JSON null`, body: null, expect: { status: 422, field: "(body)" } },
    { ...base, name: `${e.label}: a JSON string`, body: "hello", expect: { status: 422, field: "(body)" } },
    { ...base, name: `${e.label}: a JSON number`, body: 7, expect: { status: 422, field: "(body)" } },
    { ...base, name: `${e.label}: an extra field`, body: { ...e.valid, isAdmin: true }, expect: { status: 422, field: "isAdmin" } },
    { ...base, name: `${e.label}: a __proto__ key`, raw: validJson.replace(/^\{/, '{"__proto__":{"role":"admin"},'), expect: { status: 422, field: "__proto__" } },
    { ...base, name: `${e.label}: a key with a NUL`, body: { ...e.valid, "a\u0000b": 1 }, expect: { status: 422, field: "a\u0000b" } },
    { ...base, name: `${e.label}: a deep unknown field`, raw: validJson.replace(/^\{/, `{"deep":${nestedArrays(5000)},`), expect: { status: 422, field: "deep" } },
    { ...base, name: `${e.label}: missing ${e.requiredField}`, body: omit(e.valid, e.requiredField), expect: { status: 422, field: e.requiredField } },
    { ...base, name: `${e.label}: ${e.requiredField} deeply nested`, raw: JSON.stringify({ ...e.valid, [e.requiredField]: "@D" }).replace('"@D"', nestedArrays(5000)), expect: { status: 422, field: e.requiredField } },
  ];
  if (e.stringField) {
    const f = e.stringField;
    for (const [what, value] of WRONG_TYPES_FOR_STRING) {
      cases.push({ ...base, name: `${e.label}: ${f} is ${what}`, body: { ...e.valid, [f]: value }, expect: { status: 422, field: f } });
    }
  }
  return cases;
}

function omit(value: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _dropped, ...rest } = value;
  return rest;
}

function routeCase(name: string, method: RouteCase["method"], path: string, as: Who, body: unknown, expect: Expectation): RouteCase {
  return { kind: "route", name, method, path, as, ...(body === undefined ? {} : { body }), expect };
}

export function buildCorpus(ids: CorpusIds): CorpusCase[] {
  const cases: CorpusCase[] = [];
  const add = (...c: CorpusCase[]) => cases.push(...c);

  // ── POST /api/articles/:id/revisions ──────────────────────────────────────
  const save = `/api/articles/${ids.draft}/revisions`;
  const validSave = { baseNumber: 1, title: "A title", content: docOf("Text.") };
  add(...bodyClasses({ label: "save", method: "POST", path: save, as: "editor", valid: validSave, requiredField: "title", stringField: "title", maxBytes: 3 * 1024 * 1024 }));
  const saveBad = (name: string, patch: Record<string, unknown>, field: string) =>
    routeCase(`save: ${name}`, "POST", save, "editor", { ...validSave, ...patch }, { status: 422, field });
  for (const [what, value] of WRONG_INTS) add(saveBad(`baseNumber is ${what}`, { baseNumber: value }, "baseNumber"));
  add(
    routeCase("save: no baseNumber", "POST", save, "editor", omit(validSave, "baseNumber"), { status: 422, field: "baseNumber" }),
    routeCase("save: no content", "POST", save, "editor", omit(validSave, "content"), { status: 422, field: "content" }),
    saveBad("empty title", { title: "" }, "title"),
    saveBad("blank title", { title: " \t\n " }, "title"),
    saveBad("NUL-only title", { title: "\u0000\u0000" }, "title"),
    saveBad("C0-only title", { title: "\u0001\u0007\u001b" }, "title"),
    saveBad("zero-width-only title", { title: "\u200b\u200c\u200d" }, "title"),
    saveBad("BOM and word joiner title", { title: "\ufeff\u2060" }, "title"),
    saveBad("lone-surrogate-only title", { title: "\ud800" }, "title"),
    saveBad("title too long", { title: "t".repeat(501) }, "title"),
    saveBad("null title", { title: null }, "title"),
    saveBad("message a number", { message: 5 }, "message"),
    saveBad("message too long", { message: "m".repeat(501) }, "message"),
    saveBad("message an object", { message: { text: "x" } }, "message"),
    saveBad("editSeconds negative", { editSeconds: -5 }, "editSeconds"),
    saveBad("editSeconds over a day", { editSeconds: 86_401 }, "editSeconds"),
    saveBad("editSeconds a string", { editSeconds: "60" }, "editSeconds"),
    saveBad("editSeconds a fraction", { editSeconds: 0.5 }, "editSeconds"),
    saveBad("content a string", { content: "<p>hi</p>" }, "content"),
    saveBad("content null", { content: null }, "content"),
    saveBad("content an array", { content: [] }, "content"),
    saveBad("content not a doc", { content: { type: "paragraph" } }, "content"),
    saveBad("content.content a string", { content: { type: "doc", content: "x" } }, "content.content"),
    saveBad("unknown node", { content: { type: "doc", content: [{ type: "iframe" }] } }, "content.content[0].type"),
    saveBad("script node", { content: { type: "doc", content: [{ type: "script", content: [{ type: "text", text: "alert(1)" }] }] } }, "content.content[0].type"),
    saveBad("javascript: link", { content: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] } }, "content.content[0].content[0].marks[0].attrs.href"),
    saveBad("empty text node", { content: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "" }] }] } }, "content.content[0].content[0].text"),
    saveBad("text node a number", { content: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: 5 }] }] } }, "content.content[0].content[0].text"),
    saveBad("anchors a string", { anchors: "x" }, "anchors"),
    saveBad("anchors with a bad entry", { anchors: [{ threadId: ids.threadA, block: -1, start: 0, end: 1 }] }, "anchors.0.block"),
    saveBad("anchors entry with an extra key", { anchors: [{ threadId: ids.threadA, block: 0, start: 0, end: 1, x: 1 }] }, "anchors.0.x"),
    saveBad("anchors entry without threadId", { anchors: [{ block: 0, start: 0, end: 1 }] }, "anchors.0.threadId"),
    routeCase("save: deep content", "POST", save, "editor", { ...validSave, content: deepDoc(60) }, { status: 422, field: "content" }),
    routeCase("save: unknown article", "POST", "/api/articles/no-such-article/revisions", "editor", validSave, { status: 404, message: NOT_FOUND }),
    routeCase("save: not signed in", "POST", save, "anonymous", validSave, { status: 401, message: /Sign in/ }),
    routeCase("save: an API token is not a session", "POST", save, "importToken", validSave, { status: 401, message: /Sign in/ }),
    { ...routeCase("save: names the field in Chinese", "POST", save, "editor", { ...validSave, title: "\u200b" }, { status: 422, field: "title" }), headers: { "accept-language": "zh-CN" } },
  );

  // ── GET /api/articles/:id/revisions/:number ───────────────────────────────
  for (const n of ["abc", "-1", "1.5", "1e3", "0x1", " 1", "99999999999999999999"]) {
    add(routeCase(`get revision: number ${JSON.stringify(n)}`, "GET", `/api/articles/${ids.draft}/revisions/${encodeURIComponent(n)}`, "editor", undefined, { status: 422, field: "number" }));
  }
  add(
    routeCase("get revision: a number only another article has", "GET", `/api/articles/${ids.draft}/revisions/2`, "editor", undefined, { status: 404, message: NOT_FOUND }),
    routeCase("get revision: unknown article", "GET", `/api/articles/nope/revisions/1`, "editor", undefined, { status: 404, message: NOT_FOUND }),
    routeCase("get revision: not signed in", "GET", `/api/articles/${ids.draft}/revisions/1`, "anonymous", undefined, { status: 401, message: /Sign in/ }),
  );

  // ── /api/articles/:id/threads ─────────────────────────────────────────────
  const threads = `/api/articles/${ids.draft}/threads`;
  const validThread = { revision: 0, block: 0, start: 0, end: 5, body: "A comment." };
  add(...bodyClasses({ label: "create thread", method: "POST", path: threads, as: "editor", valid: validThread, requiredField: "body", stringField: "body", maxBytes: 64 * 1024 }));
  for (const field of ["revision", "block", "start", "end"] as const) {
    for (const [what, value] of WRONG_INTS) {
      add(routeCase(`create thread: ${field} is ${what}`, "POST", threads, "editor", { ...validThread, [field]: value }, { status: 422, field }));
    }
    add(routeCase(`create thread: no ${field}`, "POST", threads, "editor", omit(validThread, field), { status: 422, field }));
  }
  add(
    routeCase("create thread: empty comment", "POST", threads, "editor", { ...validThread, body: "" }, { status: 422, field: "body" }),
    routeCase("create thread: control-only body", "POST", threads, "editor", { ...validThread, body: "\u0000\u0001\u0002" }, { status: 422, field: "body" }),
    routeCase("create thread: body too long", "POST", threads, "editor", { ...validThread, body: "c".repeat(5001) }, { status: 422, field: "body" }),
    routeCase("create thread: offsets beyond the limit", "POST", threads, "editor", { ...validThread, end: 10_000_001 }, { status: 422, field: "end" }),
    routeCase("create thread: revision that does not exist", "POST", threads, "editor", { ...validThread, revision: 99 }, { status: 404, message: NOT_FOUND }),
    routeCase("create thread: unknown article", "POST", "/api/articles/nope/threads", "editor", validThread, { status: 404, message: NOT_FOUND }),
    routeCase("create thread: not signed in", "POST", threads, "anonymous", validThread, { status: 401, message: /Sign in/ }),
  );
  for (const q of ["abc", "-1", "1.5", "x1"]) {
    add(routeCase(`list threads: revision=${q}`, "GET", `${threads}?revision=${encodeURIComponent(q)}`, "editor", undefined, { status: 422, field: "revision" }));
  }
  add(routeCase("list threads: a revision that does not exist", "GET", `${threads}?revision=42`, "editor", undefined, { status: 404, message: NOT_FOUND }));

  // ── PATCH /api/articles/:id/threads/:threadId ─────────────────────────────
  const thread = `/api/articles/${ids.draft}/threads/${ids.threadA}`;
  const validStatus = { status: "resolved", version: 1 };
  add(...bodyClasses({ label: "thread status", method: "PATCH", path: thread, as: "editor", valid: validStatus, requiredField: "status", stringField: "status", maxBytes: 64 * 1024 }));
  for (const [what, value] of WRONG_INTS) {
    if (what !== "negative") add(routeCase(`thread status: version is ${what}`, "PATCH", thread, "editor", { ...validStatus, version: value }, { status: 422, field: "version" }));
  }
  add(
    routeCase("thread status: version 0", "PATCH", thread, "editor", { ...validStatus, version: 0 }, { status: 422, field: "version" }),
    routeCase("thread status: no version", "PATCH", thread, "editor", omit(validStatus, "version"), { status: 422, field: "version" }),
    routeCase("thread status: unknown status", "PATCH", thread, "editor", { ...validStatus, status: "closed" }, { status: 422, field: "status" }),
    routeCase("thread status: status in capitals", "PATCH", thread, "editor", { ...validStatus, status: "RESOLVED" }, { status: 422, field: "status" }),
    routeCase("thread status: another article's thread", "PATCH", `/api/articles/${ids.draft}/threads/${ids.threadB}`, "editor", validStatus, { status: 404, message: NOT_FOUND }),
    routeCase("thread status: unknown thread", "PATCH", `/api/articles/${ids.draft}/threads/nope`, "editor", validStatus, { status: 404, message: NOT_FOUND }),
  );

  // ── POST /api/articles/:id/threads/:threadId/comments ─────────────────────
  const replies = `${thread}/comments`;
  add(...bodyClasses({ label: "reply", method: "POST", path: replies, as: "editor", valid: { body: "A reply." }, requiredField: "body", stringField: "body", maxBytes: 64 * 1024 }));
  add(
    routeCase("reply: empty comment", "POST", replies, "editor", { body: "" }, { status: 422, field: "body" }),
    routeCase("reply: whitespace and controls only", "POST", replies, "editor", { body: " \u0000\r\n\u0008 " }, { status: 422, field: "body" }),
    routeCase("reply: too long", "POST", replies, "editor", { body: "r".repeat(5001) }, { status: 422, field: "body" }),
    routeCase("reply: to another article's thread", "POST", `/api/articles/${ids.draft}/threads/${ids.threadB}/comments`, "editor", { body: "Hi." }, { status: 404, message: NOT_FOUND }),
    routeCase("reply: not signed in", "POST", replies, "anonymous", { body: "Hi." }, { status: 401, message: /Sign in/ }),
  );

  // ── POST /api/articles/:id/workflow/:action ───────────────────────────────
  const wf = (articleId: string, action: string) => `/api/articles/${articleId}/workflow/${action}`;
  const endpoints: [string, string, Who, Record<string, unknown>, string][] = [
    ["submit", ids.draft, "editor", { revisionNumber: 1 }, "revisionNumber"],
    ["withdraw", ids.inReview, "editor", { revisionNumber: 1 }, "revisionNumber"],
    ["request-changes", ids.inReview, "reviewer", { revisionNumber: 1, categories: ["style"], comment: "Fix it." }, "comment"],
    ["approve", ids.inReview, "reviewer", { revisionNumber: 1 }, "revisionNumber"],
    ["publish", ids.approved, "reviewer", { revisionNumber: 1 }, "revisionNumber"],
    ["unpublish", ids.published, "reviewer", { version: 1 }, "version"],
  ];
  for (const [action, articleId, as, valid, required] of endpoints) {
    const numberField = action === "unpublish" ? "version" : "revisionNumber";
    add(...bodyClasses({ label: action, method: "POST", path: wf(articleId, action), as, valid, requiredField: required, ...(action === "request-changes" ? { stringField: "comment" } : {}), maxBytes: 64 * 1024 }));
    for (const [what, value] of WRONG_INTS) {
      add(routeCase(`${action}: ${numberField} is ${what}`, "POST", wf(articleId, action), as, { ...valid, [numberField]: value }, { status: 422, field: numberField }));
    }
    add(routeCase(`${action}: ${numberField} 0`, "POST", wf(articleId, action), as, { ...valid, [numberField]: 0 }, { status: 422, field: numberField }));
  }
  add(
    routeCase("submit: reviewerId a number", "POST", wf(ids.draft, "submit"), "editor", { revisionNumber: 1, reviewerId: 7 }, { status: 422, field: "reviewerId" }),
    routeCase("submit: reviewerId too long", "POST", wf(ids.draft, "submit"), "editor", { revisionNumber: 1, reviewerId: "r".repeat(101) }, { status: 422, field: "reviewerId" }),
    routeCase("submit: reviewerId of nobody", "POST", wf(ids.draft, "submit"), "editor", { revisionNumber: 1, reviewerId: "no-such-user" }, { status: 422, field: "reviewerId" }),
    routeCase("submit: reviewerId of an editor", "POST", wf(ids.draft, "submit"), "editor", { revisionNumber: 1, reviewerId: ids.userId }, { status: 422, field: "reviewerId" }),
    routeCase("submit: note a number", "POST", wf(ids.draft, "submit"), "editor", { revisionNumber: 1, note: 1 }, { status: 422, field: "note" }),
    routeCase("submit: note too long", "POST", wf(ids.draft, "submit"), "editor", { revisionNumber: 1, note: "n".repeat(2001) }, { status: 422, field: "note" }),
    routeCase("request-changes: no categories", "POST", wf(ids.inReview, "request-changes"), "reviewer", { revisionNumber: 1, categories: [], comment: "x" }, { status: 422, field: "categories" }),
    routeCase("request-changes: unknown category", "POST", wf(ids.inReview, "request-changes"), "reviewer", { revisionNumber: 1, categories: ["vibes"], comment: "x" }, { status: 422, field: "categories.0" }),
    routeCase("request-changes: repeated category", "POST", wf(ids.inReview, "request-changes"), "reviewer", { revisionNumber: 1, categories: ["style", "style"], comment: "x" }, { status: 422, field: "categories" }),
    routeCase("request-changes: categories a string", "POST", wf(ids.inReview, "request-changes"), "reviewer", { revisionNumber: 1, categories: "style", comment: "x" }, { status: 422, field: "categories" }),
    routeCase("request-changes: control-only comment", "POST", wf(ids.inReview, "request-changes"), "reviewer", { revisionNumber: 1, categories: ["style"], comment: "\u0000\u0001" }, { status: 422, field: "comment" }),
    routeCase("request-changes: comment too long", "POST", wf(ids.inReview, "request-changes"), "reviewer", { revisionNumber: 1, categories: ["style"], comment: "c".repeat(5001) }, { status: 422, field: "comment" }),
    routeCase("workflow: unknown action", "POST", wf(ids.draft, "launch"), "admin", { revisionNumber: 1 }, { status: 404, message: NOT_FOUND }),
    routeCase("workflow: a prototype key as action", "POST", wf(ids.draft, "constructor"), "admin", { revisionNumber: 1 }, { status: 404, message: NOT_FOUND }),
    routeCase("workflow: unknown article", "POST", wf("nope", "submit"), "editor", { revisionNumber: 1 }, { status: 404, message: NOT_FOUND }),
    routeCase("approve: another article's submission (a draft)", "POST", wf(ids.draft, "approve"), "reviewer", { revisionNumber: 1 }, { status: 409, message: /a draft/ }),
    routeCase("workflow: not signed in", "POST", wf(ids.inReview, "approve"), "anonymous", { revisionNumber: 1 }, { status: 401, message: /Sign in/ }),
  );

  // ── POST /api/v1/articles (import) ────────────────────────────────────────
  const validImport = {
    sourceLang: "zh",
    targetLang: "en",
    title: { source: "测试标题", mt: "Test title" },
    body: { source: "第一段。", mt: "First paragraph." },
  };
  const imp = (name: string, body: unknown, expect: Expectation) => routeCase(`import: ${name}`, "POST", "/api/v1/articles", "importToken", body, expect);
  add(...bodyClasses({ label: "import", method: "POST", path: "/api/v1/articles", as: "importToken", valid: validImport, requiredField: "sourceLang", stringField: "sourceLang", maxBytes: 2 * 1024 * 1024 }));
  for (const tag of BAD_LANGUAGE_TAGS) {
    add(imp(`sourceLang ${JSON.stringify(tag)}`, { ...validImport, sourceLang: tag }, { status: 422, field: "sourceLang" }));
    add(imp(`targetLang ${JSON.stringify(tag)}`, { ...validImport, targetLang: tag }, { status: 422, field: "targetLang" }));
  }
  add(
    imp("same source and target language", { ...validImport, targetLang: "ZH" }, { status: 422, field: "targetLang" }),
    imp("no title", omit(validImport, "title"), { status: 422, field: "title" }),
    imp("title a string", { ...validImport, title: "Test" }, { status: 422, field: "title" }),
    imp("title without mt", { ...validImport, title: { source: "标题" } }, { status: 422, field: "title.mt" }),
    imp("title with an extra key", { ...validImport, title: { ...validImport.title, alt: "x" } }, { status: 422, field: "title.alt" }),
    imp("zero-width mt title", { ...validImport, title: { source: "标题", mt: "\u200b" } }, { status: 422, field: "title.mt" }),
    imp("NUL-only source title", { ...validImport, title: { source: "\u0000", mt: "T" } }, { status: 422, field: "title.source" }),
    imp("mt title too long", { ...validImport, title: { source: "标题", mt: "t".repeat(501) } }, { status: 422, field: "title.mt" }),
    imp("no body", omit(validImport, "body"), { status: 422, field: "body" }),
    imp("blank mt body", { ...validImport, body: { source: "第一段。", mt: "  \n " } }, { status: 422, field: "body.mt" }),
    imp("body mt a number", { ...validImport, body: { source: "第一段。", mt: 1 } }, { status: 422, field: "body.mt" }),
    imp("body too long", { ...validImport, body: { source: "第一段。", mt: "w ".repeat(250_001) } }, { status: 422, field: "body.mt" }),
    imp("metadata a string", { ...validImport, metadata: "x" }, { status: 422, field: "metadata" }),
    imp("metadata unknown key", { ...validImport, metadata: { editor: "x" } }, { status: 422, field: "metadata.editor" }),
    imp("outlet a number", { ...validImport, metadata: { outlet: 5 } }, { status: 422, field: "metadata.outlet" }),
    imp("outlet too long", { ...validImport, metadata: { outlet: "o".repeat(201) } }, { status: 422, field: "metadata.outlet" }),
    imp("originalUrl javascript:", { ...validImport, metadata: { originalUrl: "javascript:alert(1)" } }, { status: 422, field: "metadata.originalUrl" }),
    imp("originalUrl ftp:", { ...validImport, metadata: { originalUrl: "ftp://example.com/a" } }, { status: 422, field: "metadata.originalUrl" }),
    imp("originalUrl relative", { ...validImport, metadata: { originalUrl: "/news/1" } }, { status: 422, field: "metadata.originalUrl" }),
    imp("originalUrl too long", { ...validImport, metadata: { originalUrl: `https://example.com/${"a".repeat(2000)}` } }, { status: 422, field: "metadata.originalUrl" }),
    imp("originalPublishedAt without offset", { ...validImport, metadata: { originalPublishedAt: "2024-01-02T03:04:05" } }, { status: 422, field: "metadata.originalPublishedAt" }),
    imp("originalPublishedAt month 13", { ...validImport, metadata: { originalPublishedAt: "2024-13-02T03:04:05Z" } }, { status: 422, field: "metadata.originalPublishedAt" }),
    imp("originalPublishedAt epoch number", { ...validImport, metadata: { originalPublishedAt: 1700000000 } }, { status: 422, field: "metadata.originalPublishedAt" }),
    imp("originalPublishedAt free text", { ...validImport, metadata: { originalPublishedAt: "yesterday" } }, { status: 422, field: "metadata.originalPublishedAt" }),
    routeCase("import: no token", "POST", "/api/v1/articles", "anonymous", validImport, { status: 401, message: /API token/ }),
    routeCase("import: an export token", "POST", "/api/v1/articles", "exportToken", validImport, { status: 403, message: /“import” scope/ }),
    { ...routeCase("import: a malformed bearer header", "POST", "/api/v1/articles", "anonymous", validImport, { status: 401, message: /API token/ }), headers: { authorization: "Bearer" } },
    { ...routeCase("import: an unknown token", "POST", "/api/v1/articles", "anonymous", validImport, { status: 401, message: /API token/ }), headers: { authorization: "Bearer cdk_nope" } },
  );

  // ── GET /api/v1/export/articles (list) ────────────────────────────────────
  const list = (query: string, field: string) => routeCase(`export list: ?${query.slice(0, 80)}`, "GET", `/api/v1/export/articles?${query}`, "exportToken", undefined, { status: 400, field });
  for (const limit of ["0", "101", "-1", "abc", "1.5", "1e3", "Infinity", "NaN", "0x10"]) add(list(`limit=${limit}`, "limit"));
  const cursors: [string, string][] = [
    ["time 9e15", cursorOf({ t: 9e15, a: "x" })],
    ["time MAX_SAFE_INTEGER", cursorOf({ t: Number.MAX_SAFE_INTEGER, a: "x" })],
    ["time 8.64e15 + 1", cursorOf({ t: 8.64e15 + 1, a: "x" })],
    ["time 1e400 (Infinity)", b64('{"t":1e400,"a":"x"}')],
    ["negative time", cursorOf({ t: -1, a: "x" })],
    ["fractional time", cursorOf({ t: 1.5, a: "x" })],
    ["time as a string", cursorOf({ t: "1", a: "x" })],
    ["no article id", cursorOf({ t: 1 })],
    ["empty article id", cursorOf({ t: 1, a: "" })],
    ["article id with a space", cursorOf({ t: 1, a: "a b" })],
    ["article id with a NUL", cursorOf({ t: 1, a: "a\u0000" })],
    ["article id with a quote", cursorOf({ t: 1, a: "a'--" })],
    ["article id too long", cursorOf({ t: 1, a: "a".repeat(201) })],
    ["an extra key", cursorOf({ t: 1, a: "x", z: 1 })],
    ["a JSON array", cursorOf([1, "x"])],
    ["JSON null", cursorOf(null)],
    ["not JSON", b64("hello")],
    ["invalid UTF-8 inside", b64(new Uint8Array([0x7b, 0x22, 0x74, 0x22, 0x3a, 0xff, 0x7d]))],
    ["not base64url", "%%%"],
    ["standard base64 padding", `${cursorOf({ t: 1, a: "x" })}==`],
    ["over 400 characters", "A".repeat(401)],
  ];
  for (const [name, cursor] of cursors) add({ ...list(`cursor=${encodeURIComponent(cursor)}`, "cursor"), name: `export list: cursor ${name}` });
  for (const since of ["yesterday", "2024-13-01", "2024-01-02T03:04:05", "2024-02-30", "1700000000", "2024-01-02 03:04:05Z", "+275760-09-13T00:00:00Z"]) {
    add(list(`updatedSince=${encodeURIComponent(since)}`, "updatedSince"));
  }
  for (const tag of [...BAD_LANGUAGE_TAGS, "a".repeat(36)]) add(list(`lang=${encodeURIComponent(tag)}`, "lang"));
  add(
    routeCase("export list: no token", "GET", "/api/v1/export/articles", "anonymous", undefined, { status: 401, message: /API token/ }),
    routeCase("export list: an import token", "GET", "/api/v1/export/articles", "importToken", undefined, { status: 403, message: /“export” scope/ }),
  );

  // ── GET /api/v1/export/articles/:id and …/versions/:version ───────────────
  const article = `/api/v1/export/articles/${ids.published}`;
  for (const format of ["pdf", "xml", "json5", "", "HTML;x", "../json"]) {
    add(routeCase(`export article: format=${JSON.stringify(format)}`, "GET", `${article}?format=${encodeURIComponent(format)}`, "exportToken", undefined, { status: 400, field: "format" }));
  }
  add(
    routeCase("export article: an unpublished article", "GET", `/api/v1/export/articles/${ids.draft}`, "exportToken", undefined, { status: 404, message: NOT_FOUND }),
    routeCase("export article: unknown id", "GET", "/api/v1/export/articles/nope", "exportToken", undefined, { status: 404, message: NOT_FOUND }),
    routeCase("export article: no token", "GET", article, "anonymous", undefined, { status: 401, message: /API token/ }),
  );
  for (const version of ["0", "-1", "abc", "1.5", "1e3", "01", "9999999999", " 1", "%00"]) {
    add(routeCase(`export version: ${JSON.stringify(version)}`, "GET", `${article}/versions/${encodeURIComponent(version)}`, "exportToken", undefined, { status: 400, field: "version" }));
  }
  add(
    routeCase("export version: a version that does not exist", "GET", `${article}/versions/2`, "exportToken", undefined, { status: 404, message: NOT_FOUND }),
    routeCase("export version: another article's version", "GET", `/api/v1/export/articles/${ids.approved}/versions/1`, "exportToken", undefined, { status: 404, message: NOT_FOUND }),
    routeCase("export version: bad format", "GET", `${article}/versions/1?format=docx`, "exportToken", undefined, { status: 400, field: "format" }),
  );

  // ── GET /api/v1/feeds/:lang/:format ───────────────────────────────────────
  for (const tag of ["english", "en_US", "zh--CN", "123", "x-klingon", "a".repeat(40)]) {
    add(routeCase(`feed: lang ${JSON.stringify(tag)}`, "GET", `/api/v1/feeds/${encodeURIComponent(tag)}/atom`, "exportToken", undefined, { status: 404, field: "lang" }));
  }
  for (const format of ["rss", "xml", "ATOM", "json.xml"]) {
    add(routeCase(`feed: format ${JSON.stringify(format)}`, "GET", `/api/v1/feeds/en/${encodeURIComponent(format)}`, "exportToken", undefined, { status: 404, field: "format" }));
  }
  add(
    routeCase("feed: token feed without a token", "GET", "/api/v1/feeds/en/atom", "anonymous", undefined, { status: 401, message: /API token/ }),
    routeCase("feed: a query token that is not one", "GET", "/api/v1/feeds/en/json?token=cdk_nope", "anonymous", undefined, { status: 401, message: /API token/ }),
    routeCase("feed: an import token", "GET", "/api/v1/feeds/en/json", "importToken", undefined, { status: 403, message: /“export” scope/ }),
  );

  // ── Server actions ────────────────────────────────────────────────────────
  const act = (action: ActionName, name: string, as: Who, form: Record<string, string | string[]>, expect: ActionCase["expect"]): ActionCase => ({ kind: "action", name: `action ${action}: ${name}`, action, as, form, expect });

  const importForm = { sourceLang: "zh", targetLang: "en", sourceTitle: "标题", mtTitle: "Title", sourceBody: "正文。", mtBody: "Body." };
  add(
    act("importForm", "no source language", "editor", { ...importForm, sourceLang: "" }, { field: "sourceLang" }),
    act("importForm", "bad target language", "editor", { ...importForm, targetLang: "en_US" }, { field: "targetLang" }),
    act("importForm", "same languages", "editor", { ...importForm, targetLang: "zh" }, { field: "targetLang" }),
    act("importForm", "no MT title", "editor", { ...importForm, mtTitle: "" }, { field: "mtTitle" }),
    act("importForm", "invisible MT title", "editor", { ...importForm, mtTitle: "\u200b\u2060" }, { field: "mtTitle" }),
    act("importForm", "control-only source title", "editor", { ...importForm, sourceTitle: "\u0000\u0001" }, { field: "sourceTitle" }),
    act("importForm", "no MT body", "editor", { ...importForm, mtBody: "" }, { field: "mtBody" }),
    act("importForm", "no source body", "editor", { ...importForm, sourceBody: "   " }, { field: "sourceBody" }),
    act("importForm", "javascript: original URL", "editor", { ...importForm, originalUrl: "javascript:alert(1)" }, { field: "originalUrl" }),
    act("importForm", "date without time zone", "editor", { ...importForm, originalPublishedAt: "2024-01-02T03:04" }, { field: "originalPublishedAt" }),
    act("importForm", "outlet too long", "editor", { ...importForm, outlet: "o".repeat(201) }, { field: "outlet" }),
    act("importForm", "not signed in", "anonymous", importForm, { message: /Sign in/ }),
  );
  const importJson = (name: string, json: unknown, expect: ActionCase["expect"]): ActionCase => ({ kind: "action", name: `action importJson: ${name}`, action: "importJson", as: "editor", json, expect });
  add(
    importJson("null", null, { field: "(body)" }),
    importJson("an array", [validImport], { field: "(body)" }),
    importJson("a string", "{}", { field: "(body)" }),
    importJson("an extra field", { ...validImport, id: "chosen" }, { field: "id" }),
    importJson("bad language", { ...validImport, sourceLang: "zh_CN" }, { field: "sourceLang" }),
    importJson("metadata with a foreign key", { ...validImport, metadata: { outlet: "x", role: "admin" } }, { field: "metadata.role" }),
    importJson("invisible title", { ...validImport, title: { source: "标题", mt: "\u200b\ufeff" } }, { field: "mtTitle" }),
    importJson("over the size limit", { ...validImport, body: { source: "x".repeat(2 * 1024 * 1024), mt: "y" } }, { message: LIMIT }),
    importJson("deep metadata", JSON.parse(JSON.stringify({ ...validImport, metadata: "@D" }).replace('"@D"', nestedArrays(3000))) as unknown, { field: "metadata" }),
  );

  const reviewForm = (articleId: string, extra: Record<string, string | string[]>) => ({ articleId, ...extra });
  for (const [what, value] of [["text", "one"], ["empty", ""], ["negative", "-1"], ["fraction", "1.5"], ["zero", "0"], ["huge", "99999999999"]] as const) {
    add(act("submit", `revisionNumber ${what}`, "editor", reviewForm(ids.draft, { revisionNumber: value }), { field: "revisionNumber" }));
    add(act("approve", `revisionNumber ${what}`, "reviewer", reviewForm(ids.inReview, { revisionNumber: value }), { field: "revisionNumber" }));
    add(act("withdraw", `revisionNumber ${what}`, "editor", reviewForm(ids.inReview, { revisionNumber: value }), { field: "revisionNumber" }));
  }
  add(
    act("submit", "note too long", "editor", reviewForm(ids.draft, { revisionNumber: "1", note: "n".repeat(2001) }), { field: "note" }),
    act("submit", "reviewer of nobody", "editor", reviewForm(ids.draft, { revisionNumber: "1", reviewerId: "nobody" }), { field: "reviewerId" }),
    act("submit", "no article", "editor", { revisionNumber: "1" }, { message: NOT_FOUND }),
    act("submit", "unknown article", "editor", reviewForm("nope", { revisionNumber: "1" }), { message: NOT_FOUND }),
    act("requestChanges", "no categories", "reviewer", reviewForm(ids.inReview, { revisionNumber: "1", comment: "Fix." }), { field: "categories" }),
    act("requestChanges", "unknown category", "reviewer", reviewForm(ids.inReview, { revisionNumber: "1", categories: ["vibes"], comment: "Fix." }), { field: "categories" }),
    act("requestChanges", "no comment", "reviewer", reviewForm(ids.inReview, { revisionNumber: "1", categories: ["style"], comment: "" }), { field: "comment" }),
    act("requestChanges", "control-only comment", "reviewer", reviewForm(ids.inReview, { revisionNumber: "1", categories: ["style"], comment: "\u0000\u0007" }), { field: "comment" }),
    act("requestChanges", "revisionNumber text", "reviewer", reviewForm(ids.inReview, { revisionNumber: "x", categories: ["style"], comment: "Fix." }), { field: "revisionNumber" }),
    act("approve", "a draft (another article's number)", "reviewer", reviewForm(ids.draft, { revisionNumber: "1" }), { message: /a draft/ }),
    act("approve", "not signed in", "anonymous", reviewForm(ids.inReview, { revisionNumber: "1" }), { message: /Sign in/ }),
  );

  for (const [what, value] of [["text", "one"], ["zero", "0"], ["negative", "-2"], ["empty", ""]] as const) {
    add(act("publish", `revisionNumber ${what}`, "reviewer", { articleId: ids.approved, revisionNumber: value }, { message: /could not be read\. revisionNumber / }));
    add(act("unpublish", `version ${what}`, "reviewer", { articleId: ids.published, version: value }, { message: /could not be read\. version / }));
    add(act("restore", `number ${what}`, "editor", { articleId: ids.draft, number: value, baseNumber: "1" }, { message: /could not be read\. number / }));
  }
  add(
    act("publish", "no article", "reviewer", { revisionNumber: "1" }, { message: /could not be read\. articleId / }),
    act("publish", "unknown article", "reviewer", { articleId: "nope", revisionNumber: "1" }, { message: NOT_FOUND }),
    act("publish", "a draft", "reviewer", { articleId: ids.draft, revisionNumber: "1" }, { message: /a draft/ }),
    act("unpublish", "a version that was never published", "reviewer", { articleId: ids.published, version: "7" }, { message: /changed meanwhile/ }),
    act("restore", "baseNumber text", "editor", { articleId: ids.draft, number: "1", baseNumber: "x" }, { message: /could not be read\. baseNumber / }),
    act("restore", "a revision only another article has", "editor", { articleId: ids.draft, number: "2", baseNumber: "1" }, { message: NOT_FOUND }),
    act("restore", "articleId too long", "editor", { articleId: "a".repeat(101), number: "1", baseNumber: "1" }, { message: /could not be read\. articleId / }),
  );

  const userForm = { name: "New Person", email: "new.person@test.local", role: "editor", password: "long-enough-password" };
  add(
    act("createUser", "no name", "admin", { ...userForm, name: "" }, { field: "name" }),
    act("createUser", "control-only name", "admin", { ...userForm, name: "\u0000\u0001\u001f" }, { field: "name" }),
    act("createUser", "name too long", "admin", { ...userForm, name: "n".repeat(121) }, { field: "name" }),
    act("createUser", "not an email", "admin", { ...userForm, email: "nobody" }, { field: "email" }),
    act("createUser", "email with a NUL", "admin", { ...userForm, email: "a\u0000@test.local" }, { field: "email" }),
    act("createUser", "email too long", "admin", { ...userForm, email: `${"e".repeat(250)}@t.io` }, { field: "email" }),
    act("createUser", "unknown role", "admin", { ...userForm, role: "owner" }, { field: "role" }),
    act("createUser", "short password", "admin", { ...userForm, password: "short" }, { field: "password" }),
    act("createUser", "password too long", "admin", { ...userForm, password: "p".repeat(257) }, { field: "password" }),
    act("createUser", "by an editor", "editor", userForm, { message: /not allowed/ }),
    act("changeRole", "unknown role", "admin", { userId: ids.userId, role: "root" }, { field: "role" }),
    act("changeRole", "no role", "admin", { userId: ids.userId }, { field: "role" }),
    act("changeRole", "unknown user", "admin", { userId: "nope", role: "reviewer" }, { message: NOT_FOUND }),
    act("changeRole", "by a reviewer", "reviewer", { userId: ids.userId, role: "admin" }, { message: /not allowed/ }),
    act("setDisabled", "unknown user", "admin", { userId: "nope", disabled: "true" }, { message: NOT_FOUND }),
    act("setDisabled", "by an editor", "editor", { userId: ids.userId, disabled: "true" }, { message: /not allowed/ }),
    act("createToken", "no name", "admin", { name: "", scopes: ["export"] }, { field: "name" }),
    act("createToken", "no scopes", "admin", { name: "Feed reader" }, { field: "scopes" }),
    act("createToken", "unknown scope", "admin", { name: "Feed reader", scopes: ["admin"] }, { field: "scopes.0" }),
    act("createToken", "name too long", "admin", { name: "t".repeat(121), scopes: ["export"] }, { field: "name" }),
    act("createToken", "by an editor", "editor", { name: "Mine", scopes: ["export"] }, { message: /not allowed/ }),
    act("revokeToken", "unknown token", "admin", { tokenId: "nope" }, { message: NOT_FOUND }),
  );

  for (const url of ["", "not a url", "ftp://example.com/hook", "javascript:alert(1)", "https://user:pw@example.com/hook", "file:///etc/passwd", `https://example.com/${"h".repeat(2000)}`, "http://"]) {
    add(act("createWebhook", `url ${JSON.stringify(url.slice(0, 40))}`, "admin", { url, description: "" }, { field: "url" }));
  }
  add(
    act("createWebhook", "description too long", "admin", { url: "https://example.com/hook", description: "d".repeat(201) }, { field: "description" }),
    act("createWebhook", "by a reviewer", "reviewer", { url: "https://example.com/hook", description: "" }, { message: /not allowed/ }),
    act("setWebhookEnabled", "unknown endpoint", "admin", { endpointId: "nope", enabled: "false" }, { message: NOT_FOUND }),
    act("deleteWebhook", "unknown endpoint", "admin", { endpointId: "nope" }, { message: NOT_FOUND }),
    act("deleteWebhook", "by an editor", "editor", { endpointId: ids.endpointId }, { message: /not allowed/ }),
    act("resendWebhook", "unknown delivery", "admin", { deliveryId: "nope" }, { message: NOT_FOUND }),
    act("feedsSetting", "by an editor", "editor", { public: "on" }, { message: /not allowed/ }),
    act("feedsSetting", "not signed in", "anonymous", { public: "on" }, { message: /Sign in/ }),
    act("signIn", "no email", "anonymous", { email: "", password: "whatever-password" }, { message: /^missing$/ }),
    act("signIn", "no password", "anonymous", { email: "someone@test.local", password: "" }, { message: /^missing$/ }),
    act("signIn", "blank email", "anonymous", { email: "   ", password: "whatever-password" }, { message: /^missing$/ }),
  );

  return cases;
}

/** A document nested `depth` blockquotes deep (the editor's limit is 32). */
function deepDoc(depth: number): unknown {
  let node: unknown = { type: "paragraph", content: [{ type: "text", text: "deep" }] };
  for (let i = 0; i < depth; i++) node = { type: "blockquote", content: [node] };
  return { type: "doc", content: [node] };
}
