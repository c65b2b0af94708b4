import { cookies } from "next/headers";
import { authSecret } from "@/lib/auth/secret";
import { verifyPassword } from "@/lib/auth/password";
import { requestClientAddress } from "@/lib/http/client-address";
import { LIMITS } from "@/lib/rate-limit/model";
import { claimBackoffAttempt, clearBackoff, hitRateLimit, refundRateLimit } from "@/lib/rate-limit/mutations";
import { findLinkByToken } from "@/lib/share/data";
import { linkState, passcodeCookieName, passcodeProof } from "@/lib/share/model";
import { recordPasscodeFailure } from "@/lib/share/mutations";
import { passcodeSchema } from "@/lib/share/schema";

// Checks a share link's passcode. An unknown, expired or revoked link ends on ?denied=1, which
// renders the same not-found page as a wrong token. On a live passcode link a wrong passcode says
// so (?passcode=wrong), and a client that guessed too often is asked to wait (?passcode=wait).
// Limits are per client (its address, see lib/http/client-address.ts): per (link, client) with an
// exponential backoff, and per client across links. There is no per-link lock, so one guesser
// cannot lock the investor out; the owner sees repeated failures on the sharing page.
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  // Relative redirects: the server may not know the host name the browser used.
  const sharePath = `/share/${encodeURIComponent(token)}`;
  const redirectTo = (location: string) => new Response(null, { status: 303, headers: { location } });

  const link = await findLinkByToken(token);
  if (!link || !link.passcodeHash || linkState(link, new Date()) !== "active") return redirectTo(`${sharePath}?denied=1`);
  const client = requestClientAddress(request.headers);
  const wait = (seconds: number) => redirectTo(`${sharePath}?passcode=wait&retry=${seconds}`);

  // Counted before the (slow) passcode check, atomically, so parallel guesses cannot all pass;
  // a right passcode gives its attempts back.
  const perClient = { key: `share:ip:${client}`, limit: LIMITS.sharePasscodePerIp };
  const overall = await hitRateLimit(perClient.key, perClient.limit);
  if (overall.limited) return wait(perClient.limit.windowSeconds);
  const backoffKey = `share:link-client:${link.id}:${client}`;
  const claim = await claimBackoffAttempt(backoffKey);
  if (!claim.allowed) {
    await refundRateLimit(perClient.key); // nothing was evaluated
    return wait(claim.retryAfterSeconds);
  }

  const form = await request.formData().catch(() => null);
  const parsed = passcodeSchema.safeParse({ passcode: form?.get("passcode") });
  if (!parsed.success || !(await verifyPassword(parsed.data.passcode, link.passcodeHash))) {
    await recordPasscodeFailure(link.id, new Date());
    return redirectTo(`${sharePath}?passcode=wrong`);
  }
  await Promise.all([refundRateLimit(perClient.key), clearBackoff(backoffKey)]);

  (await cookies()).set(passcodeCookieName(link.id), passcodeProof(authSecret(), link.id, link.passcodeHash), {
    httpOnly: true,
    sameSite: "lax",
    secure: new URL(request.url).protocol === "https:",
    path: `/share/${token}`,
    maxAge: 12 * 60 * 60,
  });
  return redirectTo(sharePath);
}
