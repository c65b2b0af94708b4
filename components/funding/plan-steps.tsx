"use client";
// The funding plan record (need, structure, budget, cost monitoring) is one autosaving record shown
// across two steps; both steps use the same hook key so a local draft follows the user.
import { useTranslations } from "next-intl";
import { Field, invalidProps } from "@/components/ui/field";
import { MoneyInput } from "@/components/ui/money-input";
import { Input, Textarea } from "@/components/ui/input";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave, type Autosave } from "@/components/wizard/use-autosave";
import { saveFundingPlanAction } from "@/lib/funding/actions";
import type { FundingPlanValues } from "@/lib/funding/model";
import { RunwayCard, type RunwaySource } from "./runway-card";

type PlanForm = { needAmount: string; needTiming: string; rationale: string; structure: string; budgetPlan: string; costMonitoring: string };
type PlanProps = { projectId: string; plan: FundingPlanValues & { version: number }; canEdit: boolean };

function usePlanAutosave({ projectId, plan, canEdit }: PlanProps) {
  return useAutosave<PlanForm>({
    key: `funding-plan:${projectId}`,
    initial: {
      needAmount: plan.needAmount === null ? "" : String(plan.needAmount),
      needTiming: plan.needTiming,
      rationale: plan.rationale,
      structure: plan.structure,
      budgetPlan: plan.budgetPlan,
      costMonitoring: plan.costMonitoring,
    },
    version: plan.version,
    disabled: !canEdit,
    save: (values, version) => saveFundingPlanAction({ projectId, version, ...values }),
  });
}

function TextArea({ autosave, field, label, hint, disabled }: { autosave: Autosave<PlanForm>; field: keyof PlanForm; label: string; hint?: string; disabled: boolean }) {
  const id = `funding-${field}`;
  const error = autosave.fieldErrors[field];
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <Textarea id={id} rows={3} value={autosave.values[field]} disabled={disabled} onChange={(e) => autosave.set({ [field]: e.target.value })} {...invalidProps(id, error)} />
    </Field>
  );
}

export function NeedStep(props: PlanProps & { currency: string; runway: RunwaySource }) {
  const t = useTranslations("funding");
  const autosave = usePlanAutosave(props);
  const disabled = !props.canEdit;
  const amountError = autosave.fieldErrors.needAmount;
  const timingError = autosave.fieldErrors.needTiming;
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="funding-needAmount" label={t("fields.needAmount")} hint={t("fields.needAmountHint", { currency: props.currency })} error={amountError}>
          <MoneyInput
            id="funding-needAmount"
            currency={props.currency}
            value={autosave.values.needAmount}
            disabled={disabled}
            onChange={(needAmount) => autosave.set({ needAmount })}
            {...invalidProps("funding-needAmount", amountError)}
          />
        </Field>
        <Field id="funding-needTiming" label={t("fields.needTiming")} hint={t("fields.needTimingHint")} error={timingError}>
          <Input id="funding-needTiming" value={autosave.values.needTiming} disabled={disabled} onChange={(e) => autosave.set({ needTiming: e.target.value })} {...invalidProps("funding-needTiming", timingError)} />
        </Field>
      </div>
      <TextArea autosave={autosave} field="rationale" label={t("fields.rationale")} hint={t("fields.rationaleHint")} disabled={disabled} />
      <TextArea autosave={autosave} field="structure" label={t("fields.structure")} hint={t("fields.structureHint")} disabled={disabled} />
      <SaveStatus autosave={autosave} labels={{ needAmount: t("fields.needAmount"), needTiming: t("fields.needTiming"), rationale: t("fields.rationale"), structure: t("fields.structure") }} />
      <RunwayCard source={props.runway} currency={props.currency} />
    </div>
  );
}

export function FinancialPlanStep(props: PlanProps) {
  const t = useTranslations("funding");
  const autosave = usePlanAutosave(props);
  const disabled = !props.canEdit;
  return (
    <div className="space-y-4">
      <TextArea autosave={autosave} field="budgetPlan" label={t("fields.budgetPlan")} hint={t("fields.budgetPlanHint")} disabled={disabled} />
      <TextArea autosave={autosave} field="costMonitoring" label={t("fields.costMonitoring")} hint={t("fields.costMonitoringHint")} disabled={disabled} />
      <SaveStatus autosave={autosave} labels={{ budgetPlan: t("fields.budgetPlan"), costMonitoring: t("fields.costMonitoring") }} />
    </div>
  );
}
