// Runs before every page and route (Next 16's successor to middleware.ts). It only sets headers:
// a fresh CSP nonce per request (passed to Next's renderer through the request's CSP header, see
// lib/http/security-headers.ts) and HSTS on https. Access checks live in lib/authz, not here.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, HSTS, servedOverHttps } from "@/lib/http/security-headers";

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (servedOverHttps(request.url, request.headers.get("x-forwarded-proto"))) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  // Everything but build assets (hashed files that are never HTML).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
