"use client";
import { useLocale, useTranslations } from "next-intl";
import { Field, invalidProps } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { MoneyInput } from "@/components/ui/money-input";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { updateRevenueModelAction } from "@/lib/business-model/actions";
import type { RevenueChoiceView } from "@/lib/business-model/data";
import { forecastInput } from "@/lib/business-model/evaluate";
import { REVENUE_MODEL_PARAMS } from "@/lib/business-model/model";
import { revenueModelFieldsSchema, type RevenueModelFields } from "@/lib/business-model/schema";
import { rampEndMonth, streamMonth } from "@/lib/forecast/model";
import { asInput, parseFields } from "./form-values";
import { formatters } from "./format";

const NUMBER_FIELDS = ["currentVolume", "monthlyVolume", "rampMonths", "conversionPct", "churnPct"] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];
const EMPTY: RevenueModelFields = { rationale: "", price: null, unit: "", currentVolume: null, monthlyVolume: null, rampMonths: null, conversionPct: null, churnPct: null };

export function RevenueModelForm({ projectId, choice, canEdit, currency }: { projectId: string; choice: RevenueChoiceView; canEdit: boolean; currency: string }) {
  const t = useTranslations("businessModel.revenue");
  const f = formatters(useLocale(), currency);
  const { model } = choice;
  const autosave = useAutosave({
    key: `revenue-model:${projectId}:${model}`,
    initial: {
      rationale: choice.rationale,
      unit: choice.unit,
      price: asInput(choice.price),
      ...(Object.fromEntries(NUMBER_FIELDS.map((field) => [field, asInput(choice[field])])) as Record<NumberField, string>),
    },
    version: choice.version,
    disabled: !canEdit,
    // Step completion and totals on the page follow each acknowledged save.
    save: (values, version) => updateRevenueModelAction({ projectId, model, version, ...values }),
  });
  const { data, errors } = parseFields(revenueModelFieldsSchema, autosave.values, EMPTY);
  const error = (field: string) => errors[field] ?? autosave.fieldErrors[field];
  const params = REVENUE_MODEL_PARAMS[model];
  const id = (field: string) => `revenue-${model}-${field}`;
  const live = { ...choice, ...data };
  // The same stream the forecast builds, so the preview and the forecast agree.
  const [stream] = forecastInput({ startMonth: "2000-01", revenueChoices: [live], economics: null, burn: null, costs: { team: { memberMonthlyCost: 0, hireCostSteps: [] }, computeMonthlyCost: 0, rounds: [] } }).streams;
  const funnelAt = rampEndMonth(stream);
  const funnel = streamMonth(stream, funnelAt);
  const shown = NUMBER_FIELDS.filter((field) => (field === "conversionPct" ? params.conversion : field === "churnPct" ? params.churn : true));
  const hint = (field: NumberField) =>
    field === "conversionPct" ? t("conversionHint") : field === "churnPct" ? t("churnHint") : field === "currentVolume" ? t("currentVolumeHint") : field === "rampMonths" ? t("rampHint") : undefined;
  // Unknown without a price; with one, nothing sold yet is 0 today.
  const revenueToday = data.price === null ? null : data.price * (data.currentVolume ?? 0);
  const revenueExpected = data.price === null || data.monthlyVolume === null ? null : data.price * data.monthlyVolume;

  return (
    <div className="space-y-3 border-t pt-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <Field id={id("unit")} label={t("unit")} hint={t("unitHint", { example: t(`models.${model}.unitExample`) })} error={error("unit")}>
          <Input id={id("unit")} value={autosave.values.unit} disabled={!canEdit} onChange={(e) => autosave.set({ unit: e.target.value })} {...invalidProps(id("unit"), error("unit"))} />
        </Field>
        <Field id={id("price")} label={t("price", { currency })} error={error("price")}>
          <MoneyInput id={id("price")} currency={currency} value={autosave.values.price} disabled={!canEdit} onChange={(price) => autosave.set({ price })} {...invalidProps(id("price"), error("price"))} />
        </Field>
        {shown.map((field) => (
          <Field key={field} id={id(field)} label={t(field)} hint={hint(field)} error={error(field)}>
            <Input
              id={id(field)}
              inputMode={field === "rampMonths" ? "numeric" : "decimal"}
              value={asInput(autosave.values[field])}
              disabled={!canEdit}
              onChange={(e) => autosave.set({ [field]: e.target.value })}
              {...invalidProps(id(field), error(field))}
            />
          </Field>
        ))}
      </div>
      <Field id={id("rationale")} label={t("rationale")} error={error("rationale")}>
        <Textarea id={id("rationale")} rows={2} value={autosave.values.rationale} disabled={!canEdit} onChange={(e) => autosave.set({ rationale: e.target.value })} {...invalidProps(id("rationale"), error("rationale"))} />
      </Field>
      <div className="space-y-1 text-sm">
        <p>
          {t("lineRevenue")}: <strong data-testid="line-revenue">{f.money(revenueToday)}</strong>
          <span className="ml-3 text-slate-600">
            {t("expectedRevenue")}: <span data-testid="expected-revenue">{f.money(revenueExpected)}</span>
          </span>
        </p>
        {funnel.newCustomers > 0 ? (
          <p className="text-slate-600" data-testid="funnel">
            {funnel.prospects !== null
              ? t("funnel", { month: funnelAt, newCustomers: f.number(funnel.newCustomers, 1), replacing: f.number(funnel.churnedCustomers, 1), prospects: f.number(Math.ceil(funnel.prospects), 0), conversion: f.number(data.conversionPct) })
              : t("funnelNoConversion", { month: funnelAt, newCustomers: f.number(funnel.newCustomers, 1), replacing: f.number(funnel.churnedCustomers, 1) })}
          </p>
        ) : null}
      </div>
      <SaveStatus
        autosave={autosave}
        labels={{ rationale: t("rationale"), unit: t("unit"), price: t("price", { currency }), ...Object.fromEntries(NUMBER_FIELDS.map((field) => [field, t(field)])) }}
      />
    </div>
  );
}
