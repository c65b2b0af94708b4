import { cookies } from "next/headers";
import { authSecret } from "@/lib/auth/secret";
import { verifyPassword } from "@/lib/auth/password";
import { LIMITS } from "@/lib/rate-limit/model";
import { hitRateLimit, refundRateLimit } from "@/lib/rate-limit/mutations";
import { findLinkByToken } from "@/lib/share/data";
import { linkState, passcodeCookieName, passcodeProof } from "@/lib/share/model";
import { passcodeSchema } from "@/lib/share/schema";

// Checks a share link's passcode. Every failure (unknown link, wrong passcode, too many attempts)
// ends on the share URL with ?denied=1, which renders the same not-found page as a wrong token.
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  // Relative redirects: the server may not know the host name the browser used.
  const sharePath = `/share/${encodeURIComponent(token)}`;
  const redirectTo = (location: string) => new Response(null, { status: 303, headers: { location } });
  const denied = () => redirectTo(`${sharePath}?denied=1`);

  const link = await findLinkByToken(token);
  if (!link || !link.passcodeHash || linkState(link, new Date()) !== "active") return denied();
  // Every attempt is counted first, in one atomic statement per key, so parallel requests cannot
  // all slip under the limit; a right passcode gives its attempt back. Once either limit is used
  // up even the right one is refused.
  const ip = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "local";
  const limits = [
    { key: `share:link:${link.id}`, limit: LIMITS.sharePasscodePerLink },
    { key: `share:ip:${ip}`, limit: LIMITS.sharePasscodePerIp },
  ];
  if ((await Promise.all(limits.map((l) => hitRateLimit(l.key, l.limit)))).some((hit) => hit.limited)) return denied();

  const form = await request.formData().catch(() => null);
  const parsed = passcodeSchema.safeParse({ passcode: form?.get("passcode") });
  if (!parsed.success || !(await verifyPassword(parsed.data.passcode, link.passcodeHash))) {
    return denied();
  }
  await Promise.all(limits.map((l) => refundRateLimit(l.key)));

  (await cookies()).set(passcodeCookieName(link.id), passcodeProof(authSecret(), link.id, link.passcodeHash), {
    httpOnly: true,
    sameSite: "lax",
    secure: new URL(request.url).protocol === "https:",
    path: `/share/${token}`,
    maxAge: 12 * 60 * 60,
  });
  return redirectTo(sharePath);
}
