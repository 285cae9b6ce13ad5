import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { migrateTestDb, seedTestUser } from "./helpers";

let db: Db;
let admin: Actor;
let editor: Actor;

const actor = (u: { id: string; name: string; email: string; role: Actor["role"] }): Actor => ({ id: u.id, name: u.name, email: u.email, role: u.role });

beforeAll(async () => {
  db = await migrateTestDb();
  admin = actor(await seedTestUser("admin"));
  editor = actor(await seedTestUser("editor"));
});

describe("user administration", () => {
  it("changes a role and audits it; nobody changes their own role; editors may not", async () => {
    const { changeUserRole } = await import("@/lib/use-cases/manage-users");
    const target = await seedTestUser("editor");
    await changeUserRole({ db, actor: admin, userId: target.id, role: "reviewer" });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("reviewer");
    const events = await db.auditEvent.findMany({ where: { subjectId: target.id, action: "user.role_changed" } });
    expect(events.map((e) => JSON.parse(e.details))).toEqual([{ from: "editor", to: "reviewer" }]);

    await expect(changeUserRole({ db, actor: admin, userId: admin.id, role: "editor" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(changeUserRole({ db, actor: editor, userId: target.id, role: "admin" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(changeUserRole({ db, actor: admin, userId: target.id, role: "owner" })).rejects.toMatchObject({ code: "validation_failed" });
    expect(await db.auditEvent.count({ where: { subjectId: target.id, action: "user.role_changed" } })).toBe(1);
  });

  it("disabling ends every session in the same write; enabling lets the user back", async () => {
    const { setUserDisabled } = await import("@/lib/use-cases/manage-users");
    const target = await seedTestUser("editor");
    for (const token of ["t1", "t2"]) {
      await db.session.create({ data: { id: `${target.id}-${token}`, token: `${target.id}-${token}`, userId: target.id, expiresAt: new Date(Date.now() + 3600_000) } });
    }
    await setUserDisabled({ db, actor: admin, userId: target.id, disabled: true });
    expect(await db.session.count({ where: { userId: target.id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).disabled).toBe(true);
    await setUserDisabled({ db, actor: admin, userId: target.id, disabled: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).disabled).toBe(false);
    const actions = (await db.auditEvent.findMany({ where: { subjectId: target.id }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["user.disabled", "user.enabled"]);
    await expect(setUserDisabled({ db, actor: admin, userId: admin.id, disabled: true })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("creates a user whose password is hashed, and refuses a taken email with 409", async () => {
    const { createUser } = await import("@/lib/use-cases/manage-users");
    const email = `new-${Date.now()}@test.local`;
    await createUser({ db, actor: admin, input: { name: "New", email, role: "editor", password: "a-long-password" } });
    const account = await db.account.findFirstOrThrow({ where: { user: { email } } });
    expect(account.password).not.toContain("a-long-password");
    await expect(createUser({ db, actor: admin, input: { name: "Dup", email, role: "editor", password: "a-long-password" } })).rejects.toMatchObject({ code: "conflict" });
    // @ts-expect-error the typed input forbids this; an unknown role is refused at run time too
    await expect(createUser({ db, actor: admin, input: { name: "", email: "not-an-email", role: "chief", password: "short" } })).rejects.toMatchObject({
      code: "validation_failed",
      issues: expect.arrayContaining([expect.objectContaining({ path: "email" }), expect.objectContaining({ path: "password" }), expect.objectContaining({ path: "role" })]),
    });
  });
});

describe("API tokens", () => {
  it("stores only the hash, audits creation and revocation, and stops working when revoked", async () => {
    const { createApiToken, revokeApiToken } = await import("@/lib/use-cases/manage-api-tokens");
    const { authenticateToken } = await import("@/lib/auth/api-tokens");
    const { id, secret } = await createApiToken({ db, actor: admin, input: { name: "Feed", scopes: ["export"] } });
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(stored.tokenHash).not.toBe(secret);
    expect(JSON.stringify(stored)).not.toContain(secret);
    const headers = new Headers({ authorization: `Bearer ${secret}` });
    await expect(authenticateToken(db, headers, "export")).resolves.toMatchObject({ type: "token", id });
    await expect(authenticateToken(db, headers, "import")).rejects.toMatchObject({ code: "forbidden" });
    await revokeApiToken({ db, actor: admin, tokenId: id });
    await expect(authenticateToken(db, headers, "export")).rejects.toMatchObject({ code: "unauthenticated" });
    const actions = (await db.auditEvent.findMany({ where: { subjectId: id }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["api_token.created", "api_token.revoked"]);
    await expect(createApiToken({ db, actor: editor, input: { name: "x", scopes: ["import"] } })).rejects.toMatchObject({ code: "forbidden" });
  });
});

// The behaviour through sign-in (per pair, per address, reset, lockout-proof) is in sign-in.test.ts.
describe("sign-in throttle counters", () => {
  it("count concurrent failures exactly, with one attempt seeing each limit reached", async () => {
    const { afterFailure, failureWrites, checkSignInThrottle, THROTTLE } = await import("@/lib/auth/throttle");
    const subject = { email: "race@x.test", address: "203.0.113.77" };
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 30 }, () => db.$transaction(failureWrites(db, subject, now))));
    const reached = results.flatMap((rows) => afterFailure(subject, rows, now).reached);
    expect(reached.sort()).toEqual(["account", "account_address", "address"]);
    const check = await checkSignInThrottle(db, subject, now);
    expect(check.failures).toEqual({ account: 30, account_address: 30, address: 30 });
    expect(check.refusedBy).toBe("account_address");
    expect(check.retryAfterSeconds).toBeGreaterThan(0);
    expect(check.retryAfterSeconds).toBeLessThanOrEqual(THROTTLE.windowMs / 1000);
  });

  it("start over in the next window, and prune finished windows", async () => {
    const { failureWrites, checkSignInThrottle, pruneThrottle, THROTTLE } = await import("@/lib/auth/throttle");
    const subject = { email: "window@x.test", address: "203.0.113.78" };
    const now = new Date();
    for (let i = 0; i < THROTTLE.maxPerAccountAddress; i++) await db.$transaction(failureWrites(db, subject, now));
    expect((await checkSignInThrottle(db, subject, now)).refusedBy).toBe("account_address");
    const later = new Date(now.getTime() + THROTTLE.windowMs);
    expect(await checkSignInThrottle(db, subject, later)).toMatchObject({ refusedBy: null, failures: { account: 0, account_address: 0, address: 0 } });
    await pruneThrottle(db, later);
    expect(await db.signInThrottle.count({ where: { key: { contains: "window@x.test" } } })).toBe(0);
  });

  it("slow an account down with a growing, capped delay, and never refuse it", async () => {
    const { accountDelayMs, THROTTLE } = await import("@/lib/auth/throttle");
    expect(accountDelayMs(THROTTLE.accountSlowAfter - 1)).toBe(0);
    const delays = Array.from({ length: 10 }, (_, i) => accountDelayMs(THROTTLE.accountSlowAfter + i));
    expect(delays[0]).toBe(THROTTLE.accountBaseDelayMs);
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1]!);
    expect(Math.max(...delays)).toBe(THROTTLE.accountMaxDelayMs);
    expect(accountDelayMs(1_000_000)).toBe(THROTTLE.accountMaxDelayMs);
  });
});
