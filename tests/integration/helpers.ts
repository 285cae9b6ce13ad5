/**
 * Integration-test helpers: a migrated database per test file and factories
 * named by state. Import `db` only after `migrateTestDb()` ran in beforeAll.
 */
import { randomUUID } from "node:crypto";
import { applyMigrations } from "@/lib/db/migrate";
import type { Role } from "@/lib/auth/roles";

export async function migrateTestDb() {
  await applyMigrations(process.env.DATABASE_URL!);
  const { db } = await import("@/lib/db/client");
  return db;
}

export async function seedTestUser(role: Role, overrides: { disabled?: boolean } = {}) {
  const { db } = await import("@/lib/db/client");
  const { seedUser } = await import("@/lib/seed/seed");
  const tag = randomUUID().slice(0, 8);
  return seedUser(db, { name: `${role} ${tag}`, email: `${role}-${tag}@test.local`, role, password: `password-${tag}`, ...overrides });
}

export async function seedApiToken(scopes: string[]) {
  const { db } = await import("@/lib/db/client");
  const { generateToken } = await import("@/lib/auth/api-tokens");
  const admin = await seedTestUser("admin");
  const token = generateToken();
  await db.apiToken.create({
    data: { name: "test", tokenHash: token.hash, prefix: token.prefix, scopes: scopes.join(" "), createdById: admin.id },
  });
  return token.secret;
}

export const validImport = () => ({
  sourceLang: "zh",
  targetLang: "en",
  title: { source: "测试标题", mt: "Test title" },
  body: { source: "第一段。\n\n第二段。", mt: "First paragraph.\n\nSecond paragraph." },
  metadata: { outlet: "Test Daily", originalPublishedAt: "2024-01-02T03:04:05+08:00" },
});

/**
 * The QA override reason sent where a submit or approve is incidental to the
 * test. The test articles' source, "第一段。\n\n第二段。", has ordinals (第一,
 * 第二) that texts like "First edit." do not all render, so the number check
 * reports open errors and the QA gate would refuse them. The gate itself is
 * tested in qa-gate.test.ts; the override changes no other outcome (the gate
 * runs after the role, status and input checks).
 */
export const INCIDENTAL_QA_OVERRIDE = { reason: "Incidental to this test: the QA gate is tested in qa-gate.test.ts" } as const;
