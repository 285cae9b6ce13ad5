import { describe, expect, it } from "vitest";
import { createWebhookEndpointSchema } from "./endpoint-schema";

const codes = (input: unknown) => {
  const result = createWebhookEndpointSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
};

describe("createWebhookEndpointSchema", () => {
  it("accepts http and https URLs, trimmed, with an optional description", () => {
    expect(createWebhookEndpointSchema.parse({ url: " https://hooks.example/copydesk?x=1 " })).toEqual({ url: "https://hooks.example/copydesk?x=1", description: null });
    expect(createWebhookEndpointSchema.parse({ url: "http://127.0.0.1:8080/in", description: "CMS" })).toEqual({ url: "http://127.0.0.1:8080/in", description: "CMS" });
  });

  it("refuses other schemes, credentials, junk and unknown fields", () => {
    for (const url of ["ftp://x.example/", "javascript:alert(1)", "file:///etc/passwd", "https://user:pw@x.example/", "not a url"]) {
      expect(codes({ url })).toEqual(["url:invalid_url"]);
    }
    expect(codes({ url: "" })).toEqual(["url:required"]);
    expect(codes({})).toEqual(["url:required"]);
    expect(codes({ url: `https://x.example/${"a".repeat(2000)}` })).toEqual(["url:too_long"]);
    expect(codes({ url: "https://x.example/", secret: "mine" })[0]).toMatch(/^:/);
  });
});
