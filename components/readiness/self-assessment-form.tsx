"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Field, invalidProps } from "@/components/ui/field";
import { Select, Textarea } from "@/components/ui/input";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { saveSelfAssessmentAction } from "@/lib/readiness/actions";
import type { CriterionId } from "@/lib/readiness/rubric";
import { EVIDENCE_MAX } from "@/lib/readiness/schema";

type Values = { rating: number; evidence: string };

/** The founder's own rating and evidence for a criterion the plan's data cannot rate yet. */
export function SelfAssessmentForm({
  projectId,
  criterionId,
  criterionLabel,
  initial,
  version,
  disabled,
}: {
  projectId: string;
  criterionId: CriterionId;
  criterionLabel: string;
  initial: Values;
  version: number;
  disabled: boolean;
}) {
  const t = useTranslations("readiness");
  const router = useRouter();
  const autosave = useAutosave<Values>({
    key: `readiness-self:${projectId}:${criterionId}`,
    initial,
    version,
    disabled,
    save: (values, v) => saveSelfAssessmentAction({ projectId, criterionId, rating: values.rating, evidence: values.evidence, version: v }),
    // The page recomputes the score from the stored assessment (never from what the client sends).
    onSaved: () => router.refresh(),
  });
  const { values, fieldErrors } = autosave;
  const ratingId = `self-rating-${criterionId}`;
  const evidenceId = `self-evidence-${criterionId}`;
  return (
    <div className="space-y-2 rounded-md border border-amber-200 bg-amber-50/40 p-3" data-testid={`self-assessment-${criterionId}`}>
      <p className="text-xs font-semibold text-slate-700">{t("selfForm.title")}</p>
      <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
        <Field id={ratingId} label={t("selfForm.rating", { criterion: criterionLabel })} error={fieldErrors.rating}>
          <Select id={ratingId} value={values.rating} disabled={disabled} onChange={(e) => autosave.set({ rating: Number(e.target.value) })} {...invalidProps(ratingId, fieldErrors.rating)}>
            {[0, 1, 2].map((r) => (
              <option key={r} value={r}>
                {t("selfForm.ratingOption", { rating: r, name: t(`ratingNames.r${r}`) })}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={evidenceId} label={t("selfForm.evidence", { criterion: criterionLabel })} hint={t("selfForm.evidenceHint")} error={fieldErrors.evidence}>
          <Textarea
            id={evidenceId}
            rows={2}
            maxLength={EVIDENCE_MAX}
            value={values.evidence}
            disabled={disabled}
            onChange={(e) => autosave.set({ evidence: e.target.value })}
            {...invalidProps(evidenceId, fieldErrors.evidence)}
          />
        </Field>
      </div>
      {!disabled ? <SaveStatus autosave={autosave} labels={{ rating: t("selfForm.rating", { criterion: criterionLabel }), evidence: t("selfForm.evidence", { criterion: criterionLabel }) }} /> : null}
    </div>
  );
}
