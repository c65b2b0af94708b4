"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ActionButton } from "@/components/wizard/action-button";
import { DateField, NumberField, SelectField, TextAreaField, TextField } from "@/components/wizard/record-fields";
import { AddRowForm, DeleteRowButton } from "@/components/wizard/row-controls";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { addCustomModelAction, deletePriceEntryAction, overrideModelAction, saveAiSettingsAction, updatePriceEntryAction } from "@/lib/ai-pricing/actions";
import { SHIPPED_PRICES } from "@/lib/ai-pricing/catalogue";
import type { AiCostPlan } from "@/lib/ai-pricing/data";
import { needsPriceCheck, PRICE_CURRENCIES, type ShippedPrice } from "@/lib/ai-pricing/model";
import { formatNumber } from "@/lib/i18n/format";
import { asText } from "./typed";

type Entry = AiCostPlan["priceEntries"][number];

export function PriceBookStep({ projectId, plan, today, canEdit }: { projectId: string; plan: AiCostPlan; today: string; canEdit: boolean }) {
  const t = useTranslations("aiCost.prices");
  const own = new Map(plan.priceEntries.map((e) => [e.modelKey, e]));
  const custom = plan.priceEntries.filter((e) => !SHIPPED_PRICES.some((s) => s.id === e.modelKey));
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <SettingsCard projectId={projectId} plan={plan} canEdit={canEdit} />
      <h3 className="text-base font-semibold">{t("shippedTitle")}</h3>
      <p className="text-xs text-slate-600">{t("shippedHint")}</p>
      <ul className="space-y-3" data-testid="price-book">
        {SHIPPED_PRICES.map((row) => {
          const override = own.get(row.id);
          return (
            <li key={row.id}>
              {override ? (
                <PriceEntryCard projectId={projectId} entry={override} shipped={row} today={today} canEdit={canEdit} />
              ) : (
                <ShippedRow projectId={projectId} row={row} today={today} canEdit={canEdit} />
              )}
            </li>
          );
        })}
      </ul>
      <h3 className="text-base font-semibold">{t("customTitle")}</h3>
      <AddRowForm id="new-custom-model" label={t("addLabel")} placeholder={t("addPlaceholder")} buttonLabel={t("add")} disabled={!canEdit} onAdd={(name) => addCustomModelAction({ projectId, name })} />
      {custom.length === 0 ? <p className="text-sm text-slate-500">{t("customEmpty")}</p> : null}
      <ul className="space-y-3" data-testid="custom-prices">
        {custom.map((entry) => (
          <li key={entry.id}>
            <PriceEntryCard projectId={projectId} entry={entry} shipped={null} today={today} canEdit={canEdit} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function Prices({ row }: { row: Pick<ShippedPrice, "currency" | "inputPerM" | "cachedInputPerM" | "outputPerM" | "batchDiscountPct"> }) {
  const t = useTranslations("aiCost.prices");
  const locale = useLocale();
  const n = (v: number | null) => (v === null ? "—" : formatNumber(v, locale, 4));
  return (
    <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
      <div>
        <dt className="text-xs text-slate-500">{t("input", { currency: row.currency })}</dt>
        <dd className="tabular-nums">{n(row.inputPerM)}</dd>
      </div>
      <div>
        <dt className="text-xs text-slate-500">{t("cachedInput", { currency: row.currency })}</dt>
        <dd className="tabular-nums">{n(row.cachedInputPerM)}</dd>
      </div>
      <div>
        <dt className="text-xs text-slate-500">{t("output", { currency: row.currency })}</dt>
        <dd className="tabular-nums">{n(row.outputPerM)}</dd>
      </div>
      <div>
        <dt className="text-xs text-slate-500">{t("batch")}</dt>
        <dd className="tabular-nums">{row.batchDiscountPct === null ? t("noBatch") : `${n(row.batchDiscountPct)} %`}</dd>
      </div>
    </dl>
  );
}

function DateAndSource({ asOf, sourceUrl, today }: { asOf: string | null; sourceUrl: string; today: string }) {
  const t = useTranslations("aiCost.prices");
  return (
    <p className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
      <span>{asOf ? t("asOf", { date: asOf }) : t("noDate")}</span>
      {needsPriceCheck(asOf, today) ? (
        <Badge tone="warn" data-testid="check-price">
          {t("checkPrice")}
        </Badge>
      ) : null}
      {sourceUrl ? (
        <a className="text-brand-700 underline" href={sourceUrl} target="_blank" rel="noreferrer noopener">
          {t("source")}
        </a>
      ) : null}
    </p>
  );
}

function ShippedRow({ projectId, row, today, canEdit }: { projectId: string; row: ShippedPrice; today: string; canEdit: boolean }) {
  const t = useTranslations("aiCost.prices");
  return (
    <Card className="space-y-2" data-testid="price-row" data-model={row.id}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h4 className="font-medium">
            {row.provider} · {row.model}
          </h4>
          <p className="text-xs text-slate-500">
            {t(`markets.${row.market}`)} · {t(`tiers.${row.tier}`)}
          </p>
        </div>
        <ActionButton run={() => overrideModelAction({ projectId, modelKey: row.id })} disabled={!canEdit} aria-label={t("overrideNamed", { name: row.model })}>
          {t("override")}
        </ActionButton>
      </div>
      <Prices row={row} />
      <DateAndSource asOf={row.asOf} sourceUrl={row.sourceUrl} today={today} />
      {row.asOfSource ? (
        <p className="text-xs text-slate-500">
          {t("datedBy")}{" "}
          <a className="underline" href={row.asOfSource} target="_blank" rel="noreferrer noopener">
            {new URL(row.asOfSource).hostname}
          </a>
        </p>
      ) : null}
      {row.note ? <p className="text-xs text-slate-500">{row.note}</p> : null}
    </Card>
  );
}

type EntryForm = {
  provider: string;
  model: string;
  currency: string;
  inputPerM: string;
  cachedInputPerM: string;
  outputPerM: string;
  batchDiscountPct: string;
  asOf: string;
  sourceUrl: string;
  note: string;
};

function PriceEntryCard({ projectId, entry, shipped, today, canEdit }: { projectId: string; entry: Entry; shipped: ShippedPrice | null; today: string; canEdit: boolean }) {
  const t = useTranslations("aiCost.prices");
  const router = useRouter();
  const key = `ai-price:${entry.id}`;
  const autosave = useAutosave<EntryForm>({
    key,
    initial: {
      provider: entry.provider,
      model: entry.model,
      currency: entry.currency,
      inputPerM: asText(entry.inputPerM),
      cachedInputPerM: asText(entry.cachedInputPerM),
      outputPerM: asText(entry.outputPerM),
      batchDiscountPct: asText(entry.batchDiscountPct),
      asOf: entry.asOf ?? "",
      sourceUrl: entry.sourceUrl,
      note: entry.note,
    },
    version: entry.version,
    disabled: !canEdit,
    save: (values, version) => updatePriceEntryAction({ projectId, id: entry.id, version, ...values }),
    onSaved: () => router.refresh(),
  });
  const v = autosave.values;
  const prefix = `price-${entry.id}`;
  const labels = {
    provider: t("provider"),
    model: t("model"),
    currency: t("currency"),
    inputPerM: t("input", { currency: v.currency }),
    cachedInputPerM: t("cachedInput", { currency: v.currency }),
    outputPerM: t("output", { currency: v.currency }),
    batchDiscountPct: t("batch"),
    asOf: t("asOfLabel"),
    sourceUrl: t("sourceUrl"),
    note: t("note"),
  };
  const name = v.model || shipped?.model || entry.modelKey;
  return (
    <Card className="space-y-3" data-testid="price-entry" data-model={entry.modelKey}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h4 className="font-medium">{shipped ? `${shipped.provider} · ${shipped.model}` : name}</h4>
          <Badge tone={shipped ? "info" : "neutral"}>{shipped ? t("overridden") : t("custom")}</Badge>
        </div>
        <DeleteRowButton
          label={shipped ? t("backToShipped") : t("delete")}
          accessibleLabel={shipped ? t("backToShippedNamed", { name }) : t("deleteNamed", { name })}
          disabled={!canEdit}
          draftKey={key}
          onDelete={() => deletePriceEntryAction({ projectId, id: entry.id })}
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField autosave={autosave} field="provider" idPrefix={prefix} label={labels.provider} disabled={!canEdit} />
        <TextField autosave={autosave} field="model" idPrefix={prefix} label={labels.model} disabled={!canEdit} />
        <SelectField autosave={autosave} field="currency" idPrefix={prefix} label={labels.currency} disabled={!canEdit} options={PRICE_CURRENCIES.map((c) => ({ value: c, label: c }))} />
      </div>
      <div className="grid gap-3 sm:grid-cols-4">
        <NumberField autosave={autosave} field="inputPerM" idPrefix={prefix} label={labels.inputPerM} disabled={!canEdit} />
        <NumberField autosave={autosave} field="cachedInputPerM" idPrefix={prefix} label={labels.cachedInputPerM} hint={t("cachedHint")} disabled={!canEdit} />
        <NumberField autosave={autosave} field="outputPerM" idPrefix={prefix} label={labels.outputPerM} disabled={!canEdit} />
        <NumberField autosave={autosave} field="batchDiscountPct" idPrefix={prefix} label={labels.batchDiscountPct} hint={t("batchHint")} disabled={!canEdit} />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <DateField autosave={autosave} field="asOf" idPrefix={prefix} label={labels.asOf} disabled={!canEdit} />
        <TextField autosave={autosave} field="sourceUrl" idPrefix={prefix} label={labels.sourceUrl} placeholder="https://" disabled={!canEdit} />
      </div>
      <DateAndSource asOf={v.asOf || null} sourceUrl="" today={today} />
      <TextAreaField autosave={autosave} field="note" idPrefix={prefix} label={labels.note} rows={2} disabled={!canEdit} />
      <SaveStatus autosave={autosave} labels={labels} />
    </Card>
  );
}

type SettingsForm = { usdRate: string; cnyRate: string; eurRate: string; targetMarginPct: string };
const RATE_FIELDS = { USD: "usdRate", CNY: "cnyRate", EUR: "eurRate" } as const;

function SettingsCard({ projectId, plan, canEdit }: { projectId: string; plan: AiCostPlan; canEdit: boolean }) {
  const t = useTranslations("aiCost.settings");
  const router = useRouter();
  const s = plan.settings;
  const autosave = useAutosave<SettingsForm>({
    key: `ai-settings:${projectId}`,
    initial: { usdRate: asText(s.usdRate), cnyRate: asText(s.cnyRate), eurRate: asText(s.eurRate), targetMarginPct: asText(s.targetMarginPct) },
    version: s.version,
    disabled: !canEdit,
    save: (values, version) => saveAiSettingsAction({ projectId, version, ...values }),
    onSaved: () => router.refresh(),
  });
  const others = PRICE_CURRENCIES.filter((c) => c !== plan.currency);
  const labels = {
    usdRate: t("rate", { from: "USD", to: plan.currency }),
    cnyRate: t("rate", { from: "CNY", to: plan.currency }),
    eurRate: t("rate", { from: "EUR", to: plan.currency }),
    targetMarginPct: t("targetMargin"),
  };
  return (
    <Card className="space-y-3" data-testid="ai-settings">
      <h3 className="font-medium">{t("title")}</h3>
      <p className="text-xs text-slate-600">{t("hint", { currency: plan.currency })}</p>
      <div className="grid gap-3 sm:grid-cols-3">
        {others.map((c) => (
          <NumberField key={c} autosave={autosave} field={RATE_FIELDS[c]} idPrefix="ai-settings" label={labels[RATE_FIELDS[c]]} disabled={!canEdit} />
        ))}
        <NumberField autosave={autosave} field="targetMarginPct" idPrefix="ai-settings" label={labels.targetMarginPct} hint={t("targetMarginHint")} disabled={!canEdit} />
      </div>
      <SaveStatus autosave={autosave} labels={labels} />
    </Card>
  );
}
