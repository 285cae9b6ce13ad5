import { describe, expect, it } from "vitest";
import { isClientActionError, refusePageRequest } from "./action-guard";

const APP = "http://127.0.0.1:3103";

function post(headers: Record<string, string>, body?: BodyInit) {
  return new Request(`${APP}/en/admin/webhooks`, { method: "POST", headers, body });
}

function form(entries: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.append(k, v);
  return data;
}

describe("refusePageRequest", () => {
  it("lets reads and own-origin actions with a well-formed body through", async () => {
    expect(await refusePageRequest(new Request(`${APP}/en`, { headers: { origin: "http://evil.example" } }), APP)).toBeNull();
    expect(await refusePageRequest(post({ origin: APP, "next-action": "abc", "content-type": "text/plain;charset=UTF-8" }, "[1]"), APP)).toBeNull();
    expect(await refusePageRequest(post({ origin: APP, "next-action": "abc" }, form({ "0": '[{},"$K1"]', "_1_url": "x" })), APP)).toBeNull();
    // A form posted without JavaScript from this origin (Next decodes it).
    expect(await refusePageRequest(post({ origin: APP }, form({ $ACTION_ID_abc: "" })), APP)).toBeNull();
  });

  it("refuses cross-origin posts with or without Next-Action (403)", async () => {
    const refused: Record<string, string>[] = [{ origin: "http://evil.example", "next-action": "abc" }, { origin: "null" }, { "sec-fetch-site": "cross-site" }];
    for (const headers of refused) {
      expect(await refusePageRequest(post(headers, "[]"), APP)).toMatchObject({ status: 403, messageKey: "cross_origin" });
    }
  });

  it("refuses action bodies React cannot decode (400), other types (415) and oversized ones (413)", async () => {
    const action = { origin: APP, "next-action": "abc" };
    expect(await refusePageRequest(post({ ...action, "content-type": "text/plain" }, "{not json"), APP)).toMatchObject({ status: 400 });
    expect(await refusePageRequest(post(action, form({ "_1_url": "x" })), APP)).toMatchObject({ status: 400 });
    expect(await refusePageRequest(post(action, form({ "0": "[{" })), APP)).toMatchObject({ status: 400 });
    expect(await refusePageRequest(post({ ...action, "content-type": "multipart/form-data; boundary=x" }, "garbage"), APP)).toMatchObject({ status: 400 });
    expect(await refusePageRequest(post({ ...action, "content-type": "application/json" }, "[]"), APP)).toMatchObject({ status: 415 });
    expect(await refusePageRequest(post({ ...action, "content-type": "text/plain", "content-length": String(5 * 1024 * 1024) }, "[]"), APP)).toMatchObject({
      status: 413,
    });
  });

  it("leaves the body readable for Next.js", async () => {
    const request = post({ origin: APP, "next-action": "abc", "content-type": "text/plain" }, "[1,2]");
    await refusePageRequest(request, APP);
    expect(await request.text()).toBe("[1,2]");
  });
});

describe("isClientActionError", () => {
  it("tells the framework's client errors from crashes", () => {
    expect(isClientActionError(new Error("Invalid Server Actions request."))).toBe(true);
    expect(isClientActionError(Object.assign(new Error("Body exceeded 4mb limit."), { statusCode: 413 }))).toBe(true);
    expect(isClientActionError(new SyntaxError("Unexpected token n in JSON"))).toBe(true);
    expect(isClientActionError(new Error("Failed to find Server Action \"x\"."))).toBe(true);
    expect(isClientActionError(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isClientActionError(new Error("database is locked"))).toBe(false);
    expect(isClientActionError("string")).toBe(false);
  });
});
