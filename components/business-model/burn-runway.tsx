"use client";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { runwayText } from "@/components/forecast/runway-text";
import { Card } from "@/components/ui/card";
import { Field, invalidProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { MoneyInput } from "@/components/ui/money-input";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { saveBurnPlanAction } from "@/lib/business-model/actions";
import type { BusinessModelSection } from "@/lib/business-model/data";
import { evaluateBusinessModel } from "@/lib/business-model/evaluate";
import { EMPTY_BURN } from "@/lib/business-model/model";
import { burnPlanFieldsSchema } from "@/lib/business-model/schema";
import { SCENARIOS } from "@/lib/forecast/model";
import { CostBreakdown } from "./cost-breakdown";
import { CreditsOutlook } from "./credits-outlook";
import { asInput, parseFields } from "./form-values";
import { formatters } from "./format";
import { PriceShock } from "./price-shock";

type Props = { projectId: string; section: Omit<BusinessModelSection, "notes" | "directionTests">; canEdit: boolean; currency: string };

export function BurnRunway({ projectId, section, canEdit, currency }: Props) {
  const t = useTranslations("businessModel.burn");
  const tRunway = useTranslations("forecast.runway");
  const tForecast = useTranslations("forecast");
  const locale = useLocale();
  const f = formatters(locale, currency);
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
    save: (values, version) => saveBurnPlanAction({ projectId, version, ...values }),
  });
  const { values } = autosave;
  const { data, errors } = parseFields(burnPlanFieldsSchema, values, EMPTY_BURN);
  const error = (field: string) => errors[field] ?? autosave.fieldErrors[field];
  const id = (field: string) => `burn-${field}`;

  const inputs = { startMonth: section.startMonth, revenueChoices: section.revenueChoices, economics: section.economics, burn: data, costs: section.costSources };
  const base = evaluateBusinessModel(inputs);
  const shocked = evaluateBusinessModel(inputs, { ...SCENARIOS.base, inferencePriceChangePct: shock });
  const labels = { cashOnHand: t("cashOnHand", { currency }), otherMonthlyCosts: t("otherMonthlyCosts", { currency }), revenueGrowthPct: t("revenueGrowthPct") };

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card className="min-w-0 space-y-4">
          <CostBreakdown projectId={projectId} month={base.forecast.months[0]} costsKnown={base.forecast.costsKnown} servingCounted={data.includeServingCost} f={f} />
          <div className="space-y-2 rounded-md bg-slate-50 p-3" aria-live="polite">
            <div>
              <p className="text-sm text-slate-600">{tRunway("withoutRaise")}</p>
              <p className="text-xl font-semibold" data-testid="runway">
                {runwayText(base.forecast.runway, tRunway, locale)}
              </p>
            </div>
            <div>
              <p className="text-sm text-slate-600">{tRunway("withRaise")}</p>
              <p className="font-semibold" data-testid="runway-with-raise">
                {runwayText(base.forecast.runwayWithRaise, tRunway, locale)}
              </p>
            </div>
            <CreditsOutlook outlook={base.forecast.credits} f={f} />
            <p className="text-xs text-slate-600">{tRunway("definition")}</p>
            <Link className="text-sm text-brand-700 underline" href="?step=forecast">
              {tForecast("goToForecast")}
            </Link>
          </div>
        </Card>
        <Card className="min-w-0 space-y-3">
          <h3 className="font-semibold">{t("editInputs")}</h3>
          {(["cashOnHand", "otherMonthlyCosts"] as const).map((field) => (
            <Field key={field} id={id(field)} label={labels[field]} error={error(field)}>
              <MoneyInput id={id(field)} currency={currency} value={values[field]} disabled={!canEdit} onChange={(v) => autosave.set({ [field]: v })} {...invalidProps(id(field), error(field))} />
            </Field>
          ))}
          <Field id={id("revenueGrowthPct")} label={labels.revenueGrowthPct} hint={t("revenueGrowthHint")} error={error("revenueGrowthPct")}>
            <Input
              id={id("revenueGrowthPct")}
              inputMode="decimal"
              value={values.revenueGrowthPct}
              disabled={!canEdit}
              onChange={(e) => autosave.set({ revenueGrowthPct: e.target.value })}
              {...invalidProps(id("revenueGrowthPct"), error("revenueGrowthPct"))}
            />
          </Field>
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
    </div>
  );
}
