import { getTranslations } from "next-intl/server";
import { MentionsCard } from "@/components/collaboration/mentions-card";
import { ClientMessages } from "@/components/layout/client-messages";
import { ProjectDetailsForm } from "@/components/projects/project-details-form";
import { loadProjectAccess } from "@/lib/authz/gate";
import { can } from "@/lib/authz/permissions";
import { listMentionsOf } from "@/lib/comments/data";
import { getProject } from "@/lib/projects/data";
import { timeZoneChoices } from "@/lib/time/zone";

export default async function ProjectOverviewPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const access = await loadProjectAccess(projectId);
  const [project, t, mentions] = await Promise.all([getProject(access.projectId), getTranslations("projects"), listMentionsOf(access.projectId, access.user.id)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("overviewTitle")}</h1>
      <ClientMessages namespaces={["projects", "stages"]}>
        <ProjectDetailsForm
          project={{ id: project.id, name: project.name, oneLiner: project.oneLiner, sector: project.sector, stage: project.stage, currency: project.currency as "USD" | "CNY" | "EUR", timeZone: project.timeZone, version: project.version, archived: project.archivedAt !== null }}
          canEdit={can(access.role, "project.update")}
          canArchive={can(access.role, "project.archive")}
          timeZones={timeZoneChoices(project.timeZone)}
        />
      </ClientMessages>
      <MentionsCard projectId={project.id} mentions={mentions} />
    </div>
  );
}
