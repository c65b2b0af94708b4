"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { reportBrowserTimeZoneAction } from "@/lib/preferences/actions";

/**
 * Tells the server the browser's time zone when it is not the one on record for this reader, so dates
 * are shown where the reader is (signed-out investors included) and a signed-in user's zone follows them.
 */
export function TimeZoneSync({ recorded }: { recorded: string | null }) {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || zone === recorded) return;
    void reportBrowserTimeZoneAction(zone).then((result) => {
      if (result.ok && result.data.changed) router.refresh();
    });
  }, [recorded, router]);
  return null;
}
