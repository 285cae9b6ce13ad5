import { describe, expect, it } from "vitest";
import { classifyAddress, isAllowedWebhookAddress, isIpLiteral, isNonPublicHostname } from "./address-policy";

describe("classifyAddress", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["10.0.0.1", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["100.64.0.1", "private"],
    ["169.254.169.254", "link_local"],
    ["224.0.0.1", "reserved"],
    ["255.255.255.255", "reserved"],
    ["192.0.2.1", "reserved"],
    ["172.15.255.255", "public"],
    ["172.32.0.0", "public"],
    ["8.8.8.8", "public"],
    ["93.184.216.34", "public"],
    ["::", "unspecified"],
    ["::1", "loopback"],
    ["[::1]", "loopback"],
    ["0:0:0:0:0:0:0:1", "loopback"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["[::ffff:a00:1]", "private"],
    ["::ffff:169.254.169.254", "link_local"],
    ["::ffff:8.8.8.8", "public"],
    ["::ffff:0.0.0.0", "unspecified"],
    ["64:ff9b::7f00:1", "loopback"],
    ["2002:7f00:1::", "loopback"],
    ["::127.0.0.1", "reserved"],
    ["fc00::1", "unique_local"],
    ["fd12:3456:789a::1", "unique_local"],
    ["fe80::1", "link_local"],
    ["fe80::1%eth0", "link_local"],
    ["febf::1", "link_local"],
    ["fec0::1", "private"],
    ["ff02::1", "reserved"],
    ["2001:db8::1", "reserved"],
    ["2606:4700:4700::1111", "public"],
    ["2a00:1450:4001:81b::200e", "public"],
    ["example.com", "invalid"],
    ["1.2.3", "invalid"],
    ["256.0.0.1", "invalid"],
    ["1:2:3:4:5:6:7:8:9", "invalid"],
    ["1::2::3", "invalid"],
    ["", "invalid"],
  ])("%s is %s", (ip, kind) => {
    expect(classifyAddress(ip)).toBe(kind);
  });
});

describe("isAllowedWebhookAddress", () => {
  it("allows public addresses only, unless private ones are allowed explicitly", () => {
    expect(isAllowedWebhookAddress("8.8.8.8", { allowPrivate: false })).toBe(true);
    for (const ip of ["127.0.0.1", "10.1.2.3", "169.254.169.254", "::1", "fd00::1", "::ffff:192.168.0.1", "0.0.0.0", "::"]) {
      expect(isAllowedWebhookAddress(ip, { allowPrivate: false })).toBe(false);
      expect(isAllowedWebhookAddress(ip, { allowPrivate: true })).toBe(true);
    }
    expect(isAllowedWebhookAddress("not-an-ip", { allowPrivate: true })).toBe(false);
  });
});

describe("hostnames", () => {
  it("recognizes non-public literals and localhost names without DNS", () => {
    expect(["127.0.0.1", "[::1]", "[::ffff:7f00:1]", "localhost", "LOCALHOST.", "api.localhost", "10.0.0.8"].map(isNonPublicHostname)).toEqual(
      Array(7).fill(true),
    );
    expect(["hooks.example", "8.8.8.8", "[2606:4700:4700::1111]", "localhost.example"].map(isNonPublicHostname)).toEqual([false, false, false, false]);
    expect(isIpLiteral("[::1]")).toBe(true);
    expect(isIpLiteral("hooks.example")).toBe(false);
  });
});
