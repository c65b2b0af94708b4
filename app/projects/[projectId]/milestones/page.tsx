import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { SectionGuidance } from "@/components/wizard/section-guidance";
import { MilestonesStep } from "@/components/milestones/milestones-step";
import { FeedbackStep, PlanStep } from "@/components/milestones/plan-steps";
import { QualityStep } from "@/components/milestones/quality-step";
import { TimelineView } from "@/components/milestones/timeline-view";
import { WizardShell } from "@/components/wizard/wizard-shell";
import { loadProjectAccess } from "@/lib/authz/gate";
import { can } from "@/lib/authz/permissions";
import { getMilestonesSection } from "@/lib/milestones/data";
import { MILESTONE_STEPS, milestoneStepsComplete, type MilestoneStep } from "@/lib/milestones/model";
import { getProject, planToday } from "@/lib/projects/data";

function isMilestoneStep(value: unknown): value is MilestoneStep {
  return typeof value === "string" && (MILESTONE_STEPS as readonly string[]).includes(value);
}

export default async function MilestonesPage({ params, searchParams }: { params: Promise<{ projectId: string }>; searchParams: Promise<{ step?: string }> }) {
  const [{ projectId }, { step }] = await Promise.all([params, searchParams]);
  const access = await loadProjectAccess(projectId);
  const [project, section, t] = await Promise.all([getProject(access.projectId), getMilestonesSection(access.projectId), getTranslations("milestones")]);
  const canEdit = can(access.role, "plan.edit") && project.archivedAt === null;
  const today = await planToday(access.projectId);
  const current = isMilestoneStep(step) ? step : MILESTONE_STEPS[0];
  const completion = milestoneStepsComplete(section);
  const steps = MILESTONE_STEPS.map((id) => ({ id, title: t(`steps.${id}`), complete: completion[id] }));
  const plan = { projectId: project.id, plan: section.plan, canEdit };

  return (
    <div className="space-y-4">
      <header>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-600">{t("intro")}</p>
      </header>
      <ClientMessages namespaces={["milestones"]}>
        <WizardShell storageKey={`${project.id}:milestones`} steps={steps} current={current} guidance={<SectionGuidance namespace="milestones" step={current} />}>
          {current === "plan" ? <PlanStep {...plan} /> : null}
          {current === "milestones" ? (
            <MilestonesStep projectId={project.id} milestones={section.milestones} ownerSuggestions={section.ownerSuggestions} today={today} canEdit={canEdit} />
          ) : null}
          {current === "timeline" ? <TimelineView milestones={section.milestones} today={today} /> : null}
          {current === "quality" ? <QualityStep projectId={project.id} checksDone={section.checksDone} checksNotApplicable={section.checksNotApplicable} canEdit={canEdit} /> : null}
          {current === "feedback" ? <FeedbackStep {...plan} /> : null}
        </WizardShell>
      </ClientMessages>
    </div>
  );
}
