import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { groupsCovered, processCompletion, REQUIRED_GROUPS, RISK_RESPONSES, type ProcessStep, type RegisterFacts } from "@/lib/risks/model";
import { AddRiskForm } from "./add-risk-form";

type Props = {
  step: ProcessStep;
  facts: RegisterFacts;
  projectId: string;
  canEdit: boolean;
};

/** What the current step of identify → assess → respond → monitor → adjust asks of the founder now;
 * on "identify", the form for a risk in the founder's own words (suggestions and library follow the register). */
export async function StepPanel({ step, facts, projectId, canEdit }: Props) {
  const t = await getTranslations("risks");
  const done = processCompletion(facts)[step];
  const base = `/projects/${projectId}/risks`;
  const covered = groupsCovered(facts.categoriesCovered);
  const missing = REQUIRED_GROUPS.filter((g) => !covered.includes(g));

  return (
    <div className="space-y-4">
      <Card className="space-y-2" data-testid="step-panel" data-step={step} data-complete={done}>
        <p className="text-sm text-slate-700">{t(`stepIntro.${step}`)}</p>
        <p className="text-sm font-medium" data-testid="step-status">
          {step === "identify" ? (missing.length === 0 ? t("status.identifyDone") : t("status.identifyMissing", { groups: missing.map((g) => t(`groups.${g}`)).join(", ") })) : null}
          {step === "assess" ? t("status.assessCount", { total: facts.rated, high: facts.highOpen }) : null}
          {step === "respond" ? (facts.highOpen === facts.highWithResponseAndContingency ? t("status.respondDone") : t("status.respondMissing", { count: facts.highOpen - facts.highWithResponseAndContingency })) : null}
          {step === "monitor" ? t("status.monitorSummary", { withDate: facts.withReviewDate, open: facts.open, overdue: facts.overdueReviews }) : null}
          {step === "adjust" ? t("status.adjustSummary", { reviewed: facts.reviewed }) : null}
        </p>
        {step === "respond" ? (
          <>
            <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
              {RISK_RESPONSES.map((r) => (
                <li key={r}>{t(`responsesExplained.${r}`)}</li>
              ))}
            </ul>
            <Link className="text-sm text-brand-700 underline" href={`${base}?step=respond&band=high`}>
              {t("status.showHigh")}
            </Link>
          </>
        ) : null}
        {step === "monitor" && facts.overdueReviews > 0 ? (
          <Link className="text-sm text-brand-700 underline" href={`${base}?step=monitor&overdue=1&sort=review`}>
            {t("status.showOverdue")}
          </Link>
        ) : null}
        <p className="text-xs text-slate-600">{t("sourcesNote")}</p>
      </Card>
      {step === "identify" ? <AddRiskForm projectId={projectId} canEdit={canEdit} /> : null}
    </div>
  );
}
