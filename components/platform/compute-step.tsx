"use client";
import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { RowCard } from "@/components/ui/row-card";
import { Field, invalidProps } from "@/components/ui/field";
import { MoneyInput } from "@/components/ui/money-input";
import { NumberField, SelectField, TextField } from "@/components/wizard/record-fields";
import { AddRowForm, DeleteRowButton } from "@/components/wizard/row-controls";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { formatMoney } from "@/lib/i18n/format";
import { addComputeLineAction, deleteComputeLineAction, updateComputeLineAction } from "@/lib/platform/actions";
import type { Platform } from "@/lib/platform/data";
import { ACCELERATOR_SUGGESTIONS, COMPUTE_PURPOSES, computeLineMonthlyCost, computeMonthlyCost, MAX_HOURS_PER_MONTH, PROVIDER_SUGGESTIONS } from "@/lib/platform/model";

type ComputeLine = Platform["computeLines"][number];
/** Numbers are edited as text so a half-typed value is kept; the server parses and checks them. */
type ComputeLineForm = Omit<ComputeLine, "id" | "version" | "quantity" | "hoursPerMonth" | "hourlyRate"> & { quantity: string; hoursPerMonth: string; hourlyRate: string };

/** A typed number, or 0 while it is empty or not a valid number (the live preview never shows NaN). */
function typed(text: string): number {
  const value = Number(text);
  return text.trim() !== "" && Number.isFinite(value) ? value : 0;
}

export function ComputeStep({ projectId, computeLines, currency, canEdit }: { projectId: string; computeLines: ComputeLine[]; currency: string; canEdit: boolean }) {
  const t = useTranslations("platform");
  const locale = useLocale();
  // The stored total; each line shows its live cost while it is being edited.
  const total = computeMonthlyCost(computeLines);
  return (
    <div className="space-y-4">
      <Card className="flex flex-wrap items-baseline justify-between gap-2">
        <div>
          <h3 className="font-medium">{t("compute.total")}</h3>
          <p className="text-xs text-slate-500">{t("compute.totalHint", { currency })}</p>
        </div>
        <p className="text-2xl font-semibold" data-testid="compute-total">
          {formatMoney(total, locale, currency)}
        </p>
      </Card>
      <p className="text-sm text-slate-600">{t("compute.noRates")}</p>
      <AddRowForm
        id="new-compute-line-name"
        label={t("compute.addLabel")}
        placeholder={t("compute.addPlaceholder")}
        buttonLabel={t("row.add")}
        disabled={!canEdit}
        onAdd={(name) => addComputeLineAction({ projectId, name })}
      />
      <datalist id="compute-providers">
        {PROVIDER_SUGGESTIONS.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <datalist id="compute-accelerators">
        {ACCELERATOR_SUGGESTIONS.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
      {computeLines.length === 0 ? <p className="text-sm text-slate-500">{t("row.empty")}</p> : null}
      <ul className="space-y-3" data-testid="compute-line-list">
        {computeLines.map((line) => (
          <li key={line.id}>
            <ComputeLineRow projectId={projectId} line={line} currency={currency} canEdit={canEdit} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function ComputeLineRow({ projectId, line, currency, canEdit }: { projectId: string; line: ComputeLine; currency: string; canEdit: boolean }) {
  const t = useTranslations("platform");
  const locale = useLocale();
  const { id, version, quantity, hoursPerMonth, hourlyRate, ...rest } = line;
  const autosave = useAutosave<ComputeLineForm>({
    key: `platform-compute-line:${id}`,
    initial: { ...rest, quantity: String(quantity), hoursPerMonth: String(hoursPerMonth), hourlyRate: String(hourlyRate) },
    version,
    disabled: !canEdit,
    save: (values, v) => updateComputeLineAction({ projectId, id, version: v, ...values }),
    // Refresh the stored monthly total (and step completion) once the server has the new numbers.
  });
  const prefix = `compute-${id}`;
  const v = autosave.values;
  const lineCost = computeLineMonthlyCost({ quantity: typed(v.quantity), hoursPerMonth: typed(v.hoursPerMonth), hourlyRate: typed(v.hourlyRate) });
  const labels = {
    name: t("compute.name"),
    purpose: t("compute.purpose"),
    provider: t("compute.provider"),
    accelerator: t("compute.accelerator"),
    quantity: t("compute.quantity"),
    hoursPerMonth: t("compute.hoursPerMonth"),
    hourlyRate: t("compute.hourlyRate", { currency }),
  };
  return (
    <RowCard name={v.name} className="space-y-3" data-testid="compute-line-row">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-56">
          <TextField autosave={autosave} field="name" idPrefix={prefix} label={labels.name} disabled={!canEdit} />
        </div>
        <div className="w-48">
          <SelectField autosave={autosave} field="purpose" idPrefix={prefix} label={labels.purpose} disabled={!canEdit} options={COMPUTE_PURPOSES.map((p) => ({ value: p, label: t(`purposes.${p}`) }))} />
        </div>
        <DeleteRowButton
          label={t("row.delete")}
          accessibleLabel={t("row.deleteNamed", { name: v.name })}
          disabled={!canEdit}
          draftKey={`platform-compute-line:${id}`}
          onDelete={() => deleteComputeLineAction({ projectId, id })}
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField autosave={autosave} field="provider" idPrefix={prefix} label={labels.provider} placeholder={t("compute.providerPlaceholder")} list="compute-providers" disabled={!canEdit} />
        <TextField autosave={autosave} field="accelerator" idPrefix={prefix} label={labels.accelerator} placeholder={t("compute.acceleratorPlaceholder")} list="compute-accelerators" disabled={!canEdit} />
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <NumberField autosave={autosave} field="quantity" idPrefix={prefix} label={labels.quantity} step="1" disabled={!canEdit} />
        <NumberField autosave={autosave} field="hoursPerMonth" idPrefix={prefix} label={labels.hoursPerMonth} hint={t("compute.hoursPerMonthHint", { max: MAX_HOURS_PER_MONTH })} disabled={!canEdit} />
        <Field id={`${prefix}-hourlyRate`} label={labels.hourlyRate} error={autosave.fieldErrors.hourlyRate}>
          <MoneyInput
            id={`${prefix}-hourlyRate`}
            currency={currency}
            value={v.hourlyRate}
            disabled={!canEdit}
            onChange={(hourlyRate) => autosave.set({ hourlyRate })}
            {...invalidProps(`${prefix}-hourlyRate`, autosave.fieldErrors.hourlyRate)}
          />
        </Field>
      </div>
      <p className="text-sm">
        {t("compute.lineCost")}: <span className="font-semibold" data-testid="compute-line-cost">{formatMoney(lineCost, locale, currency)}</span>
      </p>
      <SaveStatus autosave={autosave} labels={labels} />
    </RowCard>
  );
}
