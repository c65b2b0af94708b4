"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { reportBrowserTimeZoneAction } from "@/lib/preferences/actions";

/**
 * Tells the server the browser's time zone when the page was rendered in another one, so dates are
 * shown where the reader is (signed-out investors included) and a signed-in user's zone stays theirs.
 */
export function TimeZoneSync({ renderedIn }: { renderedIn: string }) {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || zone === renderedIn) return;
    void reportBrowserTimeZoneAction(zone).then((result) => {
      if (result.ok && result.data.changed) router.refresh();
    });
  }, [renderedIn, router]);
  return null;
}
