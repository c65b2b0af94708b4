import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { ProjectNav } from "@/components/layout/project-nav";
import { SiteHeader } from "@/components/layout/site-header";
import { loadProjectAccess } from "@/lib/authz/gate";
import { getProject } from "@/lib/projects/data";

export default async function ProjectLayout({ children, params }: { children: ReactNode; params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const access = await loadProjectAccess(projectId);
  const [project, t] = await Promise.all([getProject(access.projectId), getTranslations("projects")]);
  return (
    <>
      <SiteHeader />
      <div className="mx-auto grid max-w-7xl grid-cols-1 gap-6 px-4 py-6 lg:grid-cols-[14rem_minmax(0,1fr)]">
        <ProjectNav projectId={project.id} projectName={project.name} teamId={project.team.id} teamName={project.team.name} />
        <main className="min-w-0">
          {project.archivedAt ? (
            <p role="status" className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
              {t("archivedBanner")}
            </p>
          ) : null}
          {access.role === "VIEWER" || access.role === "COMMENTER" ? (
            <p role="status" data-testid="read-only-banner" className="mb-4 rounded-md border border-slate-200 bg-white px-3 py-2 text-sm text-slate-700">
              {t("readOnlyBanner", { role: t(`roles.${access.role}`) })}
            </p>
          ) : null}
          {children}
        </main>
      </div>
    </>
  );
}
