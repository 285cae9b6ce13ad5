import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { demo, signIn } from "../fixtures/auth";
import { testDb } from "../fixtures/db";
import { alerts } from "../fixtures/ui";

test.describe("webhooks and feeds administration", () => {
  test("editors and reviewers get 403 on the webhooks and settings pages", async ({ page }) => {
    await signIn(page, demo.editor);
    expect((await page.goto("/en/admin/webhooks"))?.status()).toBe(403);
    expect((await page.goto("/en/admin/settings"))?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  });

  test("an admin registers an endpoint, the server's worker delivers a signed event to it, and the admin disables it", async ({ page }) => {
    const received: { verified: boolean; body: string }[] = [];
    let secret = "";
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const body = Buffer.concat(chunks).toString("utf8");
        let verified = false;
        try {
          new Webhook(secret).verify(body, req.headers as Record<string, string>);
          verified = true;
        } catch {
          verified = false;
        }
        received.push({ verified, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook-${Date.now()}`;

    await signIn(page, demo.admin);
    await page.goto("/en/admin");
    await page.getByRole("link", { name: "Webhooks" }).click();
    await expect(page.getByRole("heading", { name: "Webhooks", level: 1 })).toBeVisible();

    await page.getByLabel("URL").fill("ftp://example.com/");
    await page.getByRole("button", { name: "Register endpoint" }).click();
    await expect(page.getByText("URL must be an http or https URL.")).toBeVisible();

    await page.getByLabel("URL").fill(url);
    await page.getByLabel("Description").fill("E2E receiver");
    await page.getByRole("button", { name: "Register endpoint" }).click();
    const shown = page.getByTestId("new-webhook-secret");
    await expect(shown).toHaveText(/^whsec_/);
    secret = (await shown.textContent()) ?? "";

    const db = await testDb();
    const endpoint = await db.webhookEndpoint.findFirstOrThrow({ where: { url } });
    expect(endpoint.secret).toBe(secret);
    const { webhookEvent } = await import("@/lib/webhooks/outbox");
    const [event] = await db.$transaction([webhookEvent(db, { type: "article.published", data: { articleId: "e2e", version: 1 } })]);
    await expect.poll(() => received.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
    expect(received[0]).toMatchObject({ verified: true });
    expect(JSON.parse(received[0]!.body)).toMatchObject({ type: "article.published", data: { articleId: "e2e" } });

    await page.getByRole("link", { name: url }).click();
    const row = page.getByTestId(/^delivery-row-/).filter({ hasText: event.id });
    await expect(row).toContainText("Delivered");
    await row.getByText("Attempts of this delivery").click();
    await expect(row.getByRole("cell", { name: "204" })).toBeVisible();

    await page.getByRole("button", { name: "Disable" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText(`Disable the endpoint ${url}?`);
    await dialog.getByRole("button", { name: "Disable" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Endpoint disabled." })).toBeVisible();
    await expect.poll(async () => (await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).enabled).toBe(false);
    expect(await db.auditEvent.count({ where: { subjectId: endpoint.id, action: { in: ["webhook.endpoint_created", "webhook.endpoint_disabled"] } } })).toBe(2);
    await expect(alerts(page)).toHaveCount(0);
    server.close();
  });

  test("an admin makes the feeds public and protected again", async ({ page, request }) => {
    await signIn(page, demo.admin);
    await page.goto("/en/admin/settings");
    const box = page.getByLabel("Anyone may read the feeds (public)");
    if (await box.isChecked()) {
      await box.uncheck();
      await page.getByRole("button", { name: "Save" }).click();
      await expect(page.getByTestId("feeds-state")).toHaveText("The feeds need an API token with the “export” scope.");
    }
    expect((await request.get("/api/v1/feeds/en/atom")).status()).toBe(401);

    await box.check();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Setting saved." })).toBeVisible();
    await expect(page.getByTestId("feeds-state")).toHaveText("The feeds are public.");
    const feed = await request.get("/api/v1/feeds/en/atom");
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");

    await box.uncheck();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByTestId("feeds-state")).toHaveText("The feeds need an API token with the “export” scope.");
    expect((await request.get("/api/v1/feeds/en/json")).status()).toBe(401);
    const db = await testDb();
    expect(await db.auditEvent.count({ where: { action: "setting.changed", subjectId: "feeds.public" } })).toBeGreaterThanOrEqual(2);
  });
});
