"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Field, invalidProps } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { updateRevenueModelAction } from "@/lib/business-model/actions";
import type { RevenueChoiceView } from "@/lib/business-model/data";
import { lineRevenue, prospectsNeeded, REVENUE_MODEL_PARAMS } from "@/lib/business-model/model";
import { revenueModelFieldsSchema, type RevenueModelFields } from "@/lib/business-model/schema";
import { asInput, parseFields } from "./form-values";
import { formatters } from "./format";

const NUMBER_FIELDS = ["price", "monthlyVolume", "conversionPct", "churnPct"] as const;
const EMPTY: RevenueModelFields = { rationale: "", price: null, unit: "", monthlyVolume: null, conversionPct: null, churnPct: null };

export function RevenueModelForm({ projectId, choice, canEdit, currency }: { projectId: string; choice: RevenueChoiceView; canEdit: boolean; currency: string }) {
  const t = useTranslations("businessModel.revenue");
  const f = formatters(useLocale(), currency);
  const { model } = choice;
  const router = useRouter();
  const autosave = useAutosave({
    key: `revenue-model:${projectId}:${model}`,
    initial: {
      rationale: choice.rationale,
      unit: choice.unit,
      price: asInput(choice.price),
      monthlyVolume: asInput(choice.monthlyVolume),
      conversionPct: asInput(choice.conversionPct),
      churnPct: asInput(choice.churnPct),
    },
    version: choice.version,
    disabled: !canEdit,
    // Step completion and totals on the page follow each acknowledged save.
    onSaved: () => router.refresh(),
    save: (values, version) => updateRevenueModelAction({ projectId, model, version, ...values }),
  });
  const { data, errors } = parseFields(revenueModelFieldsSchema, autosave.values, EMPTY);
  const error = (field: string) => errors[field] ?? autosave.fieldErrors[field];
  const params = REVENUE_MODEL_PARAMS[model];
  const id = (field: string) => `revenue-${model}-${field}`;
  const revenue = lineRevenue({ model, ...data });
  const prospects = prospectsNeeded({ model, ...data });
  const shown = NUMBER_FIELDS.filter((field) => (field === "conversionPct" ? params.conversion : field === "churnPct" ? params.churn : true));
  const label = (field: (typeof NUMBER_FIELDS)[number]) => (field === "price" ? t("price", { currency }) : t(field));
  const hint = (field: (typeof NUMBER_FIELDS)[number]) => (field === "conversionPct" ? t("conversionHint") : field === "churnPct" ? t("churnHint") : undefined);

  return (
    <div className="space-y-3 border-t pt-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <Field id={id("unit")} label={t("unit")} hint={t("unitHint", { example: t(`models.${model}.unitExample`) })} error={error("unit")}>
          <Input id={id("unit")} value={autosave.values.unit} disabled={!canEdit} onChange={(e) => autosave.set({ unit: e.target.value })} {...invalidProps(id("unit"), error("unit"))} />
        </Field>
        {shown.map((field) => (
          <Field key={field} id={id(field)} label={label(field)} hint={hint(field)} error={error(field)}>
            <Input
              id={id(field)}
              inputMode="decimal"
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
      <p className="text-sm">
        {t("lineRevenue")}: <strong data-testid="line-revenue">{f.money(revenue)}</strong>
        {prospects !== null ? <span className="ml-2 text-slate-600">{t("prospects", { conversion: f.number(data.conversionPct), prospects: f.number(prospects, 0) })}</span> : null}
      </p>
      <SaveStatus autosave={autosave} labels={{ rationale: t("rationale"), unit: t("unit"), price: t("price", { currency }), monthlyVolume: t("monthlyVolume"), conversionPct: t("conversionPct"), churnPct: t("churnPct") }} />
    </div>
  );
}
