// Vitest setup: every test file gets its own SQLite file, set before any
// module reads the environment. Integration tests migrate it in beforeAll.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const dir = mkdtempSync(path.join(tmpdir(), "copydesk-test-"));
process.env.DATABASE_URL = `file:${path.join(dir, "test.db")}`;
process.env.BETTER_AUTH_SECRET ??= "test-secret-0123456789abcdef0123456789abcdef";
process.env.COPYDESK_SEED_DEMO = "0";
