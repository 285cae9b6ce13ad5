/**
 * Which network addresses a webhook may be delivered to. Pure.
 *
 * An admin could otherwise point an endpoint at the server's own network
 * (http://127.0.0.1:9/, a cloud metadata address, an intranet host) and read
 * the delivery errors as a port scan. By default only public unicast
 * addresses are allowed; COPYDESK_WEBHOOKS_ALLOW_PRIVATE=1 (lib/env.ts)
 * lifts the check for on-premises receivers. The worker checks the address a
 * name resolves to and connects to exactly that one (./deliver.ts).
 */

export type AddressClass =
  | "public"
  | "unspecified" // 0.0.0.0/8, ::
  | "loopback" // 127/8, ::1
  | "private" // 10/8, 172.16/12, 192.168/16, 100.64/10 (shared), fec0::/10 (site-local)
  | "link_local" // 169.254/16, fe80::/10
  | "unique_local" // fc00::/7
  | "reserved" // multicast, broadcast, documentation, benchmarking, IETF, 240/4, IPv4-compatible IPv6 …
  | "invalid"; // not an IP address

/** 32-bit value of a dotted-quad IPv4 address, or null. */
function parseIPv4(text: string): number | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    value = value * 256 + n;
  }
  return value;
}

/** The eight 16-bit groups of an IPv6 address (a dotted IPv4 tail and a zone allowed), or null. */
function parseIPv6(input: string): number[] | null {
  let text = input.replace(/^\[|\]$/g, "");
  const zone = text.indexOf("%");
  if (zone >= 0) text = text.slice(0, zone);
  if (!text.includes(":")) return null;
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const groups = (half: string): number[] | null => {
    if (half === "") return [];
    const out: number[] = [];
    const pieces = half.split(":");
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      if (i === pieces.length - 1 && piece.includes(".")) {
        const v4 = parseIPv4(piece);
        if (v4 === null) return null;
        out.push(Math.floor(v4 / 65536), v4 % 65536);
      } else if (/^[0-9a-f]{1,4}$/i.test(piece)) {
        out.push(parseInt(piece, 16));
      } else {
        return null;
      }
    }
    return out;
  };
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  if (!head || !tail) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const missing = 8 - head.length - tail.length;
  if (missing < 1) return null;
  return [...head, ...new Array<number>(missing).fill(0), ...tail];
}

const inV4 = (value: number, base: string, bits: number) => {
  const start = parseIPv4(base)!;
  const size = 2 ** (32 - bits);
  return value >= start && value < start + size;
};

function classifyIPv4(v: number): AddressClass {
  if (inV4(v, "0.0.0.0", 8)) return "unspecified";
  if (inV4(v, "127.0.0.0", 8)) return "loopback";
  if (inV4(v, "10.0.0.0", 8) || inV4(v, "172.16.0.0", 12) || inV4(v, "192.168.0.0", 16) || inV4(v, "100.64.0.0", 10)) return "private";
  if (inV4(v, "169.254.0.0", 16)) return "link_local";
  if (
    inV4(v, "192.0.0.0", 24) ||
    inV4(v, "192.0.2.0", 24) ||
    inV4(v, "198.18.0.0", 15) ||
    inV4(v, "198.51.100.0", 24) ||
    inV4(v, "203.0.113.0", 24) ||
    inV4(v, "224.0.0.0", 4) ||
    inV4(v, "240.0.0.0", 4) // includes 255.255.255.255
  ) {
    return "reserved";
  }
  return "public";
}

function classifyIPv6(g: number[]): AddressClass {
  const v4At = (i: number) => g[i]! * 65536 + g[i + 1]!;
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (zeros(0, 8)) return "unspecified";
  if (zeros(0, 7) && g[7] === 1) return "loopback";
  // ::ffff:a.b.c.d (IPv4-mapped) is the IPv4 address itself to the socket layer.
  if (zeros(0, 5) && g[5] === 0xffff) return classifyIPv4(v4At(6));
  // 64:ff9b::/96 (NAT64) and 2002::/16 (6to4) reach the embedded IPv4 address.
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return classifyIPv4(v4At(6));
  if (g[0] === 0x2002) return classifyIPv4(v4At(1));
  // ::a.b.c.d (IPv4-compatible, deprecated) and ::ffff:0:a.b.c.d (IPv4-translated).
  if (zeros(0, 6) || (zeros(0, 4) && g[4] === 0xffff && g[5] === 0)) return "reserved";
  const first = g[0]!;
  if ((first & 0xfe00) === 0xfc00) return "unique_local";
  if ((first & 0xffc0) === 0xfe80) return "link_local";
  if ((first & 0xffc0) === 0xfec0) return "private";
  if ((first & 0xff00) === 0xff00) return "reserved"; // multicast
  if (first === 0x2001 && g[1] === 0x0db8) return "reserved"; // documentation
  if (first === 0x0100 && zeros(1, 4)) return "reserved"; // discard-only 100::/64
  return "public";
}

/** What kind of address `ip` is (IPv4 dotted quad or IPv6, brackets and zone allowed). */
export function classifyAddress(ip: string): AddressClass {
  const v4 = parseIPv4(ip);
  if (v4 !== null) return classifyIPv4(v4);
  const v6 = parseIPv6(ip);
  return v6 ? classifyIPv6(v6) : "invalid";
}

/** Whether `text` is an IP address literal (as a URL's hostname may be). */
export function isIpLiteral(text: string): boolean {
  return classifyAddress(text) !== "invalid";
}

/** Whether a webhook may be delivered to `ip`. */
export function isAllowedWebhookAddress(ip: string, options: { allowPrivate: boolean }): boolean {
  const kind = classifyAddress(ip);
  if (kind === "invalid") return false;
  return kind === "public" || options.allowPrivate;
}

/**
 * Whether a URL hostname names the local machine or another non-public
 * address by itself, without a DNS lookup: an address literal that is not
 * public, or `localhost` (RFC 6761 reserves it and its subdomains for loopback).
 */
export function isNonPublicHostname(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  const kind = classifyAddress(host);
  return kind !== "invalid" && kind !== "public";
}
