import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ActivityList } from "@/components/collaboration/activity-list";
import { MentionsCard } from "@/components/collaboration/mentions-card";
import { ReadinessSummary } from "@/components/dashboard/readiness-summary";
import { Card, CardTitle } from "@/components/ui/card";
import { listActivity } from "@/lib/activity/data";
import { loadProjectAccess } from "@/lib/authz/gate";
import { listMentionsOf } from "@/lib/comments/data";
import { getProject } from "@/lib/projects/data";
import { can } from "@/lib/authz/permissions";
import { loadReadinessPage } from "@/lib/readiness/data";

/** How many activity lines the dashboard shows; the activity page has the rest. */
const RECENT_ACTIVITY = 8;

// The project's dashboard: readiness (score, band, sections, next actions, contradictions), recent
// activity and the signed-in member's @mentions. The plan's details are under /settings.
export default async function ProjectOverviewPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const access = await loadProjectAccess(projectId);
  const [project, t, tStages, locale, mentions, readiness, activity] = await Promise.all([
    getProject(access.projectId),
    getTranslations("dashboard"),
    getTranslations("stages"),
    getLocale(),
    listMentionsOf(access.projectId, access.user.id),
    loadReadinessPage(access.projectId),
    listActivity(access.projectId, {}, RECENT_ACTIVITY),
  ]);
  const base = `/projects/${project.id}`;
  return (
    <div className="space-y-6" data-testid="dashboard">
      <header className="flex flex-wrap items-baseline justify-between gap-3">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-slate-600" data-testid="dashboard-stage">
            {project.oneLiner ? `${project.oneLiner} · ` : ""}
            {t("stage", { stage: tStages(project.stage) })}
          </p>
        </div>
        <Link href={`${base}/settings`} className="text-sm text-brand-700 underline-offset-4 hover:underline">
          {t("settingsLink")}
        </Link>
      </header>
      <ReadinessSummary
        result={readiness.result}
        projectId={project.id}
        locale={locale}
        currency={project.currency}
        record={{ stale: readiness.stale, canEdit: can(access.role, "plan.edit") && project.archivedAt === null }}
      />
      <div className="grid gap-6 xl:grid-cols-2">
        <Card data-testid="dashboard-activity" className="space-y-3">
          <div className="flex items-baseline justify-between gap-2">
            <CardTitle>{t("activityTitle")}</CardTitle>
            <Link href={`${base}/activity`} className="text-sm text-brand-700 underline-offset-4 hover:underline">
              {t("allActivity")}
            </Link>
          </div>
          <ActivityList page={{ entries: activity.entries, olderCursor: null }} olderHref={null} />
        </Card>
        <MentionsCard projectId={project.id} mentions={mentions} />
      </div>
    </div>
  );
}
