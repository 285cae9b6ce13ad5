/**
 * The OpenAPI 3.1 description of the export API, served as-is at
 * /api/v1/openapi.json. tests/integration/export-api.test.ts validates real
 * responses against these schemas (Ajv, JSON Schema 2020-12), so a change of
 * a response shape must change this document too.
 */
import { EXPORT_FORMATS } from "./representation";
import { DEFAULT_LIST_LIMIT, MAX_LIST_LIMIT } from "./list-query";

const json = (schema: object) => ({ "application/json": { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorResponse = (description: string, extraHeaders: Record<string, object> = {}) => ({
  description,
  headers: { "Cache-Control": { schema: { const: "no-store" } }, ...extraHeaders },
  content: json(ref("Error")),
});

const cachedHeaders = {
  ETag: { description: "Strong entity tag of exactly these bytes.", schema: { type: "string", pattern: '^"[A-Za-z0-9_-]+"$' } },
  "Cache-Control": { schema: { type: "string" } },
  Vary: { schema: { type: "string" } },
};

const commonErrors = {
  "401": errorResponse("Missing, unknown or revoked bearer token."),
  "403": errorResponse("The token lacks the `export` scope."),
  "429": errorResponse("Rate limit of this token exceeded (per app instance).", {
    "Retry-After": { description: "Seconds to wait.", schema: { type: "string", pattern: "^[0-9]+$" } },
  }),
};

const articleResponses = (cacheDescription: string) => ({
  "200": {
    description: `The article. ${cacheDescription}`,
    headers: cachedHeaders,
    content: {
      "application/json": { schema: ref("ExportArticle") },
      "text/html": { schema: { type: "string", description: "Standalone HTML5 document: <title>, <h1> title, sanitized body." } },
      "text/markdown": { schema: { type: "string", description: "CommonMark: '# Title', blank line, body." } },
      "text/plain": { schema: { type: "string", description: "Title, blank line, plain-text body." } },
    },
  },
  "304": { description: "Not modified (If-None-Match matched the ETag).", headers: cachedHeaders },
  "400": errorResponse("Unknown `format` (or malformed version number); `issues` names the parameter."),
  ...commonErrors,
  "404": errorResponse("Never published, or no such version."),
  "410": errorResponse("Retracted: the article was unpublished. The list shows it as a tombstone."),
});

const formatParam = {
  name: "format",
  in: "query",
  required: false,
  description: "Representation. When absent, chosen from Accept (application/json, text/html, text/markdown, text/plain); JSON by default.",
  schema: { type: "string", enum: [...EXPORT_FORMATS] },
};
const idParam = { name: "id", in: "path", required: true, schema: { type: "string" } };
const ifNoneMatch = { name: "If-None-Match", in: "header", required: false, schema: { type: "string" } };

const nullableString = { type: ["string", "null"] };

export const OPENAPI_DOCUMENT = {
  openapi: "3.1.0",
  jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
  info: {
    title: "Copydesk export API",
    version: "1.0.0",
    description:
      "Published translations of Copydesk. Authenticate with `Authorization: Bearer <token>` (a token with the `export` scope). " +
      "Poll the list with `updatedSince` (inclusive) and follow `nextCursor`; retracted articles appear as tombstones (state `retracted`) " +
      "and answer 410. Responses carry strong ETags; send If-None-Match to get 304. Errors are JSON `{ error: { code, message, issues? } }`, " +
      "localized by Accept-Language (en, zh).",
  },
  security: [{ bearerAuth: [] }, { staffSession: [] }],
  paths: {
    "/api/v1/export/articles": {
      get: {
        operationId: "listArticles",
        summary: "Published articles and tombstones, newest change first",
        parameters: [
          { name: "limit", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: MAX_LIST_LIMIT, default: DEFAULT_LIST_LIMIT } },
          { name: "cursor", in: "query", required: false, description: "Opaque: `nextCursor` of the previous page, unchanged (anything else is a 400 naming `cursor`).", schema: { type: "string" } },
          {
            name: "updatedSince",
            in: "query",
            required: false,
            description: "Only changes at or after this instant (ISO 8601 date-time with offset, or a date = its UTC midnight).",
            schema: { anyOf: [{ type: "string", format: "date-time" }, { type: "string", format: "date" }] },
          },
          { name: "lang", in: "query", required: false, description: "Target language (BCP 47); `en` also matches `en-GB`.", schema: { type: "string" } },
          ifNoneMatch,
        ],
        responses: {
          "200": { description: "One page.", headers: cachedHeaders, content: json(ref("ExportList")) },
          "304": { description: "Not modified.", headers: cachedHeaders },
          "400": errorResponse("Bad limit, cursor, updatedSince or lang; `issues` names each."),
          ...commonErrors,
        },
      },
    },
    "/api/v1/export/articles/{id}": {
      get: {
        operationId: "getArticle",
        summary: "The live version of one article",
        parameters: [idParam, formatParam, ifNoneMatch],
        responses: articleResponses("Cache-Control: public, max-age=0, s-maxage=60."),
      },
    },
    "/api/v1/export/articles/{id}/versions/{version}": {
      get: {
        operationId: "getArticleVersion",
        summary: "One published version (its content never changes)",
        parameters: [idParam, { name: "version", in: "path", required: true, schema: { type: "integer", minimum: 1 } }, formatParam, ifNoneMatch],
        responses: articleResponses("Cache-Control: public, max-age=60, s-maxage=600."),
      },
    },
    "/api/v1/feeds/{lang}/{format}": {
      get: {
        operationId: "getFeed",
        summary: "Atom or JSON Feed of the published articles in one target language, newest first (at most 50)",
        description:
          "Public or protected by the admin setting `feeds.public`. When protected, send a token with the `export` scope as " +
          "`Authorization: Bearer …` or, for feed readers, as `?token=`.",
        security: [{}, { bearerAuth: [] }, { feedToken: [] }],
        parameters: [
          { name: "lang", in: "path", required: true, description: "Target language (BCP 47); `zh` also matches `zh-Hans`.", schema: { type: "string" } },
          { name: "format", in: "path", required: true, schema: { type: "string", enum: ["atom", "json"] } },
          ifNoneMatch,
        ],
        responses: {
          "200": {
            description: "The feed. `Cache-Control` is public when feeds are public, else private.",
            headers: cachedHeaders,
            content: {
              "application/atom+xml": { schema: { type: "string", description: "Atom 1.0 (RFC 4287)." } },
              "application/feed+json": { schema: ref("JsonFeed") },
            },
          },
          "304": { description: "Not modified.", headers: cachedHeaders },
          "401": errorResponse("Feeds are protected and no valid token was sent."),
          "403": errorResponse("The token lacks the `export` scope."),
          "404": errorResponse("Malformed language tag or unknown format."),
        },
      },
    },
    "/api/v1/openapi.json": {
      get: {
        operationId: "getOpenApi",
        summary: "This document",
        security: [],
        responses: { "200": { description: "OpenAPI 3.1 document.", content: json({ type: "object" }) } },
      },
    },
  },
  components: {
    securitySchemes: {
      bearerAuth: { type: "http", scheme: "bearer", description: "API token with the `export` scope." },
      feedToken: { type: "apiKey", in: "query", name: "token", description: "An `export` token in the feed URL, for feed readers that cannot send headers (it ends up in logs; prefer the header)." },
      staffSession: {
        type: "apiKey",
        in: "cookie",
        name: "better-auth.session_token",
        description: "A signed-in Copydesk user's session (the app's export links), used only when no Authorization header is sent. Answers are `Cache-Control: private, no-store`.",
      },
    },
    schemas: {
      JsonFeed: {
        description: "JSON Feed 1 (https://jsonfeed.org/version/1.1), one item per live article.",
        type: "object",
        required: ["version", "title", "items"],
        properties: {
          version: { type: "string", pattern: "^https://jsonfeed\\.org/version/1(\\.1)?$" },
          title: { type: "string" },
          home_page_url: { type: "string", format: "uri" },
          feed_url: { type: "string", format: "uri" },
          items: {
            type: "array",
            maxItems: 50,
            items: {
              type: "object",
              required: ["id"],
              properties: {
                id: { type: "string" },
                url: { type: "string", format: "uri" },
                title: { type: "string" },
                content_html: { type: "string" },
                date_published: { type: "string", format: "date-time" },
                date_modified: { type: "string", format: "date-time" },
              },
            },
          },
        },
      },
      Error: {
        type: "object",
        required: ["error"],
        properties: {
          error: {
            type: "object",
            required: ["code", "message"],
            properties: {
              code: { type: "string", enum: ["bad_request", "unauthenticated", "forbidden", "not_found", "gone", "rate_limited", "internal"] },
              message: { type: "string" },
              issues: {
                type: "array",
                items: {
                  type: "object",
                  required: ["path", "code", "message"],
                  properties: { path: { type: "string" }, code: { type: "string" }, message: { type: "string" } },
                  additionalProperties: false,
                },
              },
              supportedFormats: { type: "array", items: { type: "string", enum: [...EXPORT_FORMATS] } },
              retractedAt: { type: ["string", "null"], format: "date-time" },
            },
          },
        },
        additionalProperties: false,
      },
      ExportArticle: {
        type: "object",
        required: ["id", "version", "revisionNumber", "title", "sourceLang", "targetLang", "publishedAt", "metadata", "body", "links"],
        additionalProperties: false,
        properties: {
          id: { type: "string" },
          version: { type: "integer", minimum: 1, description: "Published version number (1, 2, 3 … per article)." },
          revisionNumber: { type: "integer", minimum: 1, description: "The approved revision this version was published from." },
          title: { type: "string" },
          sourceLang: { type: "string", description: "BCP 47" },
          targetLang: { type: "string", description: "BCP 47" },
          publishedAt: { type: "string", format: "date-time" },
          metadata: {
            type: "object",
            additionalProperties: false,
            required: ["outlet", "author", "originalUrl", "originalPublishedAt", "sourceTitle", "wordCount"],
            properties: {
              outlet: nullableString,
              author: nullableString,
              originalUrl: { type: ["string", "null"], format: "uri" },
              originalPublishedAt: { type: ["string", "null"], format: "date-time" },
              sourceTitle: nullableString,
              wordCount: { type: ["integer", "null"], minimum: 0 },
            },
          },
          body: {
            type: "object",
            additionalProperties: false,
            required: ["html", "markdown", "text"],
            properties: {
              html: { type: "string", description: "Sanitized HTML fragment (p, h1–h4, ul, ol, li, blockquote, a, strong, em, br)." },
              markdown: { type: "string", description: "CommonMark." },
              text: { type: "string" },
            },
          },
          links: {
            type: "object",
            additionalProperties: false,
            required: ["self", "current"],
            properties: { self: { type: "string", description: "This version." }, current: { type: "string", description: "The live version." } },
          },
        },
      },
      ExportListItem: {
        oneOf: [ref("PublishedItem"), ref("Tombstone")],
        discriminator: { propertyName: "state", mapping: { published: "#/components/schemas/PublishedItem", retracted: "#/components/schemas/Tombstone" } },
      },
      PublishedItem: {
        type: "object",
        additionalProperties: false,
        required: ["id", "state", "version", "title", "targetLang", "changedAt", "links"],
        properties: {
          id: { type: "string" },
          state: { const: "published" },
          version: { type: "integer", minimum: 1 },
          title: { type: "string" },
          targetLang: { type: "string" },
          changedAt: { type: "string", format: "date-time" },
          links: { type: "object", required: ["self"], additionalProperties: false, properties: { self: { type: "string" } } },
        },
      },
      Tombstone: {
        type: "object",
        description: "A retracted article: remove it from your copy.",
        additionalProperties: false,
        required: ["id", "state", "version", "changedAt", "retractedAt"],
        properties: {
          id: { type: "string" },
          state: { const: "retracted" },
          version: { type: "integer", minimum: 1, description: "The last version that was live." },
          changedAt: { type: "string", format: "date-time" },
          retractedAt: { type: ["string", "null"], format: "date-time" },
        },
      },
      ExportList: {
        type: "object",
        additionalProperties: false,
        required: ["data", "nextCursor", "links"],
        properties: {
          data: { type: "array", items: ref("ExportListItem") },
          nextCursor: { type: ["string", "null"], description: "Pass as `cursor` for the next page; null on the last page." },
          links: { type: "object", additionalProperties: false, required: ["next"], properties: { next: { type: ["string", "null"] } } },
        },
      },
    },
  },
} as const;
