import { Suspense, type ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { PresenceBar } from "@/components/collaboration/presence-bar";
import { SectionComments } from "@/components/collaboration/section-comments";
import { ClientMessages } from "@/components/layout/client-messages";
import { ProjectNav } from "@/components/layout/project-nav";
import { SiteHeader } from "@/components/layout/site-header";
import { loadProjectAccess } from "@/lib/authz/gate";
import { countOpenThreadsBySection } from "@/lib/comments/data";
import { getProject } from "@/lib/projects/data";
import { getLatestReadiness } from "@/lib/readiness/data";
import { navProgress } from "@/lib/readiness/nav-progress";

export default async function ProjectLayout({ children, params }: { children: ReactNode; params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const access = await loadProjectAccess(projectId);
  const [project, t, openComments, readiness] = await Promise.all([
    getProject(access.projectId),
    getTranslations("projects"),
    countOpenThreadsBySection(access.projectId),
    // The last recorded score (one query): its progress per section goes next to the sections.
    getLatestReadiness(access.projectId),
  ]);
  return (
    <>
      <SiteHeader />
      <div className="mx-auto grid max-w-7xl grid-cols-1 gap-3 px-4 py-4 lg:grid-cols-[14rem_minmax(0,1fr)] lg:gap-6 lg:py-6">
        <ProjectNav projectId={project.id} projectName={project.name} teamId={project.team.id} teamName={project.team.name} openComments={openComments} progress={readiness ? navProgress(readiness.sections) : {}} />
        <main className="min-w-0">
          <ClientMessages namespaces={["collaboration"]}>
            {/* Reserves its line only on wide screens; on a phone an empty presence bar takes no space. */}
            <div className="no-print flex justify-end lg:mb-2 lg:min-h-6">
              <PresenceBar projectId={project.id} />
            </div>
          </ClientMessages>
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
          <ClientMessages namespaces={["collaboration", "sections"]}>
            <Suspense>
              <SectionComments projectId={project.id} openCounts={openComments} />
            </Suspense>
          </ClientMessages>
        </main>
      </div>
    </>
  );
}
