"use client";
import { useTranslations } from "next-intl";
import { Field, invalidProps } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { saveCompliancePlanAction } from "@/lib/compliance/actions";

export function IpStrategy({ projectId, plan, canEdit }: { projectId: string; plan: { ipStrategy: string; version: number }; canEdit: boolean }) {
  const t = useTranslations("compliance");
  const autosave = useAutosave<{ ipStrategy: string }>({
    key: `compliance-plan:${projectId}`,
    initial: { ipStrategy: plan.ipStrategy },
    version: plan.version,
    disabled: !canEdit,
    save: (values, version) => saveCompliancePlanAction({ projectId, version, ...values }),
  });
  const error = autosave.fieldErrors.ipStrategy;
  return (
    <div className="space-y-2">
      <Field id="compliance-ipStrategy" label={t("ipStrategy")} hint={t("ipStrategyHint")} error={error}>
        <Textarea id="compliance-ipStrategy" rows={5} value={autosave.values.ipStrategy} disabled={!canEdit} onChange={(e) => autosave.set({ ipStrategy: e.target.value })} {...invalidProps("compliance-ipStrategy", error)} />
      </Field>
      <SaveStatus autosave={autosave} labels={{ ipStrategy: t("ipStrategy") }} />
    </div>
  );
}
