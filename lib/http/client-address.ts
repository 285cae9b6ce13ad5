/**
 * The client's address, as far as it can be known without trusting the
 * client. Pure (no I/O).
 *
 * Under `next start` the app code never sees the socket: Next.js only fills
 * `X-Forwarded-For` with the socket address when the request has none
 * (`??=` in next/dist/server/base-server.js), so a client-written value
 * passes through unchanged. `scripts/serve.mjs` therefore wraps Next's
 * request handler, drops any client-sent copy of PEER_HEADER and sets it to
 * `<token> <req.socket.remoteAddress>`, the token being a per-process secret
 * (COPYDESK_PEER_TOKEN) so that a server started without the wrapper
 * (`next dev`, a bare `next start`) cannot be fed a forged peer either.
 *
 * Forwarded headers are believed only as far as COPYDESK_TRUSTED_PROXIES
 * says: a hop count, or a list of proxy addresses/CIDRs, walking
 * X-Forwarded-For from the right and taking the right-most untrusted hop.
 */
import { timingSafeEqual } from "node:crypto";

/** The private request header scripts/serve.mjs sets from the socket. */
export const PEER_HEADER = "x-copydesk-peer";

/** A parsed address: IPv4 as 32 bits, IPv6 as 128 (IPv4-mapped IPv6 becomes IPv4). */
export type Ip = { family: 4 | 6; value: bigint };

/** A network: an address and a prefix length. */
export type Cidr = { family: 4 | 6; base: bigint; prefix: number };

export type TrustedProxies =
  | { kind: "none" }
  | { kind: "hops"; count: number }
  | { kind: "list"; ranges: Cidr[] };

const BITS = { 4: 32, 6: 128 } as const;

function parseIpv4(text: string): bigint | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    // No leading zeros: "010" is octal to some parsers and decimal to others.
    if (!/^(0|[1-9]\d{0,2})$/.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    value = (value << 8n) | BigInt(n);
  }
  return value;
}

function parseIpv6(text: string): bigint | null {
  if (!/^[0-9a-f:.]+$/i.test(text)) return null;
  let head = text;
  let tail: bigint | null = null;
  // An embedded IPv4 in the last 32 bits (::ffff:1.2.3.4, 64:ff9b::1.2.3.4).
  if (text.includes(".")) {
    const lastColon = text.lastIndexOf(":");
    tail = parseIpv4(text.slice(lastColon + 1));
    if (tail === null) return null;
    // "…::1.2.3.4" keeps its "::"; "…:ffff:1.2.3.4" drops the separator.
    head = text[lastColon - 1] === ":" ? text.slice(0, lastColon + 1) : text.slice(0, lastColon);
  }
  const groupsWanted = tail === null ? 8 : 6;
  const halves = head.split("::");
  if (halves.length > 2) return null;
  const split = (s: string) => (s === "" ? [] : s.split(":"));
  const left = split(halves[0]!);
  const right = halves.length === 2 ? split(halves[1]!) : [];
  if (halves.length === 1 && left.length !== groupsWanted) return null;
  if (halves.length === 2 && left.length + right.length > groupsWanted - 1) return null;
  const groups = [...left, ...Array(groupsWanted - left.length - right.length).fill("0"), ...right];
  let value = 0n;
  for (const group of groups) {
    if (!/^[0-9a-f]{1,4}$/i.test(group)) return null;
    value = (value << 16n) | BigInt(parseInt(group, 16));
  }
  return tail === null ? value : (value << 32n) | tail;
}

/**
 * Parses one address as it appears in a socket or an X-Forwarded-For hop:
 * IPv4, IPv6 (any spelling; brackets and a zone id are dropped), IPv4 with a
 * port, [IPv6]:port. IPv4-mapped IPv6 (::ffff:a.b.c.d) becomes IPv4.
 * Anything else is null.
 */
export function parseIp(raw: string | null | undefined): Ip | null {
  if (!raw) return null;
  let text = raw.trim();
  if (!text || text.length > 64) return null;
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(text);
  if (bracketed) text = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d{1,5}$/.test(text)) text = text.slice(0, text.lastIndexOf(":"));
  text = text.replace(/%[0-9a-z_.-]+$/i, "");
  const v4 = parseIpv4(text);
  if (v4 !== null) return { family: 4, value: v4 };
  if (!text.includes(":")) return null;
  const v6 = parseIpv6(text);
  if (v6 === null) return null;
  if (v6 >> 32n === 0xffffn) return { family: 4, value: v6 & 0xffffffffn };
  return { family: 6, value: v6 };
}

/** The canonical text of an address: dotted IPv4, RFC 5952 IPv6 (lower case, longest zero run as ::). */
export function formatIp(ip: Ip): string {
  if (ip.family === 4) {
    return [24n, 16n, 8n, 0n].map((shift) => String((ip.value >> shift) & 0xffn)).join(".");
  }
  const groups = Array.from({ length: 8 }, (_, i) => Number((ip.value >> BigInt(112 - 16 * i)) & 0xffffn));
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) [bestStart, bestLength] = [i, j - i];
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}

/** Canonical text of an address, or null when it is not one. */
export function normalizeIp(raw: string | null | undefined): string | null {
  const ip = parseIp(raw);
  return ip ? formatIp(ip) : null;
}

/** Parses `a.b.c.d/n`, `x::y/n` or a bare address (a single host). */
export function parseCidr(raw: string): Cidr | null {
  const [address, prefixText, ...rest] = raw.trim().split("/");
  if (rest.length || !address) return null;
  // A bare IPv4-mapped range (::ffff:10.0.0.0/104) is read as the IPv4 range it maps.
  const ip = parseIp(address);
  if (!ip) return null;
  const mappedSpelling = ip.family === 4 && address.includes(":");
  let prefix: number = BITS[ip.family];
  if (prefixText !== undefined) {
    if (!/^\d{1,3}$/.test(prefixText)) return null;
    prefix = Number(prefixText);
    if (mappedSpelling) {
      if (prefix < 96 || prefix > 128) return null;
      prefix -= 96;
    } else if (prefix > BITS[ip.family]) return null;
  }
  const bits = BigInt(BITS[ip.family]);
  const mask = prefix === 0 ? 0n : ((1n << BigInt(prefix)) - 1n) << (bits - BigInt(prefix));
  return { family: ip.family, base: ip.value & mask, prefix };
}

/** Whether the address lies in the network. */
export function cidrContains(cidr: Cidr, ip: Ip): boolean {
  if (cidr.family !== ip.family) return false;
  const shift = BigInt(BITS[ip.family] - cidr.prefix);
  return ip.value >> shift === cidr.base >> shift;
}

/**
 * Reads COPYDESK_TRUSTED_PROXIES: empty or unset = trust no proxy (the socket
 * address is the client); a whole number = that many proxies in front of the
 * app; otherwise a comma list of addresses or CIDRs (IPv4 and IPv6).
 * Returns the entries it could not read instead of guessing.
 */
export function parseTrustedProxies(raw: string | undefined): { ok: true; value: TrustedProxies } | { ok: false; invalid: string[] } {
  const text = (raw ?? "").trim();
  if (!text) return { ok: true, value: { kind: "none" } };
  if (/^\d+$/.test(text)) {
    const count = Number(text);
    if (count > 32) return { ok: false, invalid: [text] };
    return { ok: true, value: count === 0 ? { kind: "none" } : { kind: "hops", count } };
  }
  const entries = text.split(",").map((entry) => entry.trim());
  const ranges: Cidr[] = [];
  const invalid: string[] = [];
  for (const entry of entries) {
    const cidr = entry ? parseCidr(entry) : null;
    if (cidr) ranges.push(cidr);
    else invalid.push(entry);
  }
  return invalid.length ? { ok: false, invalid } : { ok: true, value: { kind: "list", ranges } };
}

/**
 * The client address of a request, in canonical form, or null when the
 * socket address is unknown.
 *
 * `chain` is X-Forwarded-For's hops left to right followed by the socket
 * address. With no trusted proxies the socket address is the answer, whatever
 * the headers say. With a hop count n, the socket peer and the n-1 hops
 * before it are proxies, so the answer is the n-th hop from the right (the
 * left-most hop when the chain is shorter). With a list, hops are skipped
 * from the right while they are trusted proxies; the first one that is not is
 * the answer. A hop that is not an address cannot have been written by a
 * trusted proxy, so the walk stops before it, at the last proxy seen.
 */
export function resolveClientAddress(options: { peer: string | null; forwardedFor: string | null; trusted: TrustedProxies }): string | null {
  const peer = parseIp(options.peer);
  if (!peer) return null;
  const { trusted } = options;
  if (trusted.kind === "none") return formatIp(peer);
  const hops = (options.forwardedFor ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean)
    .slice(-64);
  const chain: (Ip | null)[] = [...hops.map((hop) => parseIp(hop)), peer];
  if (trusted.kind === "hops") {
    const index = Math.max(0, chain.length - 1 - trusted.count);
    // Nearest readable hop at or to the right of the one the count names.
    for (let i = index; i < chain.length; i++) {
      const hop = chain[i];
      if (hop) return formatIp(hop);
    }
    return formatIp(peer);
  }
  let last = peer;
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = chain[i];
    if (!hop) return formatIp(last);
    if (!trusted.ranges.some((range) => cidrContains(range, hop))) return formatIp(hop);
    last = hop;
  }
  return formatIp(last);
}

/**
 * The socket address scripts/serve.mjs put in PEER_HEADER, when the header
 * carries this process's token; null otherwise (no wrapper, or forged).
 */
export function readPeerHeader(value: string | null, token: string | undefined): string | null {
  if (!value || !token) return null;
  const space = value.indexOf(" ");
  if (space < 0) return null;
  const given = Buffer.from(value.slice(0, space));
  const expected = Buffer.from(token);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return normalizeIp(value.slice(space + 1));
}

/** The client address of a request's headers (see resolveClientAddress), or null when unknown. */
export function clientAddressFromHeaders(headers: Headers, options: { trusted: TrustedProxies; peerToken: string | undefined }): string | null {
  return resolveClientAddress({
    peer: readPeerHeader(headers.get(PEER_HEADER), options.peerToken),
    forwardedFor: headers.get("x-forwarded-for"),
    trusted: options.trusted,
  });
}

/**
 * The unit a per-address limit counts: the address itself for IPv4, the /64
 * network for IPv6 (one subscriber usually holds a whole /64, so counting
 * single IPv6 addresses would give an attacker 2^64 fresh ones).
 */
export function addressBucket(address: string): string {
  const ip = parseIp(address);
  if (!ip) return address;
  if (ip.family === 4) return formatIp(ip);
  return `${formatIp({ family: 6, value: (ip.value >> 64n) << 64n })}/64`;
}
