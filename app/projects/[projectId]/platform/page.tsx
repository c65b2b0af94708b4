import { getTranslations } from "next-intl/server";
import { CreditsStep } from "@/components/ai-cost/credits-step";
import { PriceBookStep } from "@/components/ai-cost/price-book-step";
import { RoutingStep } from "@/components/ai-cost/routing-step";
import { REVENUE_MODELS, type RevenueModelId } from "@/lib/plan/facts";
import { SelfHostStep } from "@/components/ai-cost/self-host-step";
import { UsageStep, type NamedTier } from "@/components/ai-cost/usage-step";
import { ClientMessages } from "@/components/layout/client-messages";
import { ComputeStep } from "@/components/platform/compute-step";
import { DataSourcesStep } from "@/components/platform/data-sources-step";
import { PartnersStep } from "@/components/platform/partners-step";
import { SectionGuidance } from "@/components/wizard/section-guidance";
import { ToolingStep } from "@/components/platform/tooling-step";
import { WizardShell } from "@/components/wizard/wizard-shell";
import { getAiCostPlan } from "@/lib/ai-pricing/data";
import { AI_STEPS, aiStepCompletion, type AiStep } from "@/lib/ai-pricing/plan";
import { loadProjectAccess } from "@/lib/authz/gate";
import { can } from "@/lib/authz/permissions";
import { getBusinessModelSection } from "@/lib/business-model/data";
import { computeMonthlyCost, platformStepCompletion } from "@/lib/platform/model";
import { getPlatform } from "@/lib/platform/data";
import { getProject, planToday } from "@/lib/projects/data";

/** The section's steps: the platform's own, with the AI cost steps after the compute plan. */
const STEPS = ["data", "compute", ...AI_STEPS, "tooling", "ecosystem"] as const;
type Step = (typeof STEPS)[number];

function isStep(value: unknown): value is Step {
  return typeof value === "string" && (STEPS as readonly string[]).includes(value);
}
const isAiStep = (step: Step): step is AiStep => (AI_STEPS as readonly string[]).includes(step);

/** Revenue models with a price, named in the reader's language, for the usage step's comparison. */
async function pricedTiers(projectId: Parameters<typeof getBusinessModelSection>[0]): Promise<NamedTier[]> {
  const [section, t] = await Promise.all([getBusinessModelSection(projectId), getTranslations("businessModel.revenue.models")]);
  return section.revenueChoices.flatMap((c) => (c.price === null ? [] : [{ model: c.model, price: c.price, unit: c.unit, label: t(`${c.model}.name`) }]));
}

export default async function PlatformPage({ params, searchParams }: { params: Promise<{ projectId: string }>; searchParams: Promise<{ step?: string }> }) {
  const [{ projectId }, { step }] = await Promise.all([params, searchParams]);
  const access = await loadProjectAccess(projectId);
  const current = isStep(step) ? step : STEPS[0];
  const [project, platform, aiPlan, tiers, t, tAi, tModels] = await Promise.all([
    getProject(access.projectId),
    getPlatform(access.projectId),
    getAiCostPlan(access.projectId),
    current === "usage" ? pricedTiers(access.projectId) : Promise.resolve([]),
    getTranslations("platform"),
    getTranslations("aiCost"),
    getTranslations("businessModel.revenue.models"),
  ]);
  // Revenue model names for the routing step (the client has only the platform and AI cost messages).
  const modelNames = Object.fromEntries(REVENUE_MODELS.map((m) => [m, tModels(`${m}.name`)])) as Record<RevenueModelId, string>;
  const canEdit = can(access.role, "plan.edit") && project.archivedAt === null;
  const completion = { ...platformStepCompletion(platform), ...aiStepCompletion(aiPlan) };
  const steps = STEPS.map((id) => ({ id, title: isAiStep(id) ? tAi(`steps.${id}`) : t(`steps.${id}`), complete: completion[id] }));
  const common = { projectId: project.id, canEdit };
  // Price ages and credit months are counted from today in the plan's time zone.
  const today = await planToday(access.projectId);

  return (
    <div className="space-y-4">
      <header>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-600">{t("intro")}</p>
      </header>
      <ClientMessages namespaces={["platform", "aiCost"]}>
        <WizardShell
          storageKey={`${project.id}:platform`}
          steps={steps}
          current={current}
          guidance={isAiStep(current) ? <SectionGuidance namespace="aiCost" step={current} own /> : <SectionGuidance namespace="platform" step={current} />}
        >
          {current === "data" ? <DataSourcesStep {...common} dataSources={platform.dataSources} /> : null}
          {current === "compute" ? <ComputeStep {...common} computeLines={platform.computeLines} currency={project.currency} /> : null}
          {current === "priceBook" ? <PriceBookStep {...common} plan={aiPlan} today={today} /> : null}
          {current === "routing" ? <RoutingStep {...common} plan={aiPlan} modelNames={modelNames} /> : null}
          {current === "usage" ? <UsageStep {...common} plan={aiPlan} tiers={tiers} /> : null}
          {current === "selfHost" ? <SelfHostStep {...common} plan={aiPlan} /> : null}
          {current === "credits" ? <CreditsStep {...common} plan={aiPlan} computeMonthlyCost={computeMonthlyCost(platform.computeLines)} today={today} /> : null}
          {current === "tooling" ? <ToolingStep {...common} toolingItems={platform.toolingItems} /> : null}
          {current === "ecosystem" ? <PartnersStep {...common} partners={platform.partners} /> : null}
        </WizardShell>
      </ClientMessages>
    </div>
  );
}
