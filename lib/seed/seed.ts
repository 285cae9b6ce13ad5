/**
 * Demo data for a first start, and the building blocks tests use as
 * factories. Users are written directly (with Better Auth's password hash);
 * articles go through the same import use-case as the API.
 */
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Role } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { importArticle } from "@/lib/use-cases/import-article";
import { DEMO_ARTICLES } from "./demo-articles";
import { DEMO_USERS } from "./demo-users";

/** Creates a user with an email + password account. */
export async function seedUser(db: Db, user: { name: string; email: string; role: Role; password: string; disabled?: boolean }) {
  const id = randomUUID();
  await db.$transaction([
    db.user.create({ data: { id, name: user.name, email: user.email, role: user.role, emailVerified: true, disabled: user.disabled ?? false } }),
    db.account.create({
      data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: await hashPassword(user.password) },
    }),
  ]);
  return { id, ...user };
}

/**
 * Seeds the demo users and articles when the database has no users.
 * Returns false (and changes nothing) otherwise.
 */
export async function seedDemoIfEmpty(db: Db): Promise<boolean> {
  if ((await db.user.count()) > 0) return false;
  const users = [];
  for (const user of DEMO_USERS) users.push(await seedUser(db, user));
  const editor = users[0]!;
  for (const input of DEMO_ARTICLES) {
    await importArticle({ db, actor: { type: "user", id: editor.id }, input });
  }
  return true;
}
