// Which address a request came from, for per-client rate limits. X-Forwarded-For is written by
// whoever sends the request, so it is believed only when the direct peer (the socket address,
// stamped by instrumentation-node.ts into PEER_HEADER) is one of the configured TRUSTED_PROXIES
// (comma-separated IPs or CIDRs). Otherwise the peer address itself is the client.
// Pure: no framework imports; the trusted list is passed in.
import { BlockList, isIP } from "node:net";

/** Set by the server on every incoming request from the socket; any incoming copy is replaced. */
export const PEER_HEADER = "x-launchpad-peer";

export type TrustedProxies = { check(address: string): boolean };

/** `::ffff:10.0.0.1` (IPv4 on a dual-stack socket) → `10.0.0.1`. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim().replace(/^\[(.*)\]$/, "$1");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return (mapped ? mapped[1] : trimmed).toLowerCase();
}

/** Parses "10.0.0.1, 10.1.0.0/16, ::1". Throws on an entry that is not an IP or CIDR (fail loudly on a typo). */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new BlockList();
  for (const raw of (value ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
    const [ip, bits] = raw.split("/");
    const address = normalizeAddress(ip);
    const family = isIP(address);
    if (!family) throw new Error(`TRUSTED_PROXIES: "${raw}" is not an IP address or CIDR`);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (bits === undefined) list.addAddress(address, type);
    else {
      const prefix = Number(bits);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 4 ? 32 : 128)) throw new Error(`TRUSTED_PROXIES: "${raw}" has a bad prefix length`);
      list.addSubnet(address, prefix, type);
    }
  }
  return {
    check(address: string) {
      const normalized = normalizeAddress(address);
      const family = isIP(normalized);
      return family !== 0 && list.check(normalized, family === 4 ? "ipv4" : "ipv6");
    },
  };
}

/**
 * The client's address: the peer, unless the peer is a trusted proxy; then the right-most
 * X-Forwarded-For entry that is not itself a trusted proxy (entries to its left were written by
 * the client and may be forged). "unknown" when the server did not stamp a peer address.
 */
export function clientAddress(headers: Headers, trusted: TrustedProxies): string {
  const peerRaw = headers.get(PEER_HEADER);
  if (!peerRaw || !isIP(normalizeAddress(peerRaw))) return "unknown";
  const peer = normalizeAddress(peerRaw);
  if (!trusted.check(peer)) return peer;
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map(normalizeAddress)
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!isIP(hops[i])) return peer; // a malformed hop: do not guess past it
    if (!trusted.check(hops[i])) return hops[i];
  }
  return hops[0] ?? peer;
}

let cached: { value: string | undefined; trusted: TrustedProxies } | null = null;

/** clientAddress with TRUSTED_PROXIES from the environment (parsed once per value). */
export function requestClientAddress(headers: Headers): string {
  const value = process.env.TRUSTED_PROXIES;
  if (!cached || cached.value !== value) cached = { value, trusted: parseTrustedProxies(value) };
  return clientAddress(headers, cached.trusted);
}
