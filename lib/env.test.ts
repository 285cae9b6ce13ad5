import { afterEach, describe, expect, it, vi } from "vitest";

const saved = process.env.COPYDESK_TRUSTED_PROXIES;
afterEach(() => {
  if (saved === undefined) delete process.env.COPYDESK_TRUSTED_PROXIES;
  else process.env.COPYDESK_TRUSTED_PROXIES = saved;
  vi.resetModules();
});

async function loadEnv(trustedProxies: string | undefined) {
  if (trustedProxies === undefined) delete process.env.COPYDESK_TRUSTED_PROXIES;
  else process.env.COPYDESK_TRUSTED_PROXIES = trustedProxies;
  vi.resetModules();
  return (await import("./env")).env;
}

describe("COPYDESK_TRUSTED_PROXIES", () => {
  it("trusts no proxy when unset", async () => {
    expect((await loadEnv(undefined)).COPYDESK_TRUSTED_PROXIES).toEqual({ kind: "none" });
  });

  it("reads a hop count or a list of addresses and CIDRs", async () => {
    expect((await loadEnv("2")).COPYDESK_TRUSTED_PROXIES).toEqual({ kind: "hops", count: 2 });
    const list = (await loadEnv("10.0.0.0/8, ::1")).COPYDESK_TRUSTED_PROXIES;
    expect(list.kind === "list" && list.ranges.map((r) => [r.family, r.prefix])).toEqual([
      [4, 8],
      [6, 128],
    ]);
  });

  it("stops the start naming the variable and the entry it cannot read", async () => {
    await expect(loadEnv("10.0.0.0/8, proxy.internal")).rejects.toThrow(/COPYDESK_TRUSTED_PROXIES: .*"proxy\.internal"/);
  });
});
