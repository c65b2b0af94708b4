import { getFormatter, getTranslations } from "next-intl/server";
import { RetryMailButton } from "@/components/collaboration/retry-mail-button";
import { SiteHeader } from "@/components/layout/site-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { loadUser } from "@/lib/authz/gate";
import { listOutbox } from "@/lib/email/data";
import type { MailStatus } from "@/lib/email/mutations";
import { mailSettings } from "@/lib/email/settings";
import { invitationStatus } from "@/lib/invitations/model";

const TONE: Record<MailStatus, "good" | "neutral" | "warn"> = { sent: "good", kept: "neutral", pending: "neutral", sending: "neutral", failed: "warn" };

// Every email Launchpad sent (or kept) for the signed-in user, with its delivery state. Shown to its
// sender only: an invitation's body holds its link.
export default async function OutboxPage() {
  const user = await loadUser();
  const [t, format, messages] = await Promise.all([getTranslations("collaboration.outbox"), getFormatter(), listOutbox(user.id)]);
  const kept = mailSettings(process.env).delivery === "outbox";
  const now = new Date();
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-3xl space-y-4 px-4 py-8">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-600">
          {t("intro")} {kept ? t("introKept") : null}
        </p>
        {messages.length === 0 ? <Card className="text-sm text-slate-500">{t("empty")}</Card> : null}
        <ul className="space-y-3" data-testid="outbox">
          {messages.map((m) => {
            const invitation = m.invitation ? invitationStatus(m.invitation, now) : null;
            return (
              <li key={m.id} data-testid="outbox-message" data-status={m.status}>
                <Card className="space-y-2">
                  <div className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
                    <Badge tone="neutral">{t(`kind.${m.kind as "invitation"}`)}</Badge>
                    <span>{t("to", { email: m.to })}</span>
                    <time dateTime={m.createdAt.toISOString()}>{format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
                    <Badge tone={TONE[m.status] ?? "neutral"}>{t(`delivery.${m.status}`)}</Badge>
                    {invitation ? <Badge tone={invitation === "active" ? "good" : "neutral"}>{t(`status.${invitation}`)}</Badge> : null}
                  </div>
                  <p className="font-medium">{m.subject}</p>
                  {m.status === "failed" ? (
                    <div className="space-y-2 rounded-md border border-amber-200 bg-amber-50 p-2 text-sm text-amber-950">
                      <p>
                        {m.lastError ? t("lastError", { error: m.lastError }) : null} {t("attempts", { count: m.attempts })}
                      </p>
                      <RetryMailButton messageId={m.id} />
                    </div>
                  ) : null}
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
