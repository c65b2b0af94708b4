import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { currentUser } from "@/lib/auth/session";
import { DEFAULT_TIME_ZONE, isTimeZone, TIME_ZONE_COOKIE } from "./zone";


/** The zone the browser reported, if any. */
export async function browserTimeZone(): Promise<string | null> {
  const value = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  return isTimeZone(value) ? value : null;
}

/**
 * The zone instants are shown in for whoever is looking: the signed-in user's own setting, else the
 * browser's, else UTC (first visit, before the browser has reported it).
 */
export const viewerTimeZone = cache(async (): Promise<string> => {
  const user = await currentUser();
  if (user?.timeZone && isTimeZone(user.timeZone)) return user.timeZone;
  return (await browserTimeZone()) ?? DEFAULT_TIME_ZONE;
});

/** The zone already on record for this reader (a signed-in user's, else the cookie), or null: then the browser is asked. */
export async function recordedTimeZone(): Promise<string | null> {
  const user = await currentUser();
  return user ? user.timeZone : await browserTimeZone();
}
