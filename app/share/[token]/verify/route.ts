import { cookies } from "next/headers";
import { authSecret } from "@/lib/auth/secret";
import { resolveShareToken } from "@/lib/authz/share";
import { requestClientAddress } from "@/lib/http/client-address";
import { claimBackoffAttempt, clearBackoff } from "@/lib/rate-limit/mutations";
import { codeCookieName, hashEmailCode, viewerCookieName, viewerProof } from "@/lib/share/model";
import { verifyEmailCode } from "@/lib/share/mutations";
import { viewerCodeSchema } from "@/lib/share/schema";

// Checks the one-time code of an email-gated link against the code this browser asked for (its
// cookie). Wrong codes are limited twice: per code (a few attempts, then a new code is needed) and
// per (link, client) with the passcode's exponential backoff. A right code remembers the viewer in
// a cookie scoped to this link.
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const sharePath = `/share/${encodeURIComponent(token)}`;
  const redirectTo = (location: string) => new Response(null, { status: 303, headers: { location } });

  const access = await resolveShareToken(token);
  if (access.status === "passcode" || access.status === "granted") return redirectTo(sharePath);
  if (access.status !== "email") return redirectTo(`${sharePath}?denied=1`);
  const { linkId } = access;
  const jar = await cookies();
  const codeId = jar.get(codeCookieName(linkId))?.value;
  if (!codeId || codeId.length > 40) return redirectTo(`${sharePath}?code=expired`);

  const backoffKey = `share:code:${linkId}:${requestClientAddress(request.headers)}`;
  const claim = await claimBackoffAttempt(backoffKey);
  if (!claim.allowed) return redirectTo(`${sharePath}?step=code&code=wait&retry=${claim.retryAfterSeconds}`);

  const form = await request.formData().catch(() => null);
  const parsed = viewerCodeSchema.safeParse({ code: form?.get("code") });
  if (!parsed.success) return redirectTo(`${sharePath}?step=code&code=wrong`);
  const result = await verifyEmailCode(codeId, linkId, (email) => hashEmailCode(authSecret(), linkId, email, parsed.data.code), new Date());
  if (result.status === "wrong") return redirectTo(`${sharePath}?step=code&code=wrong`);
  const cookie = { httpOnly: true, sameSite: "lax" as const, secure: new URL(request.url).protocol === "https:", path: `/share/${token}` };
  if (result.status === "expired") {
    jar.set(codeCookieName(linkId), "", { ...cookie, maxAge: 0 });
    return redirectTo(`${sharePath}?code=expired`);
  }
  await clearBackoff(backoffKey);
  jar.set(codeCookieName(linkId), "", { ...cookie, maxAge: 0 });
  jar.set(viewerCookieName(linkId), viewerProof(authSecret(), linkId, result.viewerId), { ...cookie, maxAge: 30 * 24 * 60 * 60 });
  return redirectTo(sharePath);
}
