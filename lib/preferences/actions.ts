"use server";
import { cookies } from "next/headers";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { fail, ok, type ActionResult } from "@/lib/actions/result";

export async function setLocaleAction(locale: unknown): Promise<ActionResult<{ locale: string }>> {
  if (!isLocale(locale)) return fail("validation");
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax", httpOnly: false });
  return ok({ locale });
}
