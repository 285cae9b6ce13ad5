import { OPENAPI_DOCUMENT } from "@/lib/export/openapi";

const body = JSON.stringify(OPENAPI_DOCUMENT);

/** GET /api/v1/openapi.json — the export API's OpenAPI 3.1 document (public). */
export function GET() {
  return new Response(body, {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
