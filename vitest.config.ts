import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts", "messages/**/*.test.ts"],
    environment: "node",
    setupFiles: ["tests/setup/test-db.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration tests share one SQLite file per worker; keep workers few on 2 cores.
    pool: "forks",
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
  },
});
