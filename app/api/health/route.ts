import { db } from "@/lib/db/client";
import { pingDatabase } from "@/lib/db/ping";
import { log } from "@/lib/log";

/** GET /api/health — liveness and database reachability, for load balancers and tests. */
export async function GET() {
  try {
    await pingDatabase(db);
    return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    log.error("Health check failed", { error });
    return Response.json({ ok: false }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
