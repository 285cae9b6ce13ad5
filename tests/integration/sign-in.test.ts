/**
 * The sign-in path end to end below the browser: the use-case (throttle,
 * audit) and the server action (form parsing, client address). The action
 * reads the request's headers through next/headers, which only exists inside
 * a Next.js request, so that one function is replaced by the headers each
 * test sets.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { migrateTestDb, seedTestUser } from "./helpers";

// What scripts/serve.mjs would give this process; hoisted above the imports, before any module reads the environment.
const PEER_TOKEN = vi.hoisted(() => {
  const token = "p".repeat(64);
  process.env.COPYDESK_PEER_TOKEN = token;
  return token;
});

let requestHeaders = new Headers();
vi.mock("next/headers", () => ({
  headers: async () => requestHeaders,
  cookies: async () => {
    throw new Error("`cookies` was called outside a request scope.");
  },
}));

let db: Db;
beforeAll(async () => {
  db = await migrateTestDb();
});

const noHeaders = () => new Headers();
/** A fresh documentation-range address per call, so tests never share counters. */
let nextOctet = 1;
const freshAddress = () => `198.51.${Math.floor(nextOctet / 250)}.${(nextOctet++ % 250) + 1}`;

async function attempt(email: string, password: string, address: string | null, sleep?: (ms: number) => Promise<void>) {
  const { signIn } = await import("@/lib/use-cases/sign-in");
  return signIn({ db, email, password, address, headers: noHeaders(), sleep: sleep ?? (async () => {}) });
}

async function eventsOf(email: string) {
  const rows = await db.auditEvent.findMany({ where: { action: { startsWith: "auth." } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map((row) => ({ ...row, details: JSON.parse(row.details) as Record<string, unknown> })).filter((row) => row.details.email === email);
}

describe("sign-in throttle, through the sign-in use-case", () => {
  it("refuses an (account, address) pair after 5 failures, but not the same account from another address", async () => {
    const user = await seedTestUser("editor");
    const attacker = freshAddress();
    for (let i = 0; i < 4; i++) expect(await attempt(user.email, "wrong-password", attacker)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt(user.email, "wrong-password", attacker)).toMatchObject({ ok: false, reason: "throttled" });
    // Even the right password is refused from the failing address...
    expect(await attempt(user.email, user.password, attacker)).toMatchObject({ ok: false, reason: "throttled" });
    // ...and accepted from any other.
    expect(await attempt(user.email, user.password, freshAddress())).toEqual({ ok: true });
  });

  it("refuses an address after 20 failures across accounts, and no other address", async () => {
    const user = await seedTestUser("editor");
    const attacker = freshAddress();
    for (let i = 0; i < 19; i++) expect(await attempt(`nobody-${randomUUID()}@test.local`, "wrong-password", attacker)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt(`nobody-${randomUUID()}@test.local`, "wrong-password", attacker)).toMatchObject({ ok: false, reason: "throttled" });
    expect(await attempt(user.email, user.password, attacker)).toMatchObject({ ok: false, reason: "throttled" });
    expect(await attempt(user.email, user.password, freshAddress())).toEqual({ ok: true });
  });

  it("a good sign-in resets the account's and the pair's count", async () => {
    const user = await seedTestUser("editor");
    const address = freshAddress();
    for (let i = 0; i < 4; i++) await attempt(user.email, "wrong-password", address);
    expect(await attempt(user.email, user.password, address)).toEqual({ ok: true });
    // Four more typos are four, not eight.
    for (let i = 0; i < 4; i++) expect(await attempt(user.email, "wrong-password", address)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt(user.email, user.password, address)).toEqual({ ok: true });
    const counters = await db.signInThrottle.findMany({ where: { key: { contains: user.email } } });
    expect(counters).toEqual([]);
  });

  it("lets the owner in from a fresh address after an attacker's 50 failures, only slowed down, with every attempt audited", async () => {
    const user = await seedTestUser("admin");
    const delays: number[] = [];
    const sleep = async (ms: number) => {
      delays.push(ms);
    };
    // 10 addresses × 5 failures: the most an attacker gets in before every pair is refused.
    const attackers = Array.from({ length: 10 }, freshAddress);
    const results = [];
    for (const address of attackers) for (let i = 0; i < 5; i++) results.push(await attempt(user.email, "wrong-password", address, sleep));
    expect(results.filter((r) => r.ok === false && r.reason === "invalid")).toHaveLength(40);
    expect(results.filter((r) => r.ok === false && r.reason === "throttled")).toHaveLength(10);
    // The attacker's further tries are refused without checking the password.
    expect(await attempt(user.email, user.password, attackers[0]!, sleep)).toMatchObject({ ok: false, reason: "throttled" });

    delays.length = 0;
    const owner = freshAddress();
    expect(await attempt(user.email, user.password, owner, sleep)).toEqual({ ok: true });
    // The account's ceiling slowed the owner down, within the cap, and refused nothing.
    expect(delays).toHaveLength(1);
    expect(delays[0]).toBeGreaterThan(0);
    expect(delays[0]).toBeLessThanOrEqual(4_000);

    const events = await eventsOf(user.email);
    const count = (action: string) => events.filter((e) => e.action === action).length;
    expect(count("auth.sign_in_failed")).toBe(50);
    expect(count("auth.sign_in_throttled")).toBe(1);
    expect(count("auth.locked_out")).toBe(10);
    expect(count("auth.account_slowed")).toBe(1);
    expect(count("auth.sign_in_succeeded")).toBe(1);
    const lockout = events.find((e) => e.action === "auth.locked_out")!;
    expect(lockout).toMatchObject({ subjectType: "user", subjectId: user.id, details: { scope: "account_address", address: attackers[0], failures: 5 } });
    const success = events.find((e) => e.action === "auth.sign_in_succeeded")!;
    expect(success).toMatchObject({ actorType: "user", actorId: user.id, subjectId: user.id, details: { email: user.email, address: owner } });
    expect(events.find((e) => e.action === "auth.sign_in_failed")).toMatchObject({ actorType: "system", details: { reason: "invalid", address: attackers[0] } });
    // Never the password, right or wrong.
    for (const event of events) {
      expect(JSON.stringify(event)).not.toContain(user.password);
      expect(JSON.stringify(event)).not.toContain("wrong-password");
    }
  }, 120_000); // 41 password checks (scrypt): seconds on a quiet machine, far longer on a loaded one

  it("audits an address lockout under the address", async () => {
    const attacker = freshAddress();
    for (let i = 0; i < 20; i++) await attempt(`spray-${i}-${randomUUID()}@test.local`, "wrong-password", attacker);
    const lockouts = await db.auditEvent.findMany({ where: { action: "auth.locked_out", subjectType: "address", subjectId: attacker } });
    expect(lockouts).toHaveLength(1);
    expect(JSON.parse(lockouts[0]!.details)).toMatchObject({ scope: "address", failures: 20, address: attacker });
  });

  it("does not count a disabled account's right password, and audits it", async () => {
    const user = await seedTestUser("editor", { disabled: true });
    expect(await attempt(user.email, user.password, freshAddress())).toEqual({ ok: false, reason: "disabled" });
    expect((await eventsOf(user.email)).map((e) => [e.action, e.details.reason])).toEqual([["auth.sign_in_failed", "disabled"]]);
    expect(await db.signInThrottle.count({ where: { key: { contains: user.email } } })).toBe(0);
  });
});

/** The form the sign-in page posts. */
function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries({ locale: "en", next: "", ...fields })) data.set(name, value);
  return data;
}

/** Headers as scripts/serve.mjs hands them to Next: the socket peer (with the token) plus whatever the client sent. */
function fromSocket(peer: string, clientHeaders: Record<string, string> = {}) {
  return new Headers({ ...clientHeaders, "x-copydesk-peer": `${PEER_TOKEN} ${peer}` });
}

async function post(fields: Record<string, string>) {
  const { signInAction } = await import("@/app/actions/auth");
  return signInAction({}, form(fields));
}

describe("sign-in server action", () => {
  it("counts spoofed X-Forwarded-For values as the one socket address when no proxy is trusted", async () => {
    const peer = freshAddress();
    for (let i = 0; i < 20; i++) {
      requestHeaders = fromSocket(peer, { "x-forwarded-for": `203.0.113.${i + 1}`, "x-real-ip": `192.0.2.${i + 1}` });
      expect(await post({ email: `nobody-${randomUUID()}@test.local`, password: "wrong-password" })).toMatchObject({ error: i < 19 ? "invalid" : "throttled" });
    }
    requestHeaders = fromSocket(peer, { "x-forwarded-for": "203.0.113.200" });
    expect(await post({ email: `nobody-${randomUUID()}@test.local`, password: "wrong-password" })).toMatchObject({ error: "throttled" });
    const failures = await db.auditEvent.findMany({ where: { action: "auth.sign_in_failed" } });
    const addresses = new Set(failures.map((e) => JSON.parse(e.details).address).filter((a) => a === peer || String(a).startsWith("203.0.113.")));
    expect([...addresses]).toEqual([peer]);
  });

  it("does not let a client forge the socket header", async () => {
    const { clientAddressFromHeaders } = await import("@/lib/http/client-address");
    const { env } = await import("@/lib/env");
    const forged = new Headers({ "x-copydesk-peer": `${"f".repeat(64)} 10.9.9.9` });
    expect(clientAddressFromHeaders(forged, { trusted: env.COPYDESK_TRUSTED_PROXIES, peerToken: env.COPYDESK_PEER_TOKEN })).toBeNull();
  });

  it("signs in and redirects within the locale", async () => {
    const user = await seedTestUser("editor");
    requestHeaders = fromSocket(freshAddress());
    await expect(post({ email: user.email, password: user.password, next: "/en/work" })).rejects.toMatchObject({ digest: expect.stringContaining("/en/work") });
  });

  it("answers an email over 254 characters with a form error, keeping what was typed", async () => {
    requestHeaders = fromSocket(freshAddress());
    const email = `${"a".repeat(250)}@test.local`;
    const state = await post({ email, password: "secret-password" });
    expect(state).toEqual({ error: "emailTooLong", email });
    expect(JSON.stringify(state)).not.toContain("secret-password");
  });

  it("answers an unknown locale with a form error, keeping the email", async () => {
    requestHeaders = fromSocket(freshAddress());
    const state = await post({ email: "someone@test.local", password: "secret-password", locale: "xx" });
    expect(state).toEqual({ error: "badLocale", email: "someone@test.local" });
  });

  it("answers an over-long password with a form error", async () => {
    requestHeaders = fromSocket(freshAddress());
    expect(await post({ email: "someone@test.local", password: "x".repeat(300) })).toEqual({ error: "passwordTooLong", email: "someone@test.local" });
  });
});
