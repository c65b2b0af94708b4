import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { SiteHeader } from "@/components/layout/site-header";
import { MarkAllReadButton } from "@/components/layout/mark-all-read-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { loadUser } from "@/lib/authz/gate";
import { listNotifications } from "@/lib/notifications/data";
import type { NotificationKind } from "@/lib/notifications/model";

export default async function NotificationsPage() {
  const user = await loadUser();
  const [t, format, notifications] = await Promise.all([getTranslations("notifications"), getFormatter(), listNotifications(user.id)]);
  const unread = notifications.filter((n) => !n.readAt).length;
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-3xl space-y-4 px-4 py-8">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          {unread > 0 ? (
            <ClientMessages namespaces={["notifications"]}>
              <MarkAllReadButton />
            </ClientMessages>
          ) : null}
        </div>
        <p className="text-sm text-slate-600">{t("intro")}</p>
        {notifications.length === 0 ? <Card className="text-sm text-slate-500">{t("empty")}</Card> : null}
        <ul className="space-y-2" data-testid="notifications">
          {notifications.map((n) => (
            <li key={n.id} data-testid="notification" data-read={n.readAt ? "true" : "false"}>
              {/* A plain link: the route redirects to a thread's #anchor, which a client-side navigation would drop. */}
              <a href={`/notifications/open/${n.id}`} className={`block rounded-lg border p-3 hover:bg-slate-50 ${n.readAt ? "bg-white" : "border-brand-200 bg-brand-50"}`}>
                <div className="flex flex-wrap items-center gap-2">
                  {n.readAt ? null : <Badge tone="info">{t("unread")}</Badge>}
                  <span className="font-medium">
                    {t(`kind.${n.kind as NotificationKind}`, { actor: n.actorName, project: n.project?.name ?? "", label: n.excerpt || t("noLabel") })}
                  </span>
                </div>
                {n.kind !== "linkViewed" && n.kind !== "viewerFirstView" && n.excerpt ? <p className="mt-1 text-sm text-slate-700">{n.excerpt}</p> : null}
                <time className="mt-1 block text-xs text-slate-600" dateTime={n.createdAt.toISOString()}>
                  {format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </time>
              </a>
            </li>
          ))}
        </ul>
      </main>
    </>
  );
}
