// The address people reach the app at, for links in mail. APP_URL when set (behind a proxy, set it:
// a Host header is the client's to choose, so a link built from it could point anywhere); otherwise
// the request's own host, which is right for a local quick start.
import "server-only";
import { headers } from "next/headers";

export async function appOrigin(): Promise<string> {
  const configured = process.env.APP_URL?.trim().replace(/\/+$/, "");
  if (configured) return configured;
  const h = await headers();
  const host = h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${host}`;
}
