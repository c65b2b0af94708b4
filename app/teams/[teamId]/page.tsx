import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { InvitationsList } from "@/components/collaboration/invitations-list";
import { InvitePanel } from "@/components/collaboration/invite-panel";
import { TeamMembers } from "@/components/collaboration/team-members";
import { ClientMessages } from "@/components/layout/client-messages";
import { SiteHeader } from "@/components/layout/site-header";
import { Card, CardTitle } from "@/components/ui/card";
import { loadTeamAccess } from "@/lib/authz/gate";
import { can } from "@/lib/authz/permissions";
import { listOpenInvitations } from "@/lib/invitations/data";
import { getTeam, listTeamMembers } from "@/lib/members/data";

export default async function TeamSettingsPage({ params, searchParams }: { params: Promise<{ teamId: string }>; searchParams: Promise<{ joined?: string }> }) {
  const [{ teamId }, { joined }] = await Promise.all([params, searchParams]);
  const access = await loadTeamAccess(teamId);
  const canManage = can(access.role, "team.manageMembers");
  const [t, tRoles, team, members, invitations] = await Promise.all([
    getTranslations("collaboration.team"),
    getTranslations("collaboration.roles"),
    getTeam(access.teamId),
    listTeamMembers(access.teamId),
    canManage ? listOpenInvitations(access.teamId, new Date()) : Promise.resolve([]),
  ]);
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-4xl space-y-6 px-4 py-8">
        <div>
          <Link href={`/projects?team=${team.id}`} className="text-sm text-brand-700 underline">
            {t("backToProjects")}
          </Link>
          <h1 className="mt-2 text-2xl font-semibold" data-testid="team-settings-title">
            {t("title", { team: team.name })}
          </h1>
          <p className="text-sm text-slate-500">{t("yourRole", { role: tRoles(access.role) })}</p>
        </div>
        {joined ? (
          <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900" data-testid="joined-banner">
            {t("joined", { team: team.name, role: tRoles(access.role) })}{" "}
            <Link href={`/projects?team=${team.id}`} className="font-medium underline">
              {t("openProjects")}
            </Link>
          </p>
        ) : null}
        <ClientMessages namespaces={["collaboration"]}>
          <Card>
            <CardTitle>{t("members", { count: members.length })}</CardTitle>
            <div className="mt-2">
              <TeamMembers teamId={team.id} members={members} meId={access.user.id} canManage={canManage} />
            </div>
          </Card>
          {canManage ? (
            <Card>
              <CardTitle>{t("invite")}</CardTitle>
              <p className="mb-3 mt-1 text-sm text-slate-600">{t("inviteHint")}</p>
              <InvitePanel teamId={team.id} />
            </Card>
          ) : null}
          {canManage ? (
            <Card>
              <CardTitle>{t("openInvitations")}</CardTitle>
              <div className="mt-2">
                <InvitationsList
                  teamId={team.id}
                  invitations={invitations.map((i) => ({ id: i.id, role: i.role, email: i.email, uses: i.uses, maxUses: i.maxUses, expiresAt: i.expiresAt.toISOString(), createdBy: i.createdBy?.name ?? null, project: i.project?.name ?? null }))}
                />
              </div>
            </Card>
          ) : null}
        </ClientMessages>
      </main>
    </>
  );
}
