import { ChannelsStep } from "@/components/funding/channels-step";
import { FinancialPlanStep, NeedStep } from "@/components/funding/plan-steps";
import { RoundsStep } from "@/components/funding/rounds-step";
import { UsesStep } from "@/components/funding/uses-step";
import { SectionWizardPage } from "@/components/wizard/section-wizard-page";
import { stepFrom } from "@/components/wizard/step-param";
import { loadProjectAccess } from "@/lib/authz/gate";
import { can } from "@/lib/authz/permissions";
import { getBusinessModelFacts } from "@/lib/business-model/data";
import { getFundingSection } from "@/lib/funding/data";
import { roundInflows } from "@/lib/forecast/model";
import { FUNDING_STEPS, fundingStepsComplete } from "@/lib/funding/model";
import { getProject } from "@/lib/projects/data";

export default async function FundingPage({ params, searchParams }: { params: Promise<{ projectId: string }>; searchParams: Promise<{ step?: string }> }) {
  const [{ projectId }, { step }] = await Promise.all([params, searchParams]);
  const access = await loadProjectAccess(projectId);
  const [project, funding, businessModel] = await Promise.all([getProject(access.projectId), getFundingSection(access.projectId), getBusinessModelFacts(access.projectId)]);
  const canEdit = can(access.role, "plan.edit") && project.archivedAt === null;
  const current = stepFrom(FUNDING_STEPS, step);
  // The runway is the monthly forecast's, the same figure the business model and summary show.
  const runway = {
    runway: businessModel.runway,
    runwayWithRaise: businessModel.runwayWithRaise,
    monthlyNetBurn: businessModel.monthlyCosts === null ? null : (businessModel.monthlyNetBurn[0] ?? null),
    rounds: roundInflows(funding.rounds, businessModel.forecastStartMonth),
    href: `/projects/${project.id}/business-model?step=forecast`,
  };
  const plan = { projectId: project.id, plan: funding.plan, canEdit };

  return (
    <SectionWizardPage projectId={project.id} section="funding" steps={FUNDING_STEPS} current={current} completion={fundingStepsComplete(funding)} clientNamespaces={["forecast"]}>
      {current === "need" ? <NeedStep {...plan} currency={project.currency} runway={runway} /> : null}
      {current === "rounds" ? <RoundsStep projectId={project.id} rounds={funding.rounds} canEdit={canEdit} currency={project.currency} runway={runway} /> : null}
      {current === "channels" ? <ChannelsStep projectId={project.id} channels={funding.channels} canEdit={canEdit} /> : null}
      {current === "uses" ? <UsesStep projectId={project.id} uses={funding.uses} needAmount={funding.plan.needAmount} canEdit={canEdit} currency={project.currency} /> : null}
      {current === "plan" ? <FinancialPlanStep {...plan} /> : null}
    </SectionWizardPage>
  );
}
