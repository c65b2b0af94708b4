"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { reportBrowserTimeZoneAction } from "@/lib/preferences/actions";
import { TIME_ZONE_COOKIE } from "@/lib/time/zone";

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * Keeps the server told of the browser's time zone, so dates are shown where the reader is: a cookie
 * for everyone (signed-out investors included), the signed-in user's stored zone through an action.
 * The page re-renders only when it was rendered in another zone.
 */
export function TimeZoneSync({ recorded, renderedIn, signedIn }: { recorded: string | null; renderedIn: string; signedIn: boolean }) {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || zone === recorded) return;
    // Written here, not by the action: a cookie set by a server action re-renders the page.
    document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}; path=/; max-age=${YEAR_SECONDS}; samesite=lax`;
    const stored = signedIn ? reportBrowserTimeZoneAction(zone) : Promise.resolve(null);
    void stored.then(() => {
      if (zone !== renderedIn) router.refresh();
    });
  }, [recorded, renderedIn, signedIn, router]);
  return null;
}
