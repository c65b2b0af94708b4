import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders, servedOverHttps } from "./security-headers";

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `))?.split(" ").slice(1);

describe("contentSecurityPolicy", () => {
  it("allows scripts only from this origin and with this request's nonce: no 'unsafe-inline', no eval in production", () => {
    const scripts = directive(contentSecurityPolicy("abc123", false), "script-src");
    expect(scripts).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(directive(contentSecurityPolicy("abc123", true), "script-src")).toContain("'unsafe-eval'");
  });

  it("keeps the other directives", () => {
    const csp = contentSecurityPolicy("n", false);
    expect(directive(csp, "default-src")).toEqual(["'self'"]);
    expect(directive(csp, "object-src")).toEqual(["'none'"]);
    expect(directive(csp, "frame-ancestors")).toEqual(["'none'"]);
    expect(directive(csp, "base-uri")).toEqual(["'self'"]);
    expect(directive(csp, "form-action")).toEqual(["'self'"]);
  });

  it("leaves the CSP to the per-request proxy", () => {
    expect(securityHeaders().map((h) => h.key)).not.toContain("Content-Security-Policy");
  });
});

describe("servedOverHttps", () => {
  it("is true for https and behind a TLS-terminating proxy, false on plain http", () => {
    expect(servedOverHttps("https://launchpad.example/x", null)).toBe(true);
    expect(servedOverHttps("http://127.0.0.1:3000/x", "https")).toBe(true);
    expect(servedOverHttps("http://127.0.0.1:3000/x", "https, http")).toBe(true);
    expect(servedOverHttps("http://127.0.0.1:3000/x", null)).toBe(false);
    expect(servedOverHttps("http://127.0.0.1:3000/x", "http")).toBe(false);
  });
});
