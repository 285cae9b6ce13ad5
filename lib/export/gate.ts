/**
 * The export API's door: bearer token with the `export` scope (cached, see
 * ./token-auth.ts), then the per-token rate limit (per instance, see
 * ./rate-limit.ts). 401 / 403 / 429 (with Retry-After) as AppErrors.
 *
 * A request without an Authorization header from a signed-in member of
 * staff (session cookie; who counts as staff is `export.read_with_session`
 * in lib/auth/policy.ts: every active desk account) is admitted too, so the
 * "export" link in the app shows exactly what partners receive. Those answers are `private, no-store`:
 * a CDN must never keep a response it got because of someone's cookie.
 */
import type { AuditActor } from "@/lib/audit";
import { db, type Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { createRateLimiter, type RateLimiter } from "./rate-limit";
import { authenticateExportToken } from "./token-auth";
import { actorFromHeaders } from "@/lib/auth/session";
import { authorize } from "@/lib/auth/policy";

const g = globalThis as { __copydeskExportLimiter?: RateLimiter };

function limiter(): RateLimiter {
  return (g.__copydeskExportLimiter ??= createRateLimiter({
    capacity: env.COPYDESK_EXPORT_RATE_BURST,
    refillPerSecond: env.COPYDESK_EXPORT_RATE_LIMIT / 60,
  }));
}

/** Replaces the limiter (tests). */
export function setExportRateLimiter(next: RateLimiter): void {
  g.__copydeskExportLimiter = next;
}

export type ExportAdmission = { actor: Extract<AuditActor, { type: "token" }> | { type: "user"; id: string }; viaSession: boolean };

export async function admitExportRequest(db: Db, request: Request): Promise<ExportAdmission> {
  const staff = !request.headers.has("authorization") && request.headers.has("cookie") ? await actorFromHeaders(request.headers) : null;
  if (staff) authorize(staff, "export.read_with_session");
  const admission: ExportAdmission = staff
    ? { actor: { type: "user", id: staff.id }, viaSession: true }
    : { actor: await authenticateExportToken(db, request.headers), viaSession: false };
  const decision = limiter().take(`${admission.actor.type}:${admission.actor.id}`);
  if (!decision.ok) {
    throw new AppError("rate_limited", "Export rate limit", { params: { seconds: decision.retryAfterSeconds } });
  }
  return admission;
}

/** The export routes' admission for lib/http/token-route.ts. */
export const exportAccess = (request: Request): Promise<ExportAdmission> => admitExportRequest(db, request);

/** The Cache-Control for an admitted request: the route's own, or private for a staff session. */
export function cacheControlFor(admission: ExportAdmission, routeCacheControl: string): string {
  return admission.viaSession ? "private, no-store" : routeCacheControl;
}
