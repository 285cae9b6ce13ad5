"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth } from "@/lib/auth/auth";
import { db } from "@/lib/db/client";
import { signIn } from "@/lib/use-cases/sign-in";

export type SignInState = { error?: "missing" | "invalid" | "disabled" | "throttled" | "failed"; minutes?: number; email?: string };

const signInForm = z.object({
  email: z.string().max(254).default(""),
  password: z.string().max(256).default(""),
  next: z.string().max(2000).default(""),
  locale: z.enum(["en", "zh"]).default("en"),
});

/** Only same-site paths under the current locale may be returned to. */
function safeReturnPath(next: string, locale: string): string {
  return /^\/(en|zh)(\/[^\s]*)?$/.test(next) && !next.startsWith("//") ? next : `/${locale}/articles`;
}

function clientAddress(h: Headers): string | null {
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || null;
}

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const form = signInForm.parse({
    email: formData.get("email") ?? undefined,
    password: formData.get("password") ?? undefined,
    next: formData.get("next") ?? undefined,
    locale: formData.get("locale") ?? undefined,
  });
  const requestHeaders = await headers();
  const result = await signIn({
    db,
    email: form.email,
    password: form.password,
    address: clientAddress(requestHeaders),
    headers: requestHeaders,
  });
  if (!result.ok) {
    return result.reason === "throttled"
      ? { error: "throttled", minutes: Math.ceil(result.retryAfterSeconds / 60), email: form.email }
      : { error: result.reason, email: form.email };
  }
  redirect(safeReturnPath(form.next, form.locale));
}

export async function signOutAction(formData: FormData) {
  const locale = formData.get("locale") === "zh" ? "zh" : "en";
  await auth.api.signOut({ headers: await headers() });
  redirect(`/${locale}/sign-in`);
}
