import { spawn } from "node:child_process";
import { chromium } from "@playwright/test";
const BASE = "http://127.0.0.1:3300";
const env = { ...process.env, NODE_ENV: "production" as const, DATABASE_URL: "file:/tmp/shot/shot.db", COPYDESK_URL: BASE, BETTER_AUTH_SECRET: "shot-secret-0123456789abcdef0123456789abcdef" };
const server = spawn("npx", ["--no-install", "next", "start", "-p", "3300", "-H", "127.0.0.1"], { env, stdio: "ignore", detached: true });
try {
  for (let i = 0; i < 60; i++) { if (await fetch(`${BASE}/api/health`).then((r) => r.ok).catch(() => false)) break; await new Promise((r) => setTimeout(r, 500)); }
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${BASE}/en/sign-in`);
  await page.getByLabel("Email").fill("editor@copydesk.local");
  await page.getByLabel("Password").fill("copydesk-editor-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/articles/);
  await page.getByRole("link", { name: "北京大学重庆大数据研究院落户西部（重庆）科学城" }).click();
  await page.getByRole("link", { name: "Edit translation" }).click();
  await page.locator('.tgt-doc[contenteditable="true"]').waitFor();
  await page.waitForTimeout(1500);
  console.log(await page.evaluate(() => {
    const src = [...document.querySelectorAll(".src-row")].map((e) => [Math.round(e.getBoundingClientRect().top), Math.round(e.getBoundingClientRect().height), (e as HTMLElement).style.minHeight, Math.round((e.firstElementChild as HTMLElement).offsetHeight)]);
    const tgt = [...document.querySelectorAll(".tgt-doc > *")].map((e) => [Math.round(e.getBoundingClientRect().top), Math.round(e.getBoundingClientRect().height), (e as HTMLElement).style.marginBottom]);
    return JSON.stringify({ src, tgt });
  }));
  await browser.close();
} finally { process.kill(-server.pid!, "SIGTERM"); }
process.exit(0);
