"use server";

import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import { formList, formText, runFormAction, type FormActionOptions, type FormState } from "@/lib/http/form-action";
import { checkInput } from "@/lib/validation/parse-input";
import { createApiToken, createApiTokenSchema, revokeApiToken } from "@/lib/use-cases/manage-api-tokens";
import { changeUserRole, createUser, createUserSchema, setUserDisabled } from "@/lib/use-cases/manage-users";

export type AdminState = FormState<{ secret?: string }>;

/** The admin forms' fields and their labels; a taken email and a missing scope have sentences of their own. */
async function adminForm(form: FormData): Promise<FormActionOptions> {
  const a = await getTranslations("Admin");
  return {
    name: "Admin action",
    form,
    fields: {
      labels: { name: a("name"), email: a("email"), password: a("password"), role: a("role") },
      message: (issue) => (issue.code === "email_taken" ? a("emailTaken") : issue.path === "scopes" ? a("scopeRequired") : undefined),
    },
  };
}

export async function createUserAction(_prev: AdminState, formData: FormData): Promise<AdminState> {
  return runFormAction<AdminState>(await adminForm(formData), async ({ actor, revalidate }) => {
    const input = checkInput(createUserSchema, {
      name: formText(formData, "name"),
      email: formText(formData, "email"),
      role: formText(formData, "role"),
      password: formText(formData, "password"),
    });
    const user = await createUser({ db, actor, input });
    revalidate("/admin");
    return (await getTranslations("Admin"))("userCreated", { email: user.email });
  });
}

export async function changeRoleAction(_prev: AdminState, formData: FormData): Promise<AdminState> {
  return runFormAction<AdminState>(await adminForm(formData), async ({ actor, revalidate }) => {
    await changeUserRole({ db, actor, userId: formText(formData, "userId"), role: formText(formData, "role") });
    revalidate("/admin");
    return (await getTranslations("Admin"))("roleChanged");
  });
}

export async function setDisabledAction(_prev: AdminState, formData: FormData): Promise<AdminState> {
  return runFormAction<AdminState>(await adminForm(formData), async ({ actor, revalidate }) => {
    const disabled = formText(formData, "disabled") === "true";
    await setUserDisabled({ db, actor, userId: formText(formData, "userId"), disabled });
    revalidate("/admin");
    const a = await getTranslations("Admin");
    const name = formText(formData, "name");
    return disabled ? a("userDisabled", { name }) : a("userEnabled", { name });
  });
}

export async function createTokenAction(_prev: AdminState, formData: FormData): Promise<AdminState> {
  return runFormAction<AdminState>(await adminForm(formData), async ({ actor, revalidate }) => {
    const input = checkInput(createApiTokenSchema, { name: formText(formData, "name"), scopes: formList(formData, "scopes") });
    const token = await createApiToken({ db, actor, input });
    revalidate("/admin");
    return { ok: (await getTranslations("Admin"))("tokenCreated"), secret: token.secret };
  });
}

export async function revokeTokenAction(_prev: AdminState, formData: FormData): Promise<AdminState> {
  return runFormAction<AdminState>(await adminForm(formData), async ({ actor, revalidate }) => {
    await revokeApiToken({ db, actor, tokenId: formText(formData, "tokenId") });
    revalidate("/admin");
    return (await getTranslations("Admin"))("tokenRevoked");
  });
}
