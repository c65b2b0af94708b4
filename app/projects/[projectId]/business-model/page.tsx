import { getTranslations } from "next-intl/server";
import { BurnRunway } from "@/components/business-model/burn-runway";
import { CanvasBoard } from "@/components/business-model/canvas-board";
import { DirectionTests } from "@/components/business-model/direction-tests";
import { RevenueModels } from "@/components/business-model/revenue-models";
import { SectionGuidance } from "@/components/wizard/section-guidance";
import { UnitEconomicsForm } from "@/components/business-model/unit-economics-form";
import { ForecastView } from "@/components/forecast/forecast-view";
import { ClientMessages } from "@/components/layout/client-messages";
import { WizardShell } from "@/components/wizard/wizard-shell";
import { loadProjectAccess } from "@/lib/authz/gate";
import { can } from "@/lib/authz/permissions";
import { getBusinessModelSection, sectionData } from "@/lib/business-model/data";
import { isWizardStep, stepCompletion, WIZARD_STEPS } from "@/lib/business-model/progress";
import { getProject } from "@/lib/projects/data";

export default async function BusinessModelPage({ params, searchParams }: { params: Promise<{ projectId: string }>; searchParams: Promise<{ step?: string }> }) {
  const [{ projectId }, { step }] = await Promise.all([params, searchParams]);
  const access = await loadProjectAccess(projectId);
  const [project, section, t] = await Promise.all([getProject(access.projectId), getBusinessModelSection(access.projectId), getTranslations("businessModel")]);
  const canEdit = can(access.role, "plan.edit") && project.archivedAt === null;
  const current = isWizardStep(step) ? step : WIZARD_STEPS[0];
  const completion = stepCompletion(sectionData(section));
  const forecastSection = { revenueChoices: section.revenueChoices, economics: section.economics, burn: section.burn, costSources: section.costSources, startMonth: section.startMonth };
  const steps = WIZARD_STEPS.map((id) => ({ id, title: t(`steps.${id}`), complete: completion[id] }));

  return (
    <div className="space-y-4">
      <header className="print:hidden">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-600">{t("intro")}</p>
      </header>
      {/* The step list's screen-reader labels are absolutely positioned and would otherwise widen
          the page on a phone; clip (not hidden) keeps the guidance panel sticky. In print the
          canvas is positioned against the page, so this wrapper steps aside. */}
      <div className="relative overflow-x-clip [overflow-clip-margin:4px] print:static print:overflow-visible">
        <ClientMessages namespaces={["businessModel", "collaboration", "forecast"]}>
          <WizardShell storageKey={`${project.id}:business-model`} steps={steps} current={current} guidance={current === "canvas" ? undefined : <SectionGuidance namespace="businessModel" step={current} className="print:hidden" />}>
            {/* The nine blocks need the full width: the canvas's guidance goes below it. */}
            {current === "canvas" ? (
              <>
                <CanvasBoard projectId={project.id} notes={section.notes} canEdit={canEdit} />
                <SectionGuidance namespace="businessModel" step="canvas" className="print:hidden" />
              </>
            ) : null}
            {current === "direction" ? <DirectionTests projectId={project.id} tests={section.directionTests} canEdit={canEdit} /> : null}
            {current === "revenue" ? <RevenueModels projectId={project.id} choices={section.revenueChoices} canEdit={canEdit} currency={project.currency} /> : null}
            {current === "economics" ? (
              <UnitEconomicsForm projectId={project.id} economics={section.economics} choices={section.revenueChoices} routing={section.costSources.routing} canEdit={canEdit} currency={project.currency} />
            ) : null}
            {current === "burn" ? (
              <BurnRunway
                projectId={project.id}
                section={forecastSection}
                canEdit={canEdit}
                currency={project.currency}
              />
            ) : null}
            {current === "forecast" ? <ForecastView projectId={project.id} section={forecastSection} currency={project.currency} /> : null}
          </WizardShell>
        </ClientMessages>
      </div>
    </div>
  );
}
