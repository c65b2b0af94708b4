import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/layout/site-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { loadUser } from "@/lib/authz/gate";
import { listOutbox } from "@/lib/invitations/data";
import { invitationStatus, mailDelivery } from "@/lib/invitations/model";

// Local development without a mail server: the mail Launchpad would have sent, shown to its sender
// only (it holds invitation links). Absent when SMTP is configured.
export default async function OutboxPage() {
  if (mailDelivery(process.env) !== "outbox") notFound();
  const user = await loadUser();
  const [t, format, messages] = await Promise.all([getTranslations("collaboration.outbox"), getFormatter(), listOutbox(user.id)]);
  const now = new Date();
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-3xl space-y-4 px-4 py-8">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("intro")}</p>
        {messages.length === 0 ? <Card className="text-sm text-slate-500">{t("empty")}</Card> : null}
        <ul className="space-y-3" data-testid="outbox">
          {messages.map((m) => {
            const status = m.invitation ? invitationStatus(m.invitation, now) : null;
            return (
              <li key={m.id}>
                <Card className="space-y-2">
                  <div className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
                    <span>{t("to", { email: m.to })}</span>
                    <time dateTime={m.createdAt.toISOString()}>{format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
                    {status ? <Badge tone={status === "active" ? "good" : "neutral"}>{t(`status.${status}`)}</Badge> : null}
                  </div>
                  <p className="font-medium">{m.subject}</p>
                  <pre className="whitespace-pre-wrap break-words font-sans text-sm text-slate-700">{m.body ?? t("unreadable")}</pre>
                </Card>
              </li>
            );
          })}
        </ul>
      </main>
    </>
  );
}
