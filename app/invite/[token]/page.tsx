import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AcceptInvitation } from "@/components/collaboration/accept-invitation";
import { ClientMessages } from "@/components/layout/client-messages";
import { SiteHeader } from "@/components/layout/site-header";
import { Card } from "@/components/ui/card";
import { currentUser } from "@/lib/auth/session";
import { findInvitationByToken } from "@/lib/invitations/data";
import { invitationStatus, maskEmail } from "@/lib/invitations/model";
import { invitationTokenField } from "@/lib/invitations/schema";

// The invitation link. The token is the capability: anyone holding it sees which team invites them;
// joining needs an account (sign in or sign up, then come back here).
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, tRoles, user] = await Promise.all([getTranslations("collaboration.accept"), getTranslations("collaboration.roles"), currentUser()]);
  const valid = invitationTokenField.safeParse(token).success;
  const invitation = valid ? await findInvitationByToken(token) : null;
  const status = invitation ? invitationStatus(invitation, new Date()) : "notFound";
  const back = encodeURIComponent(`/invite/${token}`);

  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-md px-4 py-12">
        <Card className="space-y-4" data-testid="invitation">
          {invitation && status === "active" ? (
            <>
              {invitation.project ? (
                <>
                  <h1 className="text-xl font-semibold">{t("projectTitle", { project: invitation.project.name })}</h1>
                  <p className="text-sm text-slate-600">
                    {t("projectBody", { inviter: invitation.createdBy?.name ?? t("aTeamOwner"), project: invitation.project.name, role: tRoles(invitation.role) })}
                  </p>
                </>
              ) : (
                <>
                  <h1 className="text-xl font-semibold">{t("title", { team: invitation.team.name })}</h1>
                  <p className="text-sm text-slate-600">
                    {t("body", { inviter: invitation.createdBy?.name ?? t("aTeamOwner"), team: invitation.team.name, role: tRoles(invitation.role) })}
                  </p>
                </>
              )}
              {invitation.email ? <p className="text-sm text-slate-600">{t("forEmail", { email: maskEmail(invitation.email) })}</p> : null}
              {user ? (
                <>
                  <p className="text-xs text-slate-500">{t("signedInAs", { name: user.name, email: user.email })}</p>
                  <ClientMessages namespaces={["collaboration"]}>
                    <AcceptInvitation token={token} label={t("join", { role: tRoles(invitation.role) })} />
                  </ClientMessages>
                </>
              ) : (
                <div className="space-y-2">
                  <p className="text-sm text-slate-600">{t("needAccount")}</p>
                  <div className="flex flex-wrap gap-2">
                    <Link href={`/signin?next=${back}`} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
                      {t("signIn")}
                    </Link>
                    <Link href={`/signup?next=${back}`} className="rounded-md border bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100">
                      {t("signUp")}
                    </Link>
                  </div>
                </div>
              )}
            </>
          ) : (
            <>
              <h1 className="text-xl font-semibold">{t("unusableTitle")}</h1>
              <p className="text-sm text-slate-600" data-testid="invitation-status" data-status={status}>
                {t(`unusable.${status}`)}
              </p>
            </>
          )}
        </Card>
      </main>
    </>
  );
}
