"use server";
import { cookies } from "next/headers";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { currentUser } from "@/lib/auth/session";
import { setUserTimeZone } from "@/lib/auth/data";
import { viewerTimeZone } from "@/lib/time/viewer";
import { timeZoneOr, isTimeZone } from "@/lib/time/zone";

const YEAR_SECONDS = 365 * 24 * 60 * 60;

export async function setLocaleAction(locale: unknown): Promise<ActionResult<{ locale: string }>> {
  if (!isLocale(locale)) return fail("validation");
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: YEAR_SECONDS, sameSite: "lax", httpOnly: false });
  return ok({ locale });
}

/**
 * A signed-in user's browser reports its zone when it differs from the one on record: it becomes the
 * user's zone (so it follows them when they travel). The cookie, for signed-out readers, is written by
 * the browser itself (components/layout/time-zone-sync.tsx); `changed` tells the page to re-render.
 */
export async function reportBrowserTimeZoneAction(zone: unknown): Promise<ActionResult<{ changed: boolean }>> {
  if (!isTimeZone(zone)) return fail("validation");
  const canonical = timeZoneOr(zone);
  const before = await viewerTimeZone();
  const user = await currentUser();
  if (user && user.timeZone !== canonical) await setUserTimeZone(user.id, canonical);
  return ok({ changed: canonical !== before });
}
