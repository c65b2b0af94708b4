import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { CompetitorsStep } from "@/components/market/competitors-step";
import { SectionGuidance } from "@/components/wizard/section-guidance";
import { ResearchStep } from "@/components/market/research-step";
import { SegmentsStep } from "@/components/market/segments-step";
import { SizeStep } from "@/components/market/size-step";
import { TrendsStep } from "@/components/market/trends-step";
import { WizardShell } from "@/components/wizard/wizard-shell";
import { loadProjectAccess } from "@/lib/authz/gate";
import { can } from "@/lib/authz/permissions";
import { getMarket } from "@/lib/market/data";
import { MARKET_STEPS, marketStepCompletion, type MarketStep } from "@/lib/market/model";
import { getProject } from "@/lib/projects/data";

function isMarketStep(value: unknown): value is MarketStep {
  return typeof value === "string" && (MARKET_STEPS as readonly string[]).includes(value);
}

export default async function MarketPage({ params, searchParams }: { params: Promise<{ projectId: string }>; searchParams: Promise<{ step?: string }> }) {
  const [{ projectId }, { step }] = await Promise.all([params, searchParams]);
  const access = await loadProjectAccess(projectId);
  const [project, market, t] = await Promise.all([getProject(access.projectId), getMarket(access.projectId), getTranslations("market")]);
  const canEdit = can(access.role, "plan.edit") && project.archivedAt === null;
  const current = isMarketStep(step) ? step : MARKET_STEPS[0];
  const completion = marketStepCompletion(market);
  const steps = MARKET_STEPS.map((id) => ({ id, title: t(`steps.${id}`), complete: completion[id] }));
  const common = { projectId: project.id, canEdit };

  return (
    <div className="space-y-4">
      <header>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-600">{t("intro")}</p>
      </header>
      <ClientMessages namespaces={["market"]}>
        <WizardShell storageKey={`${project.id}:market`} steps={steps} current={current} guidance={<SectionGuidance namespace="market" step={current} />}>
          {current === "research" ? <ResearchStep {...common} research={market.research} /> : null}
          {current === "segments" ? <SegmentsStep {...common} segments={market.segments} /> : null}
          {current === "competitors" ? <CompetitorsStep {...common} competitors={market.competitors} /> : null}
          {current === "size" ? <SizeStep {...common} size={market.size} currency={project.currency} /> : null}
          {current === "trends" ? <TrendsStep {...common} trends={market.trends} /> : null}
        </WizardShell>
      </ClientMessages>
    </div>
  );
}
