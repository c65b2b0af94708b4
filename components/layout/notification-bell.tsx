import Link from "next/link";
import { Bell } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { countUnread } from "@/lib/notifications/data";

/** The header's bell: unread notifications of plans the user can still open. */
export async function NotificationBell({ userId }: { userId: string }) {
  const [t, unread] = await Promise.all([getTranslations("notifications"), countUnread(userId)]);
  return (
    <Link href="/notifications" aria-label={t("bell", { count: unread })} title={t("bell", { count: unread })} className="relative grid h-8 w-8 place-items-center rounded-md text-slate-700 hover:bg-slate-100" data-testid="notification-bell">
      <Bell aria-hidden className="h-5 w-5" />
      {unread > 0 ? (
        <span aria-hidden data-testid="notification-count" className="absolute -right-1 -top-1 min-w-[1.1rem] rounded-full bg-red-600 px-1 text-center text-[0.65rem] font-semibold leading-[1.1rem] text-white">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
