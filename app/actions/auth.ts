"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { hasLocale } from "next-intl";
import { z } from "zod";
import { routing } from "@/i18n/routing";
import { auth } from "@/lib/auth/auth";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { clientAddressFromHeaders, PEER_HEADER } from "@/lib/http/client-address";
import { signIn } from "@/lib/use-cases/sign-in";

export type SignInState = {
  error?: "missing" | "invalid" | "disabled" | "throttled" | "failed" | "emailTooLong" | "passwordTooLong" | "badLocale" | "badForm";
  minutes?: number;
  email?: string;
};

const signInForm = z.object({
  email: z.string().max(254).default(""),
  password: z.string().max(256).default(""),
  // A return path that is not one is dropped (the articles list instead), not an error.
  next: z.string().max(2000).catch(""),
  locale: z.enum(routing.locales).default(routing.defaultLocale),
});

/** Only same-site paths under the current locale may be returned to. */
function safeReturnPath(next: string, locale: string): string {
  return /^\/(en|zh)(\/[^\s]*)?$/.test(next) && !next.startsWith("//") ? next : `/${locale}/articles`;
}

/** The form error naming the first field that failed validation. */
function formError(issues: { path: PropertyKey[]; code: string }[]): NonNullable<SignInState["error"]> {
  const issue = issues[0];
  const field = issue?.path[0];
  if (field === "email" && issue?.code === "too_big") return "emailTooLong";
  if (field === "password" && issue?.code === "too_big") return "passwordTooLong";
  if (field === "locale") return "badLocale";
  return "badForm";
}

/**
 * Sign-in is the one form without a session, so it does not go through
 * lib/http/form-action.ts (whose first step is the session; a switch to skip
 * it would be a check turned off for one caller). Its refusals are codes the
 * form localizes, and it keeps the email typed.
 */
export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const typed = formData.get("email");
  // What was typed goes back into the field (bounded; never the password).
  const email = typeof typed === "string" ? typed.slice(0, 1000) : undefined;
  const parsed = signInForm.safeParse({
    email: typed ?? undefined,
    password: formData.get("password") ?? undefined,
    next: formData.get("next") ?? undefined,
    locale: formData.get("locale") ?? undefined,
  });
  if (!parsed.success) return { error: formError(parsed.error.issues), ...(email !== undefined ? { email } : {}) };
  const form = parsed.data;
  const requestHeaders = await headers();
  const address = clientAddressFromHeaders(requestHeaders, { trusted: env.COPYDESK_TRUSTED_PROXIES, peerToken: env.COPYDESK_PEER_TOKEN });
  // Better Auth records the session's address from X-Forwarded-For: hand it the resolved one.
  const authHeaders = new Headers(requestHeaders);
  authHeaders.delete(PEER_HEADER);
  if (address) authHeaders.set("x-forwarded-for", address);
  else authHeaders.delete("x-forwarded-for");
  const result = await signIn({ db, email: form.email, password: form.password, address, headers: authHeaders });
  if (!result.ok) {
    return result.reason === "throttled"
      ? { error: "throttled", minutes: Math.ceil(result.retryAfterSeconds / 60), email: form.email }
      : { error: result.reason, email: form.email };
  }
  redirect(safeReturnPath(form.next, form.locale));
}

export async function signOutAction(formData: FormData) {
  const requested = formData.get("locale");
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  await auth.api.signOut({ headers: await headers() });
  redirect(`/${locale}/sign-in`);
}
