import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { IdentifySources } from "@/components/risks/identify-sources";
import { RiskRegister } from "@/components/risks/risk-register";
import { StepPanel } from "@/components/risks/step-panel";
import { GuidancePanel } from "@/components/wizard/guidance-panel";
import { WizardShell } from "@/components/wizard/wizard-shell";
import { loadProjectAccess } from "@/lib/authz/gate";
import { can } from "@/lib/authz/permissions";
import { getProject, planToday } from "@/lib/projects/data";
import { getRiskRegister, getRiskSuggestions } from "@/lib/risks/data";
import { PROCESS_STEPS, processCompletion, type ProcessStep } from "@/lib/risks/model";
import { parseRegisterQuery } from "@/lib/risks/register-query";

type SearchParams = Record<string, string | string[] | undefined>;

export default async function RisksPage({ params, searchParams }: { params: Promise<{ projectId: string }>; searchParams: Promise<SearchParams> }) {
  const [{ projectId }, search] = await Promise.all([params, searchParams]);
  const access = await loadProjectAccess(projectId);
  const step: ProcessStep = PROCESS_STEPS.find((s) => s === search.step) ?? "identify";
  const query = parseRegisterQuery(search);
  const today = await planToday(access.projectId);
  const openRiskId = typeof search.open === "string" ? search.open : null;

  const [project, register, suggestions, t] = await Promise.all([
    getProject(access.projectId),
    getRiskRegister(access.projectId, query, today),
    step === "identify" ? getRiskSuggestions(access.projectId) : null,
    getTranslations("risks"),
  ]);
  const canEdit = can(access.role, "plan.edit") && project.archivedAt === null;
  const complete = processCompletion(register.facts);
  const steps = PROCESS_STEPS.map((id) => ({ id, title: t(`steps.${id}`), complete: complete[id] }));

  return (
    <div className="space-y-4">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        <p className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-xs text-slate-600" data-testid="risk-convention">
          {t("convention")}
        </p>
      </header>
      <ClientMessages namespaces={["risks"]}>
        <WizardShell
          storageKey={`${access.projectId}:risks`}
          steps={steps}
          current={step}
          guidance={
            <GuidancePanel
              why={t(`guidance.${step}.why`)}
              good={t.raw(`guidance.${step}.good`) as string[]}
              mistakes={t.raw(`guidance.${step}.mistakes`) as string[]}
            />
          }
        >
          <StepPanel step={step} facts={register.facts} projectId={access.projectId} canEdit={canEdit} />
          {/* The register first; where new risks come from follows it. */}
          <RiskRegister register={register} query={query} step={step} projectId={access.projectId} canEdit={canEdit} today={today} openRiskId={openRiskId} />
          {suggestions ? <IdentifySources projectId={access.projectId} canEdit={canEdit} suggestions={suggestions} /> : null}
        </WizardShell>
      </ClientMessages>
    </div>
  );
}
