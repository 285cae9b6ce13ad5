// `npm test`: every test, in the order that fails fastest.
//   1. type check (tsc --noEmit)
//   2. unit and integration tests (Vitest)
//   3. production build, then end-to-end tests in Chromium (Playwright)
// Ends with one line "N passed, N failed" over all runners.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
// Not test-results/: Playwright empties that folder when it starts.
const results = ".test-results";
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

function run(title, command, args, extraEnv = {}) {
  console.log(`\n━━ ${title} ━━`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  console.log(`━━ ${title}: ${result.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}

let ok = run("Type check", "npx", ["--no-install", "tsc", "--noEmit"]);
ok = run("Unit and integration tests", "npx", ["--no-install", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${results}/vitest.json`]) && ok;
// Type-checked above already.
const built = run("Production build", "npx", ["--no-install", "next", "build"], { COPYDESK_BUILD_SKIP_TYPECHECK: "1" });
ok = built && ok;
if (built) {
  ok = run("End-to-end tests", "npx", ["--no-install", "playwright", "test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: `${results}/playwright.json`, E2E_JSON: "1" }) && ok;
}

const vitest = readJson(`${results}/vitest.json`);
const playwright = readJson(`${results}/playwright.json`);
const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0);
const failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0) + (playwright?.stats?.flaky ?? 0);
const skipped = (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (playwright?.stats?.skipped ?? 0);
console.log(`\nVitest: ${vitest?.numPassedTests ?? 0} passed, ${vitest?.numFailedTests ?? 0} failed; Playwright: ${playwright?.stats?.expected ?? 0} passed, ${playwright?.stats?.unexpected ?? 0} failed`);
if (!ok && failed === 0) console.log("A step failed before or outside the test runners (see above).");
console.log(`${passed} passed, ${failed + (ok ? 0 : failed === 0 ? 1 : 0)} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(ok && failed === 0 ? 0 : 1);
