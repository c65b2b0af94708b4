import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { ComputeStep } from "@/components/platform/compute-step";
import { DataSourcesStep } from "@/components/platform/data-sources-step";
import { PartnersStep } from "@/components/platform/partners-step";
import { PlatformGuidance } from "@/components/platform/platform-guidance";
import { ToolingStep } from "@/components/platform/tooling-step";
import { WizardShell } from "@/components/wizard/wizard-shell";
import { loadProjectAccess } from "@/lib/authz/gate";
import { can } from "@/lib/authz/permissions";
import { getPlatform } from "@/lib/platform/data";
import { PLATFORM_STEPS, platformStepCompletion, type PlatformStep } from "@/lib/platform/model";
import { getProject } from "@/lib/projects/data";

function isPlatformStep(value: unknown): value is PlatformStep {
  return typeof value === "string" && (PLATFORM_STEPS as readonly string[]).includes(value);
}

export default async function PlatformPage({ params, searchParams }: { params: Promise<{ projectId: string }>; searchParams: Promise<{ step?: string }> }) {
  const [{ projectId }, { step }] = await Promise.all([params, searchParams]);
  const access = await loadProjectAccess(projectId);
  const [project, platform, t] = await Promise.all([getProject(access.projectId), getPlatform(access.projectId), getTranslations("platform")]);
  const canEdit = can(access.role, "plan.edit") && project.archivedAt === null;
  const current = isPlatformStep(step) ? step : PLATFORM_STEPS[0];
  const completion = platformStepCompletion(platform);
  const steps = PLATFORM_STEPS.map((id) => ({ id, title: t(`steps.${id}`), complete: completion[id] }));
  const common = { projectId: project.id, canEdit };

  return (
    <div className="space-y-4">
      <header>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-600">{t("intro")}</p>
      </header>
      <ClientMessages namespaces={["platform"]}>
        <WizardShell storageKey={`${project.id}:platform`} steps={steps} current={current} guidance={<PlatformGuidance step={current} />}>
          {current === "data" ? <DataSourcesStep {...common} dataSources={platform.dataSources} /> : null}
          {current === "compute" ? <ComputeStep {...common} computeLines={platform.computeLines} currency={project.currency} /> : null}
          {current === "tooling" ? <ToolingStep {...common} toolingItems={platform.toolingItems} /> : null}
          {current === "ecosystem" ? <PartnersStep {...common} partners={platform.partners} /> : null}
        </WizardShell>
      </ClientMessages>
    </div>
  );
}
