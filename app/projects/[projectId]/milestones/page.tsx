import { MilestonesStep } from "@/components/milestones/milestones-step";
import { FeedbackStep, PlanStep } from "@/components/milestones/plan-steps";
import { QualityStep } from "@/components/milestones/quality-step";
import { TimelineView } from "@/components/milestones/timeline-view";
import { SectionWizardPage } from "@/components/wizard/section-wizard-page";
import { stepFrom } from "@/components/wizard/step-param";
import { loadProjectAccess } from "@/lib/authz/gate";
import { can } from "@/lib/authz/permissions";
import { getMilestonesSection } from "@/lib/milestones/data";
import { MILESTONE_STEPS, milestoneStepsComplete } from "@/lib/milestones/model";
import { getProject, planToday } from "@/lib/projects/data";

export default async function MilestonesPage({ params, searchParams }: { params: Promise<{ projectId: string }>; searchParams: Promise<{ step?: string }> }) {
  const [{ projectId }, { step }] = await Promise.all([params, searchParams]);
  const access = await loadProjectAccess(projectId);
  const [project, section] = await Promise.all([getProject(access.projectId), getMilestonesSection(access.projectId)]);
  const canEdit = can(access.role, "plan.edit") && project.archivedAt === null;
  const today = await planToday(access.projectId);
  const current = stepFrom(MILESTONE_STEPS, step);
  const plan = { projectId: project.id, plan: section.plan, canEdit };

  return (
    <SectionWizardPage projectId={project.id} section="milestones" steps={MILESTONE_STEPS} current={current} completion={milestoneStepsComplete(section)}>
      {current === "plan" ? <PlanStep {...plan} /> : null}
      {current === "milestones" ? (
        <MilestonesStep projectId={project.id} milestones={section.milestones} ownerSuggestions={section.ownerSuggestions} today={today} canEdit={canEdit} />
      ) : null}
      {current === "timeline" ? <TimelineView milestones={section.milestones} today={today} /> : null}
      {current === "quality" ? <QualityStep projectId={project.id} checksDone={section.checksDone} checksNotApplicable={section.checksNotApplicable} canEdit={canEdit} /> : null}
      {current === "feedback" ? <FeedbackStep {...plan} /> : null}
    </SectionWizardPage>
  );
}
