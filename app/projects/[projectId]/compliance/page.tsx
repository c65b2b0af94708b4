import { getTranslations } from "next-intl/server";
import { ChecklistGroup } from "@/components/compliance/checklist-group";
import { ChecklistSetup, RefreshCatalogue } from "@/components/compliance/checklist-setup";
import { IpStrategy } from "@/components/compliance/ip-step";
import { ObligationsStep } from "@/components/compliance/obligations-step";
import { OWNER_SUGGESTIONS_ID } from "@/components/compliance/item-row";
import { SectionWizardPage } from "@/components/wizard/section-wizard-page";
import { stepFrom } from "@/components/wizard/step-param";
import { loadProjectAccess } from "@/lib/authz/gate";
import { can } from "@/lib/authz/permissions";
import { getComplianceSection, getObligationsStep } from "@/lib/compliance/data";
import { COMPLIANCE_STEPS, complianceStepsComplete, LAW_MARKETS, stepOf, TOPICS } from "@/lib/compliance/model";
import { obligationCalendar, obligationsComplete, obligationsFor, profileDefaults } from "@/lib/compliance/obligations";
import { getProject, planToday } from "@/lib/projects/data";

/** The checklist's steps, then the AI obligations calendar. */
const STEPS = [...COMPLIANCE_STEPS, "obligations"] as const;
type Step = (typeof STEPS)[number];

export default async function CompliancePage({ params, searchParams }: { params: Promise<{ projectId: string }>; searchParams: Promise<{ step?: string }> }) {
  const [{ projectId }, { step }] = await Promise.all([params, searchParams]);
  const access = await loadProjectAccess(projectId);
  const [project, section, obligations, t] = await Promise.all([getProject(access.projectId), getComplianceSection(access.projectId), getObligationsStep(access.projectId), getTranslations("compliance")]);
  const canEdit = can(access.role, "plan.edit") && project.archivedAt === null;
  const current: Step = stepFrom(STEPS, step);
  // Due dates are measured against today in the plan's time zone.
  const today = await planToday(access.projectId);
  const calendar = obligationCalendar(obligationsFor(obligations.profile ?? profileDefaults(obligations.signals)), obligations.records, today);
  const completion = { ...complianceStepsComplete(section.items, section.plan.ipStrategy), obligations: obligations.profile !== null && obligationsComplete(calendar) };
  const inStep = section.items.filter((i) => stepOf(i) === current);
  const group = { projectId: project.id, canEdit };

  return (
    <SectionWizardPage
      projectId={project.id}
      section="compliance"
      steps={STEPS}
      current={current}
      completion={completion}
      notice={
        <p className="mt-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="legal-disclaimer">
          {t("disclaimer")}
        </p>
      }
      before={
        <datalist id={OWNER_SUGGESTIONS_ID}>
          {section.ownerSuggestions.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      }
    >
      {section.items.length === 0 && current !== "obligations" ? <ChecklistSetup {...group} /> : null}
      {section.items.length > 0 && current === "laws"
        ? LAW_MARKETS.map((market) => (
            <ChecklistGroup key={market} {...group} market={market} heading={t(`markets.${market}`)} items={inStep.filter((i) => i.market === market)} notServedButton />
          ))
        : null}
      {section.items.length > 0 && current === "data" ? (
        <ChecklistGroup {...group} market="general" heading={t("markets.general")} items={inStep} topics={TOPICS.filter((tp) => tp !== "ip")} />
      ) : null}
      {current === "ip" ? <IpStrategy projectId={project.id} plan={section.plan} canEdit={canEdit} /> : null}
      {section.items.length > 0 && current === "ip" ? <ChecklistGroup {...group} market="general" heading={t("topics.ip")} items={inStep} topics={["ip"]} /> : null}
      {section.items.length > 0 && current === "laws" ? <RefreshCatalogue {...group} /> : null}
      {current === "obligations" ? <ObligationsStep projectId={project.id} data={obligations} today={today} canEdit={canEdit} /> : null}
    </SectionWizardPage>
  );
}
