"use client";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { Card } from "@/components/ui/card";
import { Field, invalidProps } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { MoneyInput } from "@/components/ui/money-input";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { saveModelEconomicsAction, saveUnitEconomicsAction, type ComputedNumbers } from "@/lib/business-model/actions";
import type { RevenueChoiceView } from "@/lib/business-model/data";
import { EMPTY_ECONOMICS, modelEconomics, resolvePrimaryModel } from "@/lib/business-model/model";
import { INFERENCE_MODES, modelEconomicsFieldsSchema, unitEconomicsFieldsSchema, type ModelEconomicsFields, type UnitEconomicsFields } from "@/lib/business-model/schema";
import type { RevenueModelId } from "@/lib/plan/facts";
import { EconomicsResults } from "./economics-results";
import { asInput, parseFields } from "./form-values";
import { formatters, type Formatters } from "./format";
import { ServingSource } from "./serving-source";
import type { RoutedServing, RoutedServingByModel } from "@/lib/ai-pricing/serving";

type Props = {
  projectId: string;
  economics: (UnitEconomicsFields & { version: number }) | null;
  choices: RevenueChoiceView[];
  canEdit: boolean;
  currency: string;
  /** The routing mixes' serving cost per revenue model (Platform & resources); replaces the blended price. */
  routing?: RoutedServingByModel;
};

const COUNT_FIELDS = ["unitsPerCustomer", "inputTokensPerUnit", "cachedInputTokensPerUnit", "outputTokensPerUnit", "gpuHoursPerUnit"] as const;
const MONEY_FIELDS = ["cac", "inputPricePerMillion", "cachedInputPricePerMillion", "outputPricePerMillion", "gpuHourRate", "hostingPerUnit"] as const;
type NumberField = (typeof COUNT_FIELDS)[number] | (typeof MONEY_FIELDS)[number];
const NUMBER_FIELDS = [...COUNT_FIELDS, ...MONEY_FIELDS] as const;

const EMPTY_MODEL: ModelEconomicsFields = {
  unitsPerCustomer: null,
  cac: null,
  inferenceMode: "tokens",
  inputTokensPerUnit: null,
  cachedInputTokensPerUnit: null,
  outputTokensPerUnit: null,
  inputPricePerMillion: null,
  cachedInputPricePerMillion: null,
  outputPricePerMillion: null,
  gpuHoursPerUnit: null,
  gpuHourRate: null,
  hostingPerUnit: null,
};

export function UnitEconomicsForm({ projectId, economics, choices, canEdit, currency, routing }: Props) {
  const t = useTranslations("businessModel.economics");
  const tRevenue = useTranslations("businessModel.revenue");
  const pathname = usePathname();
  const stored = economics ?? EMPTY_ECONOMICS;
  const primary = resolvePrimaryModel(
    choices.map((c) => c.model),
    stored.primaryModel,
  );
  const [editing, setEditing] = useState<RevenueModelId | null>(primary);
  const [server, setServer] = useState<ComputedNumbers | null>(null);

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
  const choice = choices.find((c) => c.model === editing) ?? choices[0];

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <ProjectSettings projectId={projectId} economics={economics} choices={choices} canEdit={canEdit} onServer={setServer} />
      <Field id="economics-editing" label={t("editing")}>
        <Select id="economics-editing" value={choice.model} onChange={(e) => setEditing(e.target.value as RevenueModelId)}>
          {choices.map((c) => (
            <option key={c.model} value={c.model}>
              {tRevenue(`models.${c.model}.name`)}
            </option>
          ))}
        </Select>
      </Field>
      {/* One form per model: switching models never carries one model's draft into another. */}
      <ModelEconomicsForm
        key={choice.model}
        projectId={projectId}
        choice={choice}
        routed={routing?.[choice.model]}
        canEdit={canEdit}
        currency={currency}
        server={choice.model === primary ? server : null}
        onServer={setServer}
      />
    </div>
  );
}

function ProjectSettings({ projectId, economics, choices, canEdit, onServer }: Omit<Props, "currency" | "routing"> & { onServer: (c: ComputedNumbers) => void }) {
  const t = useTranslations("businessModel.economics");
  const tRevenue = useTranslations("businessModel.revenue");
  const stored = economics ?? EMPTY_ECONOMICS;
  const autosave = useAutosave({
    key: `unit-economics:${projectId}`,
    initial: { primaryModel: stored.primaryModel ?? "", thirdPartyModelApi: stored.thirdPartyModelApi, modelProvider: stored.modelProvider },
    version: economics?.version ?? 0,
    disabled: !canEdit,
    save: async (values, version) => {
      const result = await saveUnitEconomicsAction({ projectId, version, ...values });
      if (result.ok) onServer(result.data.computed);
      return result;
    },
  });
  const { values } = autosave;
  const { errors } = parseFields(unitEconomicsFieldsSchema, values, EMPTY_ECONOMICS);
  const error = (field: string) => errors[field] ?? autosave.fieldErrors[field];
  const id = (field: string) => `economics-${field}`;
  const primary = resolvePrimaryModel(
    choices.map((c) => c.model),
    (values.primaryModel || null) as RevenueModelId | null,
  );
  return (
    <Card className="space-y-3">
      <h3 className="font-semibold">{t("projectHeading")}</h3>
      <Field id={id("primaryModel")} label={t("primaryModel")} error={error("primaryModel")}>
        <Select id={id("primaryModel")} value={primary ?? ""} disabled={!canEdit} onChange={(e) => autosave.set({ primaryModel: e.target.value })}>
          {choices.map((c) => (
            <option key={c.model} value={c.model}>
              {tRevenue(`models.${c.model}.name`)}
            </option>
          ))}
        </Select>
      </Field>
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
      <SaveStatus autosave={autosave} labels={{ primaryModel: t("primaryModel"), thirdPartyModelApi: t("thirdPartyModelApi"), modelProvider: t("modelProvider") }} />
    </Card>
  );
}

function ModelEconomicsForm({
  projectId,
  choice,
  routed,
  canEdit,
  currency,
  server,
  onServer,
}: {
  projectId: string;
  choice: RevenueChoiceView;
  routed: RoutedServing | undefined;
  canEdit: boolean;
  currency: string;
  server: ComputedNumbers | null;
  onServer: (c: ComputedNumbers) => void;
}) {
  const t = useTranslations("businessModel.economics");
  const f: Formatters = formatters(useLocale(), currency);
  const pathname = usePathname();
  const { model } = choice;
  const autosave = useAutosave({
    key: `model-economics:${projectId}:${model}`,
    initial: { inferenceMode: choice.inferenceMode as string, ...(Object.fromEntries(NUMBER_FIELDS.map((field) => [field, asInput(choice[field])])) as Record<NumberField, string>) },
    version: choice.version,
    disabled: !canEdit,
    save: async (values, version) => {
      const result = await saveModelEconomicsAction({ projectId, model, version, ...values });
      if (result.ok) onServer(result.data.computed);
      return result;
    },
  });
  const { values } = autosave;
  const { data, errors } = parseFields(modelEconomicsFieldsSchema, values, EMPTY_MODEL);
  const error = (field: string) => errors[field] ?? autosave.fieldErrors[field];
  const id = (field: string) => `economics-${field}`;
  const result = modelEconomics({ ...choice, ...data }, 0, routed);
  const label = (field: NumberField) => t(field, { currency });
  const hint = (field: NumberField) => (field === "inputTokensPerUnit" ? t("tokensHint") : field === "hostingPerUnit" ? t("hostingHint") : field === "unitsPerCustomer" ? t("unitsPerCustomerHint") : field === "cac" ? t("cacHint") : undefined);
  const numberField = (field: NumberField) => (
    <Field key={field} id={id(field)} label={label(field)} hint={hint(field)} error={error(field)}>
      {(MONEY_FIELDS as readonly string[]).includes(field) ? (
        <MoneyInput id={id(field)} currency={currency} value={values[field]} disabled={!canEdit} onChange={(v) => autosave.set({ [field]: v })} {...invalidProps(id(field), error(field))} />
      ) : (
        <Input id={id(field)} inputMode="decimal" value={values[field]} disabled={!canEdit} onChange={(e) => autosave.set({ [field]: e.target.value })} {...invalidProps(id(field), error(field))} />
      )}
    </Field>
  );
  const served =
    data.inferenceMode === "gpu"
      ? [numberField("gpuHoursPerUnit"), numberField("gpuHourRate")]
      : data.inferenceMode === "tokens"
        ? [numberField("inputTokensPerUnit"), numberField("inputPricePerMillion"), numberField("cachedInputTokensPerUnit"), numberField("cachedInputPricePerMillion"), numberField("outputTokensPerUnit"), numberField("outputPricePerMillion")]
        : [];

  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_18rem]">
      <div className="min-w-0 space-y-4">
        <p className="text-sm text-slate-600" data-testid="economics-from-model">
          {t("fromModel", {
            price: choice.price === null ? t("notSet") : f.money(choice.price),
            unit: choice.unit || t("notSet"),
            churn: choice.churnPct === null ? t("notSet") : f.percent(choice.churnPct),
          })}{" "}
          <Link className="text-brand-700 underline" href={`${pathname}?step=revenue`}>
            {t("editModel")}
          </Link>
        </p>
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
          <ServingSource projectId={projectId} routed={routed} f={f} />
          <div className="grid gap-3 sm:grid-cols-2">
            {served}
            {numberField("hostingPerUnit")}
          </div>
        </Card>
        <Card className="space-y-3">
          <h3 className="font-semibold">{t("customerHeading")}</h3>
          <div className="grid gap-3 sm:grid-cols-2">
            {numberField("unitsPerCustomer")}
            {numberField("cac")}
          </div>
        </Card>
        <SaveStatus autosave={autosave} labels={{ inferenceMode: t("inferenceMode"), ...Object.fromEntries(NUMBER_FIELDS.map((field) => [field, label(field)])) }} />
      </div>
      <EconomicsResults result={result} server={server} f={f} />
    </div>
  );
}
