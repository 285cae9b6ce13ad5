// Vitest setup: every test file gets its own SQLite file, set before any
// module reads the environment. Integration tests migrate it in beforeAll.
// COPYDESK_TEST_DATABASE=postgresql gives every file a throwaway PostgreSQL
// database instead (dropped after the file), to run the suite on PostgreSQL;
// tests/integration/postgres.test.ts covers PostgreSQL in the ordinary run.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

if (process.env.COPYDESK_TEST_DATABASE === "postgresql") {
  const { createScratchDatabase } = await import("@/lib/db/postgres-scratch");
  const scratch = await createScratchDatabase("copydesk_test");
  process.env.DATABASE_URL = scratch.url;
  afterAll(async () => {
    const g = globalThis as { __copydeskDb?: { $disconnect(): Promise<void> } };
    await g.__copydeskDb?.$disconnect();
    await scratch.drop();
  });
} else {
  const dir = mkdtempSync(path.join(tmpdir(), "copydesk-test-"));
  process.env.DATABASE_URL = `file:${path.join(dir, "test.db")}`;
}
process.env.BETTER_AUTH_SECRET ??= "test-secret-0123456789abcdef0123456789abcdef";
process.env.COPYDESK_SEED_DEMO = "0";
