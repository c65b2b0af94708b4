import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { CostSummary } from "@/components/team/cost-summary";
import { CoverageStep } from "@/components/team/coverage-step";
import { HireList } from "@/components/team/hire-list";
import { MembersStep } from "@/components/team/members-step";
import { RolesStep } from "@/components/team/roles-step";
import { StrategyStep } from "@/components/team/strategy-step";
import { TeamGuidance } from "@/components/team/team-guidance";
import { WizardShell } from "@/components/wizard/wizard-shell";
import { loadProjectAccess } from "@/lib/authz/gate";
import { can } from "@/lib/authz/permissions";
import { loadTeamPage } from "@/lib/team/data";
import { STEP_IDS, type StepId } from "@/lib/team/model";

function stepOf(value: unknown): StepId {
  return (STEP_IDS as readonly unknown[]).includes(value) ? (value as StepId) : "roles";
}

export default async function TeamPage({ params, searchParams }: { params: Promise<{ projectId: string }>; searchParams: Promise<{ step?: string }> }) {
  const [{ projectId }, { step }] = await Promise.all([params, searchParams]);
  const access = await loadProjectAccess(projectId);
  const { section, input, analysis } = await loadTeamPage(access.projectId);
  const t = await getTranslations("team");
  const current = stepOf(step);
  const canEdit = can(access.role, "plan.edit") && !section.archived;
  const steps = STEP_IDS.map((id) => ({ id, title: t(`steps.${id}`), complete: analysis.steps[id] }));
  const common = { projectId: access.projectId as string, canEdit };

  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      </header>
      <ClientMessages namespaces={["team", "stages"]}>
        <WizardShell storageKey={`${projectId}:team`} steps={steps} current={current} guidance={<TeamGuidance step={current} stage={section.stage} />}>
          {current === "roles" ? <RolesStep {...common} stage={section.stage} plan={section.plan} /> : null}
          {current === "members" ? <MembersStep {...common} members={section.members} equityTotal={analysis.equityTotal} currency={section.currency} /> : null}
          {current === "coverage" ? <CoverageStep {...common} plan={section.plan} members={section.members} analysis={analysis} /> : null}
          {current === "hiring" ? (
            <div className="space-y-4">
              <CostSummary series={analysis.costSeries} from={input.currentMonth} currency={section.currency} />
              <HireList {...common} hires={section.hires} currency={section.currency} />
            </div>
          ) : null}
          {current === "strategy" ? <StrategyStep {...common} strategy={section.strategy} /> : null}
        </WizardShell>
      </ClientMessages>
    </div>
  );
}
