"use client";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { saveResearchAction } from "@/lib/market/actions";
import { RESEARCH_STEPS, researchStepsDone, type ResearchPlan } from "@/lib/market/model";
import { TextAreaField } from "@/components/wizard/record-fields";

export function ResearchStep({ projectId, research, canEdit }: { projectId: string; research: (ResearchPlan & { version: number }) | null; canEdit: boolean }) {
  const t = useTranslations("market.research");
  const { version, ...initial } = research ?? { objective: "", dataCollection: "", analysis: "", findings: "", version: 0 };
  const autosave = useAutosave<ResearchPlan>({
    key: `market-research:${projectId}`,
    initial,
    version,
    disabled: !canEdit,
    save: (values, v) => saveResearchAction({ projectId, version: v, ...values }),
  });
  const labels = Object.fromEntries(RESEARCH_STEPS.map((s) => [s, t(s)]));
  return (
    <Card className="space-y-4">
      <p className="text-sm text-slate-600" data-testid="research-progress">
        {t("stepsDone", { done: researchStepsDone(autosave.values) })}
      </p>
      {RESEARCH_STEPS.map((step) => (
        <TextAreaField key={step} autosave={autosave} field={step} idPrefix="research" label={t(step)} hint={t(`${step}Hint`)} disabled={!canEdit} rows={4} />
      ))}
      <SaveStatus autosave={autosave} labels={labels} />
    </Card>
  );
}
