import { cookies } from "next/headers";
import { authSecret } from "@/lib/auth/secret";
import { resolveShareToken } from "@/lib/authz/share";
import { viewerCodeEmail } from "@/lib/email/messages";
import { sendMail } from "@/lib/email/mutations";
import { requestClientAddress } from "@/lib/http/client-address";
import { LIMITS } from "@/lib/rate-limit/model";
import { hitRateLimit } from "@/lib/rate-limit/mutations";
import { findLinkProjectName } from "@/lib/share/data";
import { codeCookieName, EMAIL_CODE_TTL_MS, hashEmailCode, newEmailCode } from "@/lib/share/model";
import { createEmailCode } from "@/lib/share/mutations";
import { viewerEmailSchema } from "@/lib/share/schema";

// Mails a one-time code to the address a would-be viewer of an email-gated link gives. Only a link
// that is asking for an email (token valid, passcode given if it has one) accepts this; anything
// else ends on the same not-found page as a wrong token. The answer never contains the code.
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const sharePath = `/share/${encodeURIComponent(token)}`;
  const redirectTo = (location: string) => new Response(null, { status: 303, headers: { location } });

  const access = await resolveShareToken(token);
  if (access.status === "passcode" || access.status === "granted") return redirectTo(sharePath);
  if (access.status !== "email") return redirectTo(`${sharePath}?denied=1`);
  const form = await request.formData().catch(() => null);
  const parsed = viewerEmailSchema.safeParse({ email: form?.get("email") });
  if (!parsed.success) return redirectTo(`${sharePath}?email=invalid`);

  // Each code is a mail to someone: a client may ask for only so many.
  const limit = LIMITS.shareEmailCodePerIp;
  if ((await hitRateLimit(`share:code-mail:${requestClientAddress(request.headers)}`, limit)).limited) return redirectTo(`${sharePath}?email=wait&retry=${limit.windowSeconds}`);

  const now = new Date();
  const { linkId } = access;
  const code = newEmailCode();
  const { id } = await createEmailCode(linkId, parsed.data.email, hashEmailCode(authSecret(), linkId, parsed.data.email, code), new Date(now.getTime() + EMAIL_CODE_TTL_MS), now);
  const projectName = (await findLinkProjectName(linkId)) ?? "Launchpad";
  // Mailed on nobody's behalf (no sender): the code shows in no one's outbox.
  await sendMail({ senderId: null, to: parsed.data.email, kind: "viewerCode", ...viewerCodeEmail({ projectName, code, minutes: EMAIL_CODE_TTL_MS / 60_000 }) });

  (await cookies()).set(codeCookieName(linkId), id, {
    httpOnly: true,
    sameSite: "lax",
    secure: new URL(request.url).protocol === "https:",
    path: `/share/${token}`,
    maxAge: EMAIL_CODE_TTL_MS / 1000,
  });
  return redirectTo(`${sharePath}?step=code`);
}
