import { afterEach, describe, expect, it, vi } from "vitest";
import { log, redact } from "./log";

describe("log", () => {
  afterEach(() => vi.restoreAllMocks());

  it("never writes passwords, tokens, secrets or cookies", () => {
    const lines: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: string) => void lines.push(line));
    log.error("Sign-in failed", {
      body: { email: "a@b.c", password: "hunter2-hunter2", nested: { apiToken: "cdk_secret", authorization: "Bearer cdk_x" } },
      headers: { cookie: "better-auth.session_token=abc" },
      BETTER_AUTH_SECRET: "s3cr3t",
    });
    expect(lines).toHaveLength(1);
    const line = lines[0]!;
    for (const secret of ["hunter2-hunter2", "cdk_secret", "cdk_x", "session_token=abc", "s3cr3t"]) expect(line).not.toContain(secret);
    expect(JSON.parse(line)).toMatchObject({ level: "error", message: "Sign-in failed", body: { email: "a@b.c", password: "[redacted]" } });
  });

  it("keeps errors readable", () => {
    expect(redact(new Error("boom"))).toMatchObject({ name: "Error", message: "boom" });
  });
});
