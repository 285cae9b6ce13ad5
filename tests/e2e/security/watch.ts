/**
 * Watches a page for Content Security Policy violations, page errors and,
 * for the XSS test, calls of the corpus hook `window.__xss`.
 */
import type { Page } from "@playwright/test";

declare global {
  interface Window {
    __cspViolations?: string[];
    __xssFired?: (number | string)[];
    __xss?: (id: number | string) => void;
  }
}

/** Installs the listeners before any page script runs; returns what they saw so far. */
export async function watchPage(page: Page) {
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text())) consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    window.__xssFired = [];
    // Every corpus payload calls __xss; so would anything using alert/confirm/prompt.
    window.__xss = (id) => window.__xssFired!.push(id);
    window.alert = (value?: unknown) => window.__xssFired!.push(`alert:${String(value)}`);
    window.confirm = (value?: unknown) => (window.__xssFired!.push(`confirm:${String(value)}`), false);
    window.prompt = (value?: unknown) => (window.__xssFired!.push(`prompt:${String(value)}`), null);
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations!.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return {
    /** CSP violations (events and console), page errors and __xss calls seen so far. */
    async problems() {
      const inPage = await page.evaluate(() => ({ violations: window.__cspViolations ?? [], xss: window.__xssFired ?? [] }));
      return { violations: [...inPage.violations, ...consoleErrors], pageErrors: [...pageErrors], xss: inPage.xss };
    },
  };
}

/**
 * Elements and attributes that only injected markup would put in the page:
 * event-handler attributes, srcdoc, non-http(s)/mailto link targets,
 * scripts without the page's nonce, frames, objects, forms posting elsewhere.
 */
export async function injectedContent(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const safeScheme = (value: string) => {
      const compact = value.replace(/[\u0000-\u0020\u007F-\u00A0]/g, "");
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
      return scheme === undefined || ["http", "https", "mailto"].includes(scheme);
    };
    for (const element of Array.from(document.querySelectorAll("*"))) {
      const tag = element.tagName.toLowerCase();
      if (["iframe", "frame", "object", "embed", "base", "img", "video", "audio", "math"].includes(tag)) found.push(`<${tag}>`);
      if (tag === "script" && !(element as HTMLScriptElement).nonce) found.push(`<script> without nonce: ${element.outerHTML.slice(0, 120)}`);
      if (tag === "meta" && element.hasAttribute("http-equiv")) found.push(`<meta http-equiv>`);
      for (const attr of Array.from(element.attributes)) {
        const name = attr.name.toLowerCase();
        if (name.startsWith("on")) found.push(`${tag}[${name}]`);
        if (name === "srcdoc") found.push(`${tag}[srcdoc]`);
        if (["href", "src", "action", "formaction", "xlink:href", "data"].includes(name) && !safeScheme(attr.value)) found.push(`${tag}[${name}=${attr.value}]`);
      }
    }
    return found;
  });
}
