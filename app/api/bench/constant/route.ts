/**
 * GET /api/bench/constant?bytes=N — a constant JSON body of exactly N bytes,
 * the framework's floor for `npm run bench:export` (same size as the export
 * JSON it is compared with). Exists only when COPYDESK_BENCH=1.
 */
const bodies = new Map<number, Uint8Array>();

function constantBody(bytes: number): Uint8Array {
  let body = bodies.get(bytes);
  if (!body) {
    const frame = '{"pad":""}';
    body = new Uint8Array(Buffer.from(`{"pad":"${"x".repeat(Math.max(0, bytes - frame.length))}"}`, "utf8"));
    bodies.set(bytes, body);
  }
  return body;
}

export function GET(request: Request) {
  if (process.env.COPYDESK_BENCH !== "1") return new Response(null, { status: 404 });
  const bytes = Math.min(Math.max(Number(new URL(request.url).searchParams.get("bytes")) || 0, 0), 10_000_000);
  return new Response(constantBody(bytes) as BodyInit, { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
