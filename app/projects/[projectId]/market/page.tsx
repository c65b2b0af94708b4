import { CompetitorsStep } from "@/components/market/competitors-step";
import { ResearchStep } from "@/components/market/research-step";
import { SegmentsStep } from "@/components/market/segments-step";
import { SizeStep } from "@/components/market/size-step";
import { TrendsStep } from "@/components/market/trends-step";
import { SectionWizardPage } from "@/components/wizard/section-wizard-page";
import { stepFrom } from "@/components/wizard/step-param";
import { loadProjectAccess } from "@/lib/authz/gate";
import { can } from "@/lib/authz/permissions";
import { getMarket } from "@/lib/market/data";
import { MARKET_STEPS, marketStepCompletion } from "@/lib/market/model";
import { getProject } from "@/lib/projects/data";

export default async function MarketPage({ params, searchParams }: { params: Promise<{ projectId: string }>; searchParams: Promise<{ step?: string }> }) {
  const [{ projectId }, { step }] = await Promise.all([params, searchParams]);
  const access = await loadProjectAccess(projectId);
  const [project, market] = await Promise.all([getProject(access.projectId), getMarket(access.projectId)]);
  const canEdit = can(access.role, "plan.edit") && project.archivedAt === null;
  const current = stepFrom(MARKET_STEPS, step);
  const common = { projectId: project.id, canEdit };

  return (
    <SectionWizardPage projectId={project.id} section="market" steps={MARKET_STEPS} current={current} completion={marketStepCompletion(market)}>
      {current === "research" ? <ResearchStep {...common} research={market.research} /> : null}
      {current === "segments" ? <SegmentsStep {...common} segments={market.segments} /> : null}
      {current === "competitors" ? <CompetitorsStep {...common} competitors={market.competitors} /> : null}
      {current === "size" ? <SizeStep {...common} size={market.size} currency={project.currency} /> : null}
      {current === "trends" ? <TrendsStep {...common} trends={market.trends} /> : null}
    </SectionWizardPage>
  );
}
