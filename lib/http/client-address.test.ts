import { describe, expect, it } from "vitest";
import {
  addressBucket,
  cidrContains,
  clientAddressFromHeaders,
  normalizeIp,
  parseCidr,
  parseIp,
  parseTrustedProxies,
  PEER_HEADER,
  readPeerHeader,
  resolveClientAddress,
  type TrustedProxies,
} from "./client-address";

const trusted = (raw: string): TrustedProxies => {
  const parsed = parseTrustedProxies(raw);
  if (!parsed.ok) throw new Error(`bad test input ${raw}`);
  return parsed.value;
};

const contains = (cidr: string, address: string) => cidrContains(parseCidr(cidr)!, parseIp(address)!);

describe("parseIp / normalizeIp", () => {
  it("reads IPv4 and rejects what is not exactly four decimal octets", () => {
    expect(normalizeIp("203.0.113.9")).toBe("203.0.113.9");
    expect(normalizeIp(" 10.0.0.1 ")).toBe("10.0.0.1");
    expect(normalizeIp("0.0.0.0")).toBe("0.0.0.0");
    for (const bad of ["256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.-4", "1.2.3.4a", "0x7f.0.0.1", "", "unknown", "1.2.3.4 5.6.7.8"]) {
      expect(normalizeIp(bad), bad).toBeNull();
    }
  });

  it("reads every spelling of an IPv6 address and writes it the RFC 5952 way", () => {
    expect(normalizeIp("::1")).toBe("::1");
    expect(normalizeIp("0:0:0:0:0:0:0:1")).toBe("::1");
    expect(normalizeIp("2001:DB8:0:0:0:0:0:1")).toBe("2001:db8::1");
    expect(normalizeIp("2001:db8:0000:0000:1:0:0:1")).toBe("2001:db8::1:0:0:1");
    expect(normalizeIp("2001:db8:1:1:1:1:1:1")).toBe("2001:db8:1:1:1:1:1:1");
    expect(normalizeIp("2001:db8::1:0:1")).toBe("2001:db8::1:0:1");
    expect(normalizeIp("::")).toBe("::");
    expect(normalizeIp("fe80::1%eth0")).toBe("fe80::1");
    expect(normalizeIp("[2001:db8::1]")).toBe("2001:db8::1");
    expect(normalizeIp("[2001:db8::1]:8443")).toBe("2001:db8::1");
    expect(normalizeIp("64:ff9b::192.0.2.33")).toBe("64:ff9b::c000:221");
    for (const bad of ["1:2:3:4:5:6:7:8:9", "1::2::3", "12345::1", "g::1", ":::", "1:2:3:4:5:6:7", "::1.2.3", "[::1"]) {
      expect(normalizeIp(bad), bad).toBeNull();
    }
  });

  it("turns IPv4-mapped IPv6 (what a dual-stack socket reports) into IPv4", () => {
    expect(normalizeIp("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeIp("::FFFF:203.0.113.9")).toBe("203.0.113.9");
    expect(normalizeIp("::ffff:cb00:7109")).toBe("203.0.113.9");
    expect(normalizeIp("0:0:0:0:0:ffff:10.1.2.3")).toBe("10.1.2.3");
    expect(parseIp("::ffff:10.1.2.3")).toEqual(parseIp("10.1.2.3"));
  });

  it("drops a port from an IPv4 hop", () => {
    expect(normalizeIp("198.51.100.7:51234")).toBe("198.51.100.7");
  });
});

describe("parseCidr / cidrContains", () => {
  it("matches IPv4 networks at every prefix length, bare addresses as /32", () => {
    expect(contains("10.0.0.0/8", "10.255.1.2")).toBe(true);
    expect(contains("10.0.0.0/8", "11.0.0.0")).toBe(false);
    expect(contains("192.168.1.0/24", "192.168.1.255")).toBe(true);
    expect(contains("192.168.1.0/24", "192.168.2.0")).toBe(false);
    expect(contains("172.16.0.0/12", "172.31.255.255")).toBe(true);
    expect(contains("172.16.0.0/12", "172.32.0.0")).toBe(false);
    expect(contains("203.0.113.9", "203.0.113.9")).toBe(true);
    expect(contains("203.0.113.9", "203.0.113.8")).toBe(false);
    expect(contains("0.0.0.0/0", "8.8.8.8")).toBe(true);
    // Host bits in the base are ignored, as routers do.
    expect(contains("10.1.2.3/8", "10.9.9.9")).toBe(true);
  });

  it("matches IPv6 networks, and never across families", () => {
    expect(contains("2001:db8::/32", "2001:db8:ffff::1")).toBe(true);
    expect(contains("2001:db8::/32", "2001:db9::1")).toBe(false);
    expect(contains("fd00::/8", "fdab:cdef::1")).toBe(true);
    expect(contains("::1", "::1")).toBe(true);
    expect(contains("::/0", "2001:db8::1")).toBe(true);
    expect(contains("::/0", "10.0.0.1")).toBe(false);
    expect(contains("0.0.0.0/0", "::1")).toBe(false);
  });

  it("matches a mapped address against its IPv4 network, and reads a mapped range as IPv4", () => {
    expect(contains("10.0.0.0/8", "::ffff:10.0.0.5")).toBe(true);
    expect(contains("::ffff:10.0.0.0/104", "10.0.0.5")).toBe(true);
    expect(contains("::ffff:10.0.0.0/104", "11.0.0.5")).toBe(false);
  });

  it("refuses malformed networks", () => {
    for (const bad of ["10.0.0.0/33", "10.0.0.0/", "10.0.0.0/8/8", "2001:db8::/129", "nonsense/8", "/8", "10.0.0.0/-1", "::ffff:10.0.0.0/90"]) {
      expect(parseCidr(bad), bad).toBeNull();
    }
  });
});

describe("parseTrustedProxies", () => {
  it("reads nothing, a hop count, or a list", () => {
    expect(parseTrustedProxies(undefined)).toEqual({ ok: true, value: { kind: "none" } });
    expect(parseTrustedProxies("  ")).toEqual({ ok: true, value: { kind: "none" } });
    expect(parseTrustedProxies("0")).toEqual({ ok: true, value: { kind: "none" } });
    expect(parseTrustedProxies("2")).toEqual({ ok: true, value: { kind: "hops", count: 2 } });
    const list = parseTrustedProxies("10.0.0.0/8, ::1 ,fd00::/8,192.0.2.1");
    expect(list.ok && list.value.kind === "list" && list.value.ranges.length).toBe(4);
  });

  it("names every entry it cannot read", () => {
    expect(parseTrustedProxies("10.0.0.0/8,proxy.internal,,1.2.3.4/40")).toEqual({ ok: false, invalid: ["proxy.internal", "", "1.2.3.4/40"] });
    expect(parseTrustedProxies("1000")).toEqual({ ok: false, invalid: ["1000"] });
    expect(parseTrustedProxies("-1")).toEqual({ ok: false, invalid: ["-1"] });
  });
});

describe("resolveClientAddress", () => {
  const none = trusted("");

  it("uses the socket address and ignores forwarded headers when no proxy is trusted", () => {
    expect(resolveClientAddress({ peer: "198.51.100.7", forwardedFor: null, trusted: none })).toBe("198.51.100.7");
    for (const spoof of ["1.2.3.4", "1.2.3.4, 5.6.7.8", "127.0.0.1", "::1", "garbage", ", ,"]) {
      expect(resolveClientAddress({ peer: "198.51.100.7", forwardedFor: spoof, trusted: none })).toBe("198.51.100.7");
    }
    expect(resolveClientAddress({ peer: "::ffff:198.51.100.7", forwardedFor: "9.9.9.9", trusted: none })).toBe("198.51.100.7");
  });

  it("is unknown (null) without a readable socket address", () => {
    expect(resolveClientAddress({ peer: null, forwardedFor: "1.2.3.4", trusted: none })).toBeNull();
    expect(resolveClientAddress({ peer: "nope", forwardedFor: "1.2.3.4", trusted: trusted("1") })).toBeNull();
  });

  it("with a hop count, takes the hop that many places from the right", () => {
    // client → proxy (10.0.0.2) → app: the proxy appended the client's address.
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: "203.0.113.9", trusted: trusted("1") })).toBe("203.0.113.9");
    // The client wrote its own X-Forwarded-For; the proxy appended the real address on the right.
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: "6.6.6.6, 7.7.7.7, 203.0.113.9", trusted: trusted("1") })).toBe("203.0.113.9");
    // client → CDN (192.0.2.50) → load balancer (10.0.0.2) → app.
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: "6.6.6.6, 203.0.113.9, 192.0.2.50", trusted: trusted("2") })).toBe("203.0.113.9");
  });

  it("with a hop count larger than the chain, takes the left-most hop", () => {
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: "203.0.113.9", trusted: trusted("3") })).toBe("203.0.113.9");
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: null, trusted: trusted("1") })).toBe("10.0.0.2");
  });

  it("with a hop count, never answers with an unreadable hop", () => {
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: "203.0.113.9, not-an-ip", trusted: trusted("1") })).toBe("10.0.0.2");
  });

  it("with a list, walks from the right past trusted proxies and takes the first untrusted hop", () => {
    const proxies = trusted("10.0.0.0/8, 2001:db8:ffff::/48");
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: "203.0.113.9", trusted: proxies })).toBe("203.0.113.9");
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: "203.0.113.9, 10.1.1.1", trusted: proxies })).toBe("203.0.113.9");
    // Spoofed left-most values are never reached: the right-most untrusted hop wins.
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: "1.1.1.1, 127.0.0.1, 203.0.113.9, 10.1.1.1", trusted: proxies })).toBe("203.0.113.9");
    expect(resolveClientAddress({ peer: "2001:db8:ffff::5", forwardedFor: "2001:db8:1::7", trusted: proxies })).toBe("2001:db8:1::7");
    expect(resolveClientAddress({ peer: "::ffff:10.0.0.2", forwardedFor: "::ffff:203.0.113.9", trusted: proxies })).toBe("203.0.113.9");
  });

  it("with a list, answers with the socket address when the peer is not a trusted proxy", () => {
    const proxies = trusted("10.0.0.0/8");
    expect(resolveClientAddress({ peer: "198.51.100.7", forwardedFor: "203.0.113.9", trusted: proxies })).toBe("198.51.100.7");
  });

  it("with a list, stops at the last proxy before an unreadable hop, and takes the left-most when every hop is a proxy", () => {
    const proxies = trusted("10.0.0.0/8");
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: "203.0.113.9, bogus, 10.0.0.3", trusted: proxies })).toBe("10.0.0.3");
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: "10.0.0.4, 10.0.0.3", trusted: proxies })).toBe("10.0.0.4");
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: null, trusted: proxies })).toBe("10.0.0.2");
  });
});

describe("readPeerHeader / clientAddressFromHeaders", () => {
  const token = "a".repeat(64);

  it("believes the peer header only with this process's token", () => {
    expect(readPeerHeader(`${token} ::ffff:127.0.0.1`, token)).toBe("127.0.0.1");
    expect(readPeerHeader(`${"b".repeat(64)} 127.0.0.1`, token)).toBeNull();
    expect(readPeerHeader("127.0.0.1", token)).toBeNull();
    expect(readPeerHeader(`${token} 127.0.0.1`, undefined)).toBeNull();
    expect(readPeerHeader(`${token} not-an-address`, token)).toBeNull();
    expect(readPeerHeader(null, token)).toBeNull();
  });

  it("combines the peer header with X-Forwarded-For as configured", () => {
    const headers = new Headers({ [PEER_HEADER]: `${token} 10.0.0.2`, "x-forwarded-for": "6.6.6.6, 203.0.113.9" });
    expect(clientAddressFromHeaders(headers, { trusted: trusted(""), peerToken: token })).toBe("10.0.0.2");
    expect(clientAddressFromHeaders(headers, { trusted: trusted("1"), peerToken: token })).toBe("203.0.113.9");
    expect(clientAddressFromHeaders(headers, { trusted: trusted("10.0.0.0/8"), peerToken: token })).toBe("203.0.113.9");
    // Without the wrapper's header nothing is believed, X-Forwarded-For least of all.
    expect(clientAddressFromHeaders(new Headers({ "x-forwarded-for": "203.0.113.9" }), { trusted: trusted("1"), peerToken: token })).toBeNull();
  });
});

describe("addressBucket", () => {
  it("counts IPv4 addresses one by one and IPv6 by /64", () => {
    expect(addressBucket("203.0.113.9")).toBe("203.0.113.9");
    expect(addressBucket("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8:1:2:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8:1:3::1")).not.toBe(addressBucket("2001:db8:1:2::1"));
  });
});
