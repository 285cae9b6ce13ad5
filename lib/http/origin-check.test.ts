import { describe, expect, it } from "vitest";
import { isCrossOrigin, isMutatingMethod, originOf } from "./origin-check";

const APP = "http://127.0.0.1:3103";

describe("isCrossOrigin", () => {
  it.each([
    [{ origin: "http://evil.example", secFetchSite: null }, true],
    [{ origin: "http://evil.example", secFetchSite: "same-origin" }, true],
    [{ origin: "null", secFetchSite: null }, true],
    [{ origin: "not a url", secFetchSite: null }, true],
    [{ origin: "https://127.0.0.1:3103", secFetchSite: null }, true],
    [{ origin: "http://127.0.0.1:3104", secFetchSite: null }, true],
    [{ origin: "http://localhost:3103", secFetchSite: null }, true],
    [{ origin: null, secFetchSite: "cross-site" }, true],
    [{ origin: null, secFetchSite: "Cross-Site" }, true],
    [{ origin: null, secFetchSite: "same-site" }, true],
    [{ origin: "http://127.0.0.1:3103", secFetchSite: null }, false],
    [{ origin: "http://127.0.0.1:3103", secFetchSite: "same-origin" }, false],
    [{ origin: null, secFetchSite: "same-origin" }, false],
    [{ origin: null, secFetchSite: "none" }, false],
    [{ origin: null, secFetchSite: null }, false],
  ])("%o → %s", (facts, refused) => {
    expect(isCrossOrigin(facts, APP)).toBe(refused);
  });

  it("compares normalized origins (default port, trailing path of COPYDESK_URL)", () => {
    expect(isCrossOrigin({ origin: "https://desk.example", secFetchSite: null }, "https://desk.example:443/app/")).toBe(false);
    expect(isCrossOrigin({ origin: "HTTPS://DESK.example", secFetchSite: null }, "https://desk.example")).toBe(false);
  });
});

describe("isMutatingMethod", () => {
  it("treats everything but GET, HEAD and OPTIONS as mutating", () => {
    expect(["POST", "PUT", "PATCH", "DELETE", "post"].map(isMutatingMethod)).toEqual([true, true, true, true, true]);
    expect(["GET", "HEAD", "OPTIONS"].map(isMutatingMethod)).toEqual([false, false, false]);
  });
});

describe("originOf", () => {
  it("keeps only http(s) origins", () => {
    expect(originOf("http://a.example/x?y")).toBe("http://a.example");
    expect(originOf("file:///etc/passwd")).toBeNull();
    expect(originOf("null")).toBeNull();
  });
});
