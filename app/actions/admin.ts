"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { errorTranslator } from "@/lib/http/locale";
import { describeIssue, errorMessage } from "@/lib/http/respond";
import { log } from "@/lib/log";
import { createApiToken, revokeApiToken } from "@/lib/use-cases/manage-api-tokens";
import { changeUserRole, createUser, setUserDisabled } from "@/lib/use-cases/manage-users";

export type AdminState = { ok?: string; error?: string; fieldErrors?: Record<string, string>; secret?: string };

/** Runs one admin use-case and turns its outcome into form state in the UI language. */
async function run(work: (actor: NonNullable<Awaited<ReturnType<typeof currentActor>>>) => Promise<string | AdminState>): Promise<AdminState> {
  const locale = (await getLocale()) === "zh" ? "zh" : "en";
  const t = errorTranslator(locale);
  const actor = await currentActor();
  if (!actor) return { error: t("unauthenticated") };
  try {
    const result = await work(actor);
    revalidatePath(`/${locale}/admin`);
    return typeof result === "string" ? { ok: result } : result;
  } catch (error) {
    if (!(error instanceof AppError)) {
      log.error("Admin action failed", { error });
      return { error: t("internal") };
    }
    const a = await getTranslations("Admin");
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) {
      fieldErrors[issue.path] =
        issue.code === "email_taken" ? a("emailTaken") : issue.path === "scopes" ? a("scopeRequired") : describeIssue(t, { ...issue, path: labelFor(a, issue.path) });
    }
    return { error: error.issues.length ? undefined : errorMessage(t, error), fieldErrors };
  }
}

function labelFor(a: Awaited<ReturnType<typeof getTranslations<"Admin">>>, path: string): string {
  const labels: Record<string, string> = { name: a("name"), email: a("email"), password: a("password"), role: a("role") };
  return labels[path] ?? path;
}

const text = (formData: FormData, name: string) => {
  const v = formData.get(name);
  return typeof v === "string" ? v : "";
};

export async function createUserAction(_prev: AdminState, formData: FormData): Promise<AdminState> {
  return run(async (actor) => {
    const user = await createUser({
      db,
      actor,
      input: { name: text(formData, "name"), email: text(formData, "email"), role: text(formData, "role"), password: text(formData, "password") },
    });
    return (await getTranslations("Admin"))("userCreated", { email: user.email });
  });
}

export async function changeRoleAction(_prev: AdminState, formData: FormData): Promise<AdminState> {
  return run(async (actor) => {
    await changeUserRole({ db, actor, userId: text(formData, "userId"), role: text(formData, "role") });
    return (await getTranslations("Admin"))("roleChanged");
  });
}

export async function setDisabledAction(_prev: AdminState, formData: FormData): Promise<AdminState> {
  return run(async (actor) => {
    const disabled = text(formData, "disabled") === "true";
    await setUserDisabled({ db, actor, userId: text(formData, "userId"), disabled });
    const a = await getTranslations("Admin");
    const name = text(formData, "name");
    return disabled ? a("userDisabled", { name }) : a("userEnabled", { name });
  });
}

export async function createTokenAction(_prev: AdminState, formData: FormData): Promise<AdminState> {
  return run(async (actor) => {
    const token = await createApiToken({
      db,
      actor,
      input: { name: text(formData, "name"), scopes: formData.getAll("scopes").filter((s) => typeof s === "string") },
    });
    return { ok: (await getTranslations("Admin"))("tokenCreated"), secret: token.secret };
  });
}

export async function revokeTokenAction(_prev: AdminState, formData: FormData): Promise<AdminState> {
  return run(async (actor) => {
    await revokeApiToken({ db, actor, tokenId: text(formData, "tokenId") });
    return (await getTranslations("Admin"))("tokenRevoked");
  });
}
