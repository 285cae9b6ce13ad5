/**
 * Checks real responses against lib/export/openapi.ts with Ajv (JSON Schema
 * 2020-12, the dialect of OpenAPI 3.1) and ajv-formats: the status must be
 * documented, documented headers present and valid, the content type
 * documented and the body valid against its schema.
 */
import SwaggerParser from "@apidevtools/swagger-parser";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { OPENAPI_DOCUMENT } from "@/lib/export/openapi";

// ajv-formats is CommonJS; its default export arrives wrapped under ESM interop.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

const BASE_ID = "https://copydesk.test/openapi.json";
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: BASE_ID, components: OPENAPI_DOCUMENT.components });

type Operation = { responses: Record<string, { headers?: Record<string, { schema: object }>; content?: Record<string, { schema: object }> }> };

function operationFor(pathname: string, method: string): Operation {
  for (const [template, item] of Object.entries(OPENAPI_DOCUMENT.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+").replace(/\./g, "\\.")}$`);
    const operation = (item as Record<string, Operation>)[method.toLowerCase()];
    if (pattern.test(pathname) && operation) return operation;
  }
  throw new Error(`${method} ${pathname} is not in the OpenAPI document`);
}

/** Rewrites local refs so a schema compiles against the registered document. */
function anchored(schema: object): object {
  return JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, `"${BASE_ID}#/components/`)) as object;
}

function check(schema: object, value: unknown, what: string) {
  const validate = ajv.compile(anchored(schema));
  if (!validate(value)) throw new Error(`${what} does not match the OpenAPI document: ${ajv.errorsText(validate.errors)}`);
}

/**
 * The whole document against the OpenAPI 3.1 schema, by an independent
 * validator (@apidevtools/swagger-parser), which also resolves every $ref.
 */
export async function validateOpenApiDocument(document: unknown): Promise<void> {
  // validate() dereferences in place: give it a copy.
  await SwaggerParser.validate(structuredClone(document) as Parameters<typeof SwaggerParser.validate>[0]);
}

/** Validates `res` (a response to GET `path`) and returns its body: parsed JSON, text, or null for 304. */
export async function checkAgainstOpenApi(path: string, res: Response): Promise<unknown> {
  const pathname = new URL(path, "http://localhost").pathname;
  const operation = operationFor(pathname, "GET");
  const documented = operation.responses[String(res.status)];
  if (!documented) throw new Error(`GET ${pathname} answered ${res.status}, which is not documented`);
  for (const [name, header] of Object.entries(documented.headers ?? {})) {
    const value = res.headers.get(name);
    if (value === null) throw new Error(`GET ${pathname} ${res.status}: header ${name} is documented but missing`);
    check(header.schema, value, `header ${name}`);
  }
  const text = await res.clone().text();
  if (!documented.content) {
    if (text !== "") throw new Error(`GET ${pathname} ${res.status} has a body but documents none`);
    return null;
  }
  const type = (res.headers.get("content-type") ?? "").split(";")[0]!.trim();
  const media = documented.content[type];
  if (!media) throw new Error(`GET ${pathname} ${res.status}: content type ${type} is not documented`);
  const isJson = type === "application/json" || type.endsWith("+json");
  const body: unknown = isJson ? JSON.parse(text) : text;
  check(media.schema, body, `GET ${pathname} ${res.status} body`);
  return body;
}
