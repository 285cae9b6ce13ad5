/**
 * Server actions posted from another origin or with a body that is not a
 * server-action body are client errors: the proxy answers 403 / 400 / 415
 * before Next.js would answer 500, and nothing is written. Runs against the
 * production build (the manifest of action ids is read from .next).
 */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { baseURL } from "../../../playwright.config";
import { demo, signIn } from "../fixtures/auth";
import { testDb } from "../fixtures/db";

const PAGE = "/en/admin/webhooks";
const EVIL = "http://evil.example";
const OWN = new URL(baseURL).origin;

/** The id of an exported server action, from the build's manifest. */
function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName);
  if (!found) throw new Error(`no server action ${exportedName} in the manifest`);
  return found[0];
}

/**
 * A fetch action's body for createWebhookEndpointAction(prevState, formData),
 * as React encodes it: the form's fields first, the root "0" last (the
 * server decodes the fields as they stream in).
 */
function createEndpointBody(url: string) {
  const body = new FormData();
  body.append("_1_url", url);
  body.append("_1_description", "from a test");
  body.append("0", JSON.stringify([{}, "$K1"]));
  return body;
}

test.describe("server actions refuse bad requests with 4xx", () => {
  test("a cross-origin action is 403 with a localized message, and nothing is written", async ({ page }) => {
    await signIn(page, demo.admin);
    const request = page.request;
    const id = actionId("createWebhookEndpointAction");
    const url = `https://hooks.example/csrf-${Date.now()}`;
    for (const [headers, locale] of [
      [{ origin: EVIL }, "en"],
      [{ "sec-fetch-site": "cross-site" }, "en"],
      [{ origin: "null" }, "zh"],
    ] as const) {
      const res = await request.post(locale === "zh" ? "/zh/admin/webhooks" : PAGE, {
        headers: { ...headers, "next-action": id, accept: "text/x-component" },
        multipart: createEndpointBody(url),
      });
      expect(res.status(), JSON.stringify(headers)).toBe(403);
      expect(await res.text()).toBe(
        locale === "zh"
          ? "此请求来自其他网站，已被拒绝。请重新加载 Copydesk 后再试。"
          : "This request came from another site and was refused. Reload Copydesk and try again.",
      );
    }
    // A form posted without JavaScript (no Next-Action header, the action id in a field) is refused alike.
    const mpa = await request.post(PAGE, { headers: { origin: EVIL }, multipart: { [`$ACTION_ID_${id}`]: "", url, description: "x" } });
    expect(mpa.status()).toBe(403);
    const db = await testDb();
    expect(await db.webhookEndpoint.count({ where: { url } })).toBe(0);
  });

  test("the same action from the app's own origin runs", async ({ page }) => {
    await signIn(page, demo.admin);
    const request = page.request;
    const url = `https://hooks.example/own-${Date.now()}`;
    const res = await request.post(PAGE, {
      headers: { origin: OWN, "next-action": actionId("createWebhookEndpointAction"), accept: "text/x-component" },
      multipart: createEndpointBody(url),
    });
    expect(res.status()).toBe(200);
    const db = await testDb();
    expect(await db.webhookEndpoint.count({ where: { url } }), await res.text()).toBe(1);
    await db.webhookEndpoint.deleteMany({ where: { url } });
  });

  test("a malformed action body is 400 or 415 naming the problem, not 500", async ({ request }) => {
    const id = actionId("createWebhookEndpointAction");
    const cases: { name: string; post: () => Promise<{ status(): number; text(): Promise<string> }>; status: number; says: RegExp }[] = [
      {
        name: "text body that is not JSON",
        post: () => request.post(PAGE, { headers: { origin: OWN, "next-action": id, "content-type": "text/plain;charset=UTF-8" }, data: "{not json" }),
        status: 400,
        says: /could not be read/,
      },
      {
        name: "multipart body without the root field",
        post: () => request.post(PAGE, { headers: { origin: OWN, "next-action": id }, multipart: { "_1_url": "https://x.example/" } }),
        status: 400,
        says: /could not be read/,
      },
      {
        name: "multipart body whose root is not JSON",
        post: () => request.post(PAGE, { headers: { origin: OWN, "next-action": id }, multipart: { "0": "[{" } }),
        status: 400,
        says: /could not be read/,
      },
      {
        name: "multipart content type without a body",
        post: () => request.post(PAGE, { headers: { origin: OWN, "next-action": id, "content-type": "multipart/form-data; boundary=x" }, data: "garbage" }),
        status: 400,
        says: /could not be read/,
      },
      {
        name: "a JSON body",
        post: () => request.post(PAGE, { headers: { origin: OWN, "next-action": id, "content-type": "application/json" }, data: "[]" }),
        status: 415,
        says: /.+/,
      },
    ];
    for (const c of cases) {
      const res = await c.post();
      expect(res.status(), c.name).toBe(c.status);
      expect(await res.text(), c.name).toMatch(c.says);
    }
  });
});
