import { getTranslations } from "next-intl/server";
import { ChannelsStep } from "@/components/funding/channels-step";
import { SectionGuidance } from "@/components/wizard/section-guidance";
import { FinancialPlanStep, NeedStep } from "@/components/funding/plan-steps";
import { RoundsStep } from "@/components/funding/rounds-step";
import { UsesStep } from "@/components/funding/uses-step";
import { ClientMessages } from "@/components/layout/client-messages";
import { WizardShell } from "@/components/wizard/wizard-shell";
import { loadProjectAccess } from "@/lib/authz/gate";
import { can } from "@/lib/authz/permissions";
import { getBusinessModelFacts } from "@/lib/business-model/data";
import { getFundingSection } from "@/lib/funding/data";
import { roundInflows } from "@/lib/forecast/model";
import { FUNDING_STEPS, fundingStepsComplete, type FundingStep } from "@/lib/funding/model";
import { getProject } from "@/lib/projects/data";

function isFundingStep(value: unknown): value is FundingStep {
  return typeof value === "string" && (FUNDING_STEPS as readonly string[]).includes(value);
}

export default async function FundingPage({ params, searchParams }: { params: Promise<{ projectId: string }>; searchParams: Promise<{ step?: string }> }) {
  const [{ projectId }, { step }] = await Promise.all([params, searchParams]);
  const access = await loadProjectAccess(projectId);
  const [project, funding, businessModel, t] = await Promise.all([
    getProject(access.projectId),
    getFundingSection(access.projectId),
    getBusinessModelFacts(access.projectId),
    getTranslations("funding"),
  ]);
  const canEdit = can(access.role, "plan.edit") && project.archivedAt === null;
  const current = isFundingStep(step) ? step : FUNDING_STEPS[0];
  const completion = fundingStepsComplete(funding);
  const steps = FUNDING_STEPS.map((id) => ({ id, title: t(`steps.${id}`), complete: completion[id] }));
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
    <div className="space-y-4">
      <header>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-600">{t("intro")}</p>
      </header>
      <ClientMessages namespaces={["funding", "forecast"]}>
        <WizardShell storageKey={`${project.id}:funding`} steps={steps} current={current} guidance={<SectionGuidance namespace="funding" step={current} />}>
          {current === "need" ? <NeedStep {...plan} currency={project.currency} runway={runway} /> : null}
          {current === "rounds" ? <RoundsStep projectId={project.id} rounds={funding.rounds} canEdit={canEdit} currency={project.currency} runway={runway} /> : null}
          {current === "channels" ? <ChannelsStep projectId={project.id} channels={funding.channels} canEdit={canEdit} /> : null}
          {current === "uses" ? <UsesStep projectId={project.id} uses={funding.uses} needAmount={funding.plan.needAmount} canEdit={canEdit} currency={project.currency} /> : null}
          {current === "plan" ? <FinancialPlanStep {...plan} /> : null}
        </WizardShell>
      </ClientMessages>
    </div>
  );
}
