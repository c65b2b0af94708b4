import { describe, expect, it } from "vitest";
import { clientAddress, normalizeAddress, parseTrustedProxies, PEER_HEADER } from "./client-address";

const h = (peer: string | null, xff?: string) => {
  const headers = new Headers();
  if (peer !== null) headers.set(PEER_HEADER, peer);
  if (xff !== undefined) headers.set("x-forwarded-for", xff);
  return headers;
};

describe("clientAddress", () => {
  const none = parseTrustedProxies(undefined);
  const proxies = parseTrustedProxies("10.0.0.5, 172.16.0.0/12, ::1");

  it("ignores X-Forwarded-For without trusted proxies: a rotated header gives no fresh address", () => {
    expect(clientAddress(h("203.0.113.7", "1.2.3.4"), none)).toBe("203.0.113.7");
    expect(clientAddress(h("203.0.113.7", "5.6.7.8"), none)).toBe("203.0.113.7");
  });

  it("ignores X-Forwarded-For when the peer is not a configured proxy", () => {
    expect(clientAddress(h("203.0.113.7", "1.2.3.4"), proxies)).toBe("203.0.113.7");
  });

  it("believes a trusted proxy: the right-most hop that is not itself a trusted proxy", () => {
    expect(clientAddress(h("10.0.0.5", "198.51.100.9"), proxies)).toBe("198.51.100.9");
    // The client forged the left entry; the proxy appended the real one.
    expect(clientAddress(h("10.0.0.5", "1.1.1.1, 198.51.100.9"), proxies)).toBe("198.51.100.9");
    // Two proxies in a chain (CIDR match).
    expect(clientAddress(h("172.20.1.1", "198.51.100.9, 10.0.0.5"), proxies)).toBe("198.51.100.9");
    expect(clientAddress(h("::1", "198.51.100.9"), proxies)).toBe("198.51.100.9");
  });

  it("falls back to the peer on a trusted proxy without or with a malformed header", () => {
    expect(clientAddress(h("10.0.0.5"), proxies)).toBe("10.0.0.5");
    expect(clientAddress(h("10.0.0.5", "evil, 10.0.0.5"), proxies)).toBe("10.0.0.5");
  });

  it("is 'unknown' without a stamped peer, whatever X-Forwarded-For says", () => {
    expect(clientAddress(h(null, "1.2.3.4"), proxies)).toBe("unknown");
    expect(clientAddress(h("not-an-ip", "1.2.3.4"), proxies)).toBe("unknown");
  });

  it("normalizes IPv4-mapped IPv6 socket addresses", () => {
    expect(normalizeAddress("::ffff:10.0.0.5")).toBe("10.0.0.5");
    expect(clientAddress(h("::ffff:10.0.0.5", "198.51.100.9"), proxies)).toBe("198.51.100.9");
    expect(clientAddress(h("::ffff:203.0.113.7", "198.51.100.9"), proxies)).toBe("203.0.113.7");
  });

  it("rejects a typo in TRUSTED_PROXIES instead of trusting nothing or everything", () => {
    expect(() => parseTrustedProxies("10.0.0.1, nonsense")).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies("10.0.0.0/40")).toThrow(/prefix/);
  });
});
