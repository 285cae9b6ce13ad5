import { APIError } from "better-auth/api";
import { auth } from "@/lib/auth/auth";
import { clearAccountFailures, recordSignInFailure, signInRetryAfter, throttleKeys } from "@/lib/auth/throttle";
import type { Db } from "@/lib/db/client";

export type SignInResult =
  | { ok: true }
  | { ok: false; reason: "missing" | "invalid" | "disabled" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Email + password sign-in, throttled per account and per address. Sets the
 * session cookie through Better Auth's Next.js cookie plugin.
 */
export async function signIn(options: {
  db: Db;
  email: string;
  password: string;
  address: string | null;
  headers: Headers;
}): Promise<SignInResult> {
  const { db, password, address } = options;
  const email = options.email.trim().toLowerCase();
  if (!email || !password) return { ok: false, reason: "missing" };

  const keys = throttleKeys(email, address);
  const wait = await signInRetryAfter(db, keys);
  if (wait > 0) return { ok: false, reason: "throttled", retryAfterSeconds: wait };

  try {
    await auth.api.signInEmail({ body: { email, password }, headers: options.headers });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    if (error.message === "ACCOUNT_DISABLED") return { ok: false, reason: "disabled" };
    await recordSignInFailure(db, keys);
    const after = await signInRetryAfter(db, keys);
    return after > 0 ? { ok: false, reason: "throttled", retryAfterSeconds: after } : { ok: false, reason: "invalid" };
  }
  await clearAccountFailures(db, email);
  return { ok: true };
}
