// Security headers. The Content-Security-Policy is built per request by proxy.ts with a fresh
// nonce: Next puts that nonce on its own inline bootstrap scripts (it reads it from the request's
// CSP header), so script-src needs no 'unsafe-inline' and an injected <script> never runs.
// Pure: no framework imports.

/** The CSP for one response. `nonce` is random per request; dev mode also needs eval (React refresh). */
export function contentSecurityPolicy(nonce: string, isDev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    // Styles: React and Radix set inline style attributes; they cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Two years, subdomains included; only ever sent on a response served over https. */
export const HSTS = "max-age=63072000; includeSubDomains";

/** Whether the browser reached us over https (directly, or through a TLS-terminating proxy). */
export function servedOverHttps(url: string, forwardedProto: string | null): boolean {
  // A forged x-forwarded-proto on plain http only adds a header browsers ignore on http.
  return new URL(url).protocol === "https:" || forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}

/** Sent with every response (next.config.ts); the CSP and HSTS come from proxy.ts. */
export function securityHeaders(): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ];
}
