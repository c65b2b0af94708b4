"use client";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { usePathname, useRouter } from "next/navigation";
import { useState } from "react";
import { Card } from "@/components/ui/card";
import { Field, invalidProps } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { saveUnitEconomicsAction, type ComputedNumbers } from "@/lib/business-model/actions";
import type { RevenueChoiceView } from "@/lib/business-model/data";
import { computeUnitEconomics, EMPTY_ECONOMICS, resolvePrimaryModel } from "@/lib/business-model/model";
import { INFERENCE_MODES, unitEconomicsFieldsSchema, type UnitEconomicsFields } from "@/lib/business-model/schema";
import { EconomicsResults } from "./economics-results";
import { asInput, parseFields } from "./form-values";
import { formatters } from "./format";

type Props = { projectId: string; economics: (UnitEconomicsFields & { version: number }) | null; choices: RevenueChoiceView[]; canEdit: boolean; currency: string };

const NUMBER_FIELDS = ["tokensPerUnit", "pricePerMillionTokens", "gpuHoursPerUnit", "gpuHourRate", "hostingPerUnit", "unitsPerCustomer", "cac"] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];

function initialValues(e: UnitEconomicsFields | null) {
  const stored = e ?? EMPTY_ECONOMICS;
  return {
    primaryModel: stored.primaryModel ?? "",
    inferenceMode: stored.inferenceMode as string,
    thirdPartyModelApi: stored.thirdPartyModelApi,
    modelProvider: stored.modelProvider,
    ...(Object.fromEntries(NUMBER_FIELDS.map((f) => [f, asInput(stored[f])])) as Record<NumberField, string>),
  };
}

export function UnitEconomicsForm({ projectId, economics, choices, canEdit, currency }: Props) {
  const t = useTranslations("businessModel.economics");
  const tRevenue = useTranslations("businessModel.revenue");
  const f = formatters(useLocale(), currency);
  const pathname = usePathname();
  const router = useRouter();
  const [server, setServer] = useState<ComputedNumbers | null>(null);
  const autosave = useAutosave({
    key: `unit-economics:${projectId}`,
    initial: initialValues(economics),
    version: economics?.version ?? 0,
    disabled: !canEdit,
    onSaved: () => router.refresh(),
    save: async (values, version) => {
      const result = await saveUnitEconomicsAction({ projectId, version, ...values });
      if (result.ok) setServer(result.data.computed);
      return result;
    },
  });
  const { values } = autosave;
  const { data, errors } = parseFields(unitEconomicsFieldsSchema, values, EMPTY_ECONOMICS);
  const error = (field: string) => errors[field] ?? autosave.fieldErrors[field];
  const id = (field: string) => `economics-${field}`;

  if (choices.length === 0) {
    return (
      <Card className="space-y-2">
        <p>{t("noModel")}</p>
        <Link className="text-brand-700 underline" href={`${pathname}?step=revenue`}>
          {t("goToRevenue")}
        </Link>
      </Card>
    );
  }

  const primaryModel = resolvePrimaryModel(
    choices.map((c) => c.model),
    data.primaryModel,
  );
  const primary = choices.find((c) => c.model === primaryModel)!;
  const result = computeUnitEconomics({ ...data, price: primary.price, churnPct: primary.churnPct });
  const numberField = (field: NumberField, label: string, hint?: string) => (
    <Field key={field} id={id(field)} label={label} hint={hint} error={error(field)}>
      <Input id={id(field)} inputMode="decimal" value={asInput(values[field])} disabled={!canEdit} onChange={(e) => autosave.set({ [field]: e.target.value })} {...invalidProps(id(field), error(field))} />
    </Field>
  );

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <div className="grid gap-4 lg:grid-cols-[1fr_18rem]">
        <div className="min-w-0 space-y-4">
          <Card className="space-y-3">
            <Field id={id("primaryModel")} label={t("primaryModel")} error={error("primaryModel")}>
              <Select id={id("primaryModel")} value={primaryModel ?? ""} disabled={!canEdit} onChange={(e) => autosave.set({ primaryModel: e.target.value })}>
                {choices.map((c) => (
                  <option key={c.model} value={c.model}>
                    {tRevenue(`models.${c.model}.name`)}
                  </option>
                ))}
              </Select>
            </Field>
            <p className="text-sm text-slate-600" data-testid="economics-from-model">
              {t("fromModel", {
                price: primary.price === null ? t("notSet") : f.unitMoney(primary.price),
                unit: primary.unit || t("notSet"),
                churn: primary.churnPct === null ? t("notSet") : f.percent(primary.churnPct),
              })}{" "}
              <Link className="text-brand-700 underline" href={`${pathname}?step=revenue`}>
                {t("editModel")}
              </Link>
            </p>
          </Card>
          <Card className="space-y-3">
            <h3 className="font-semibold">{t("inferenceHeading")}</h3>
            <Field id={id("inferenceMode")} label={t("inferenceMode")} error={error("inferenceMode")}>
              <Select id={id("inferenceMode")} value={values.inferenceMode} disabled={!canEdit} onChange={(e) => autosave.set({ inferenceMode: e.target.value })}>
                {INFERENCE_MODES.map((m) => (
                  <option key={m} value={m}>
                    {t(`modes.${m}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <div className="grid gap-3 sm:grid-cols-2">
              {data.inferenceMode === "gpu"
                ? [numberField("gpuHoursPerUnit", t("gpuHoursPerUnit")), numberField("gpuHourRate", t("gpuHourRate", { currency }))]
                : [numberField("tokensPerUnit", t("tokensPerUnit"), t("tokensHint")), numberField("pricePerMillionTokens", t("pricePerMillionTokens", { currency }))]}
              {numberField("hostingPerUnit", t("hostingPerUnit", { currency }), t("hostingHint"))}
            </div>
            <div className="space-y-1">
              <label className="flex items-start gap-2 text-sm font-medium">
                <input
                  type="checkbox"
                  className="mt-0.5 h-4 w-4"
                  checked={values.thirdPartyModelApi}
                  disabled={!canEdit}
                  onChange={(e) => autosave.set({ thirdPartyModelApi: e.target.checked })}
                  aria-describedby={id("thirdParty-hint")}
                />
                {t("thirdPartyModelApi")}
              </label>
              <p id={id("thirdParty-hint")} className="text-xs text-slate-500">
                {t("thirdPartyHint")}
              </p>
            </div>
            {values.thirdPartyModelApi ? (
              <Field id={id("modelProvider")} label={t("modelProvider")} error={error("modelProvider")}>
                <Input id={id("modelProvider")} value={values.modelProvider} disabled={!canEdit} onChange={(e) => autosave.set({ modelProvider: e.target.value })} {...invalidProps(id("modelProvider"), error("modelProvider"))} />
              </Field>
            ) : null}
          </Card>
          <Card className="space-y-3">
            <h3 className="font-semibold">{t("customerHeading")}</h3>
            <div className="grid gap-3 sm:grid-cols-2">
              {numberField("unitsPerCustomer", t("unitsPerCustomer"), t("unitsPerCustomerHint"))}
              {numberField("cac", t("cac", { currency }), t("cacHint"))}
            </div>
          </Card>
          <SaveStatus autosave={autosave} />
        </div>
        <EconomicsResults result={result} server={server} f={f} />
      </div>
    </div>
  );
}
