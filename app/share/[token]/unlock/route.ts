import { cookies } from "next/headers";
import { authSecret } from "@/lib/auth/secret";
import { verifyPassword } from "@/lib/auth/password";
import { LIMITS } from "@/lib/rate-limit/model";
import { hitRateLimit } from "@/lib/rate-limit/mutations";
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
  const ip = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "local";
  const [perLink, perIp] = await Promise.all([
    hitRateLimit(`share:link:${link.id}`, LIMITS.sharePasscodePerLink),
    hitRateLimit(`share:ip:${ip}`, LIMITS.sharePasscodePerLink),
  ]);
  if (perLink.limited || perIp.limited) return denied();

  const form = await request.formData().catch(() => null);
  const parsed = passcodeSchema.safeParse({ passcode: form?.get("passcode") });
  if (!parsed.success || !(await verifyPassword(parsed.data.passcode, link.passcodeHash))) return denied();

  (await cookies()).set(passcodeCookieName(link.id), passcodeProof(authSecret(), link.id, link.passcodeHash), {
    httpOnly: true,
    sameSite: "lax",
    secure: new URL(request.url).protocol === "https:",
    path: `/share/${token}`,
    maxAge: 12 * 60 * 60,
  });
  return redirectTo(sharePath);
}
