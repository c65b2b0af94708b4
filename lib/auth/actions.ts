"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { fail, invalid, type ActionResult } from "@/lib/actions/result";
import { requestClientAddress } from "@/lib/http/client-address";
import { LIMITS } from "@/lib/rate-limit/model";
import { hitRateLimit } from "@/lib/rate-limit/mutations";
import { signIn, signOut } from "./config";
import { existingAccountEmail } from "@/lib/email/messages";
import { afterResponse } from "@/lib/email/later";
import { sendMail } from "@/lib/email/mutations";
import { appOrigin } from "@/lib/http/origin";
import { findUserForSignIn } from "./data";
import { createUserWithPersonalTeam } from "./mutations";
import { browserTimeZone } from "@/lib/time/viewer";
import { hashPassword } from "./password";
import { signInSchema, signUpSchema } from "./schema";

function safeRedirect(to: FormDataEntryValue | null): string {
  const path = typeof to === "string" ? to : "";
  return path.startsWith("/") && !path.startsWith("//") ? path : "/projects";
}

async function credentialsSignIn(email: string, password: string, redirectTo: string): Promise<ActionResult> {
  try {
    await signIn("credentials", { email, password, redirectTo });
    return fail("internal"); // signIn redirects on success
  } catch (error) {
    if (error instanceof CredentialsSignin) return fail(error.code === "rateLimited" ? "rateLimited" : "invalidCredentials");
    if (error instanceof AuthError) return fail("invalidCredentials");
    throw error; // NEXT_REDIRECT on success
  }
}

export async function signInAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return invalid(parsed.error);
  return credentialsSignIn(parsed.data.email, parsed.data.password, safeRedirect(formData.get("redirectTo")));
}

/**
 * Sign-up answers a new and an already registered email the same way (no account oracle): both end
 * on the sign-in page with a neutral "sign in, or check your email" note. The owner of an existing
 * account is mailed a notice instead, after the response (so its timing tells nothing either).
 */
export async function signUpAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = signUpSchema.safeParse({ name: formData.get("name"), email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return invalid(parsed.error);
  const ip = requestClientAddress(await headers());
  if ((await hitRateLimit(`signup:ip:${ip}`, LIMITS.signupPerIp)).limited) return fail("rateLimited");
  const t = await getTranslations("projects");
  const user = await createUserWithPersonalTeam({
    email: parsed.data.email,
    name: parsed.data.name,
    passwordHash: await hashPassword(parsed.data.password),
    teamName: t("personalTeamName", { name: parsed.data.name }),
    timeZone: await browserTimeZone(),
  });
  if (!user) {
    const email = parsed.data.email;
    const origin = await appOrigin();
    await afterResponse(async () => {
      const existing = await findUserForSignIn(email);
      if (existing) await sendMail({ senderId: existing.id, to: email, kind: "account", ...existingAccountEmail({ link: `${origin}/signin` }) });
    });
  }
  // After sign-up from an invitation link, sign in and go back to it (see app/invite/[token]).
  const next = safeRedirect(formData.get("redirectTo"));
  redirect(`/signin?created=1&next=${encodeURIComponent(next)}`);
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
