"use server";
import { cookies } from "next/headers";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { currentUser } from "@/lib/auth/session";
import { setUserTimeZone } from "@/lib/auth/data";
import { browserTimeZone, TIME_ZONE_COOKIE, viewerTimeZone } from "@/lib/time/viewer";
import { timeZoneOr, isTimeZone } from "@/lib/time/zone";

const YEAR_SECONDS = 365 * 24 * 60 * 60;

export async function setLocaleAction(locale: unknown): Promise<ActionResult<{ locale: string }>> {
  if (!isLocale(locale)) return fail("validation");
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: YEAR_SECONDS, sameSite: "lax", httpOnly: false });
  return ok({ locale });
}

/**
 * The browser reports its zone when it differs from the one the page was rendered in. It becomes the
 * signed-in user's zone (so it follows them when they travel) and the cookie's, for signed-out readers;
 * `changed` tells the page to re-render its dates.
 */
export async function reportBrowserTimeZoneAction(zone: unknown): Promise<ActionResult<{ changed: boolean }>> {
  if (!isTimeZone(zone)) return fail("validation");
  const canonical = timeZoneOr(zone);
  const before = await viewerTimeZone();
  if ((await browserTimeZone()) !== canonical) {
    (await cookies()).set(TIME_ZONE_COOKIE, canonical, { path: "/", maxAge: YEAR_SECONDS, sameSite: "lax", httpOnly: false });
  }
  const user = await currentUser();
  if (user && user.timeZone !== canonical) await setUserTimeZone(user.id, canonical);
  return ok({ changed: canonical !== before });
}
