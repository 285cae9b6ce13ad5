/**
 * POSTs one webhook, to a checked address only. The host name is resolved
 * once, every address it resolves to must pass ./address-policy.ts, and the
 * connection goes to exactly those addresses (a `lookup` that answers with
 * them), so a name cannot resolve to a public address for the check and to
 * 127.0.0.1 for the connection (DNS rebinding). An address literal in the URL
 * is checked as it is. Redirects are not followed.
 */
import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { classifyAddress, isAllowedWebhookAddress, isIpLiteral } from "./address-policy";

export type ResolvedAddress = { address: string; family: 4 | 6 };
/** Resolves a host name to all its addresses. */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: HostResolver = async (hostname) => {
  const found = await dnsLookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

/** Thrown when the target is not allowed; its message is what the admin sees on the attempt. */
export class WebhookTargetRefused extends Error {
  constructor(address: string) {
    super(
      `refused: ${address} is not a public address (${classifyAddress(address)}); set COPYDESK_WEBHOOKS_ALLOW_PRIVATE=1 for on-premises receivers`,
    );
    this.name = "WebhookTargetRefused";
  }
}

export type WebhookPost = {
  url: string;
  headers: Record<string, string>;
  body: string;
  signal: AbortSignal;
  allowPrivate: boolean;
  resolve: HostResolver;
};

async function checkedAddresses(hostname: string, post: WebhookPost): Promise<ResolvedAddress[] | null> {
  const host = hostname.replace(/^\[|\]$/g, "");
  if (isIpLiteral(host)) {
    if (!isAllowedWebhookAddress(host, post)) throw new WebhookTargetRefused(host);
    return null; // node connects to a literal without a lookup
  }
  const addresses = await post.resolve(host);
  if (addresses.length === 0) throw new Error(`getaddrinfo ENOTFOUND ${host}`);
  const refused = addresses.find((a) => !isAllowedWebhookAddress(a.address, post));
  if (refused) throw new WebhookTargetRefused(refused.address);
  return addresses;
}

/** Sends the POST; resolves with the response status (the body is discarded). */
export async function postWebhook(post: WebhookPost): Promise<number> {
  const url = new URL(post.url);
  const addresses = await abortable(checkedAddresses(url.hostname, post), post.signal);
  const lookup: LookupFunction | undefined = addresses
    ? (_hostname, options, callback) => {
        const pick = options.family ? addresses.filter((a) => a.family === options.family) : addresses;
        const usable = pick.length ? pick : addresses;
        if (options.all) callback(null, usable);
        else callback(null, usable[0]!.address, usable[0]!.family);
      }
    : undefined;
  const transport = url.protocol === "https:" ? https : http;
  return new Promise<number>((resolve, reject) => {
    const request = transport.request(
      url,
      { method: "POST", headers: { ...post.headers, "content-length": String(Buffer.byteLength(post.body)) }, lookup, signal: post.signal },
      (response) => {
        resolve(response.statusCode ?? 0);
        response.destroy();
      },
    );
    request.on("error", reject);
    request.end(post.body);
  });
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
