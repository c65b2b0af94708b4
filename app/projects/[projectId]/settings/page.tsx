import { getTranslations } from "next-intl/server";
import { InvitePanel } from "@/components/collaboration/invite-panel";
import { ProjectMembers } from "@/components/collaboration/project-members";
import { ClientMessages } from "@/components/layout/client-messages";
import { Card, CardTitle } from "@/components/ui/card";
import { ProjectDetailsForm } from "@/components/projects/project-details-form";
import { loadProjectAccess } from "@/lib/authz/gate";
import { can } from "@/lib/authz/permissions";
import { getProject } from "@/lib/projects/data";
import { listProjectMembers } from "@/lib/project-members/data";
import { timeZoneChoices } from "@/lib/time/zone";

// The plan's details (moved here from the Overview, which is now the dashboard).
export default async function ProjectSettingsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const access = await loadProjectAccess(projectId);
  const canManageMembers = can(access.role, "project.manageMembers");
  const [project, t, tInvite, tMembers, projectMembers] = await Promise.all([
    getProject(access.projectId),
    getTranslations("dashboard"),
    getTranslations("collaboration.projectInvite"),
    getTranslations("collaboration.projectMembers"),
    canManageMembers ? listProjectMembers(access.projectId) : [],
  ]);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("settingsTitle")}</h1>
        <p className="max-w-3xl text-sm text-slate-600">{t("settingsIntro")}</p>
      </header>
      <ClientMessages namespaces={["projects", "stages"]}>
        <ProjectDetailsForm
          project={{ id: project.id, name: project.name, oneLiner: project.oneLiner, sector: project.sector, stage: project.stage, currency: project.currency as "USD" | "CNY" | "EUR", timeZone: project.timeZone, version: project.version, archived: project.archivedAt !== null }}
          canEdit={can(access.role, "project.update")}
          canArchive={can(access.role, "project.archive")}
          timeZones={timeZoneChoices(project.timeZone)}
        />
      </ClientMessages>
      {canManageMembers ? (
        <ClientMessages namespaces={["collaboration"]}>
          <Card data-testid="project-invite">
            <CardTitle>{tInvite("title")}</CardTitle>
            <p className="mb-3 mt-1 text-sm text-slate-600">{tInvite("hint")}</p>
            <InvitePanel teamId={access.teamId} projectId={access.projectId} />
          </Card>
          <Card data-testid="project-roles">
            <CardTitle>{tMembers("title")}</CardTitle>
            <p className="mb-3 mt-1 text-sm text-slate-600">{tMembers("hint")}</p>
            <ProjectMembers projectId={access.projectId} members={projectMembers} />
          </Card>
        </ClientMessages>
      ) : null}
    </div>
  );
}
