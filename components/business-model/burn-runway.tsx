"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Card } from "@/components/ui/card";
import { Field, invalidProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { saveBurnPlanAction } from "@/lib/business-model/actions";
import type { BusinessModelSection } from "@/lib/business-model/data";
import { EMPTY_BURN, evaluateBusinessModel } from "@/lib/business-model/model";
import { burnPlanFieldsSchema } from "@/lib/business-model/schema";
import { CostBreakdown, RunwayText } from "./cost-breakdown";
import { asInput, parseFields } from "./form-values";
import { formatters } from "./format";
import { PriceShock } from "./price-shock";
import { ProjectionChart } from "./projection-chart";

type Props = { projectId: string; section: Omit<BusinessModelSection, "notes" | "directionTests">; canEdit: boolean; currency: string };

const NUMBER_FIELDS = ["cashOnHand", "otherMonthlyCosts", "revenueGrowthPct"] as const;

export function BurnRunway({ projectId, section, canEdit, currency }: Props) {
  const t = useTranslations("businessModel.burn");
  const locale = useLocale();
  const f = formatters(locale, currency);
  const router = useRouter();
  const [shock, setShock] = useState(0);
  const stored = section.burn ?? EMPTY_BURN;
  const autosave = useAutosave({
    key: `burn-plan:${projectId}`,
    initial: {
      cashOnHand: asInput(stored.cashOnHand),
      otherMonthlyCosts: asInput(stored.otherMonthlyCosts),
      revenueGrowthPct: asInput(stored.revenueGrowthPct),
      otherCostsNote: stored.otherCostsNote,
      includeServingCost: stored.includeServingCost,
    },
    version: section.burn?.version ?? 0,
    disabled: !canEdit,
    onSaved: () => router.refresh(),
    save: (values, version) => saveBurnPlanAction({ projectId, version, ...values }),
  });
  const { values } = autosave;
  const { data, errors } = parseFields(burnPlanFieldsSchema, values, EMPTY_BURN);
  const error = (field: string) => errors[field] ?? autosave.fieldErrors[field];
  const id = (field: string) => `burn-${field}`;

  const inputs = {
    revenueChoices: section.revenueChoices,
    economics: section.economics,
    burn: data,
    teamCostByMonth: section.costSources.team.byMonth,
    computeMonthlyCost: section.costSources.compute.monthly,
  };
  const base = evaluateBusinessModel(inputs);
  const shocked = evaluateBusinessModel(inputs, shock);
  const labels = { cashOnHand: t("cashOnHand", { currency }), otherMonthlyCosts: t("otherMonthlyCosts", { currency }), revenueGrowthPct: t("revenueGrowthPct") };

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card className="min-w-0 space-y-4">
          <CostBreakdown projectId={projectId} burn={base.burn} primaryModel={base.primaryModel} servingCounted={data.includeServingCost} f={f} />
          <div className="rounded-md bg-slate-50 p-3" aria-live="polite">
            <p className="text-sm text-slate-600">{t("runway")}</p>
            <p className="text-2xl font-semibold" data-testid="runway">
              <RunwayText runway={base.burn.runway} f={f} />
            </p>
            {base.burn.projection[0]?.cash !== null ? (
              <p className="text-sm text-slate-600" data-testid="cash-out">
                {base.burn.cashOutMonth === null ? t("cashLasts", { months: base.burn.projection.length }) : t("cashOut", { month: base.burn.cashOutMonth })}
              </p>
            ) : null}
          </div>
        </Card>
        <Card className="min-w-0 space-y-3">
          <h3 className="font-semibold">{t("editInputs")}</h3>
          {NUMBER_FIELDS.map((field) => (
            <Field key={field} id={id(field)} label={labels[field]} hint={field === "revenueGrowthPct" ? t("revenueGrowthHint") : undefined} error={error(field)}>
              <Input id={id(field)} inputMode="decimal" value={asInput(values[field])} disabled={!canEdit} onChange={(e) => autosave.set({ [field]: e.target.value })} {...invalidProps(id(field), error(field))} />
            </Field>
          ))}
          <Field id={id("otherCostsNote")} label={t("otherCostsNote")} error={error("otherCostsNote")}>
            <Input
              id={id("otherCostsNote")}
              placeholder={t("otherCostsPlaceholder")}
              value={values.otherCostsNote}
              disabled={!canEdit}
              onChange={(e) => autosave.set({ otherCostsNote: e.target.value })}
              {...invalidProps(id("otherCostsNote"), error("otherCostsNote"))}
            />
          </Field>
          <div className="space-y-1">
            <label className="flex items-start gap-2 text-sm font-medium">
              <input
                type="checkbox"
                className="mt-0.5 h-4 w-4"
                checked={values.includeServingCost}
                disabled={!canEdit}
                aria-describedby={id("serving-hint")}
                onChange={(e) => autosave.set({ includeServingCost: e.target.checked })}
              />
              {t("includeServingCost")}
            </label>
            <p id={id("serving-hint")} className="text-xs text-slate-500">
              {t("includeServingHint")}
            </p>
          </div>
          <SaveStatus autosave={autosave} labels={{ ...labels, otherCostsNote: t("otherCostsNote"), includeServingCost: t("includeServingCost") }} />
        </Card>
      </div>
      <PriceShock shock={shock} onShock={setShock} base={base} shocked={shocked} thirdParty={section.economics?.thirdPartyModelApi ?? false} f={f} />
      <Card>
        <ProjectionChart projection={shocked.burn.projection} f={f} locale={locale} />
      </Card>
    </div>
  );
}
