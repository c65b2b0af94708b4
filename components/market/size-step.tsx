"use client";
import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { Field, invalidProps } from "@/components/ui/field";
import { MoneyInput } from "@/components/ui/money-input";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { formatNumber } from "@/lib/i18n/format";
import { saveSizeAction } from "@/lib/market/actions";
import { marketShares, SIZE_LEVELS } from "@/lib/market/model";
import { TextAreaField, TextField } from "@/components/wizard/record-fields";

type StoredSize = {
  tamValue: number | null;
  tamSource: string;
  samValue: number | null;
  samSource: string;
  somValue: number | null;
  somSource: string;
  annualPricePerCustomer: number | null;
  basis: string;
  version: number;
};

/** Amounts are edited as text; "" means "not estimated". */
type SizeForm = { tamValue: string; tamSource: string; samValue: string; samSource: string; somValue: string; somSource: string; annualPricePerCustomer: string; basis: string };

function amount(text: string): number | null {
  if (text.trim() === "") return null;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

export function SizeStep({ projectId, size, currency, canEdit }: { projectId: string; size: StoredSize | null; currency: string; canEdit: boolean }) {
  const t = useTranslations("market.size");
  const locale = useLocale();
  const stored = size ?? { tamValue: null, tamSource: "", samValue: null, samSource: "", somValue: null, somSource: "", annualPricePerCustomer: null, basis: "", version: 0 };
  const autosave = useAutosave<SizeForm>({
    key: `market-size:${projectId}`,
    initial: {
      tamValue: stored.tamValue === null ? "" : String(stored.tamValue),
      tamSource: stored.tamSource,
      samValue: stored.samValue === null ? "" : String(stored.samValue),
      samSource: stored.samSource,
      somValue: stored.somValue === null ? "" : String(stored.somValue),
      somSource: stored.somSource,
      annualPricePerCustomer: stored.annualPricePerCustomer === null ? "" : String(stored.annualPricePerCustomer),
      basis: stored.basis,
    },
    version: stored.version,
    disabled: !canEdit,
    save: (values, v) => saveSizeAction({ projectId, version: v, ...values }),
  });
  const values = { tamValue: amount(autosave.values.tamValue), samValue: amount(autosave.values.samValue), somValue: amount(autosave.values.somValue) };
  const shares = marketShares(values);
  const labels = Object.fromEntries(
    SIZE_LEVELS.flatMap((l) => [
      [`${l}Value`, t("valueLabel", { level: l.toUpperCase(), currency })],
      [`${l}Source`, t("sourceLabel", { level: l.toUpperCase() })],
    ]),
  );
  return (
    <div className="space-y-4">
      <p role="note" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
        {t("warning")}
      </p>
      <Card className="space-y-5">
        {SIZE_LEVELS.map((level) => {
          return (
            <fieldset key={level} className="space-y-2" data-testid={`size-${level}`}>
              <legend className="font-medium">{t(level)}</legend>
              <p className="text-xs text-slate-500">{t(`${level}Hint`)}</p>
              <div className="grid gap-3 sm:grid-cols-[1fr_2fr]">
                <div>
                  <Field id={`size-${level}Value`} label={t("valueLabel", { level: level.toUpperCase(), currency })} error={autosave.fieldErrors[`${level}Value`]}>
                    <MoneyInput
                      id={`size-${level}Value`}
                      currency={currency}
                      value={autosave.values[`${level}Value`]}
                      disabled={!canEdit}
                      onChange={(amount) => autosave.set({ [`${level}Value`]: amount })}
                      {...invalidProps(`size-${level}Value`, autosave.fieldErrors[`${level}Value`])}
                    />
                  </Field>
                </div>
                <TextField autosave={autosave} field={`${level}Source`} idPrefix="size" label={t("sourceLabel", { level: level.toUpperCase() })} placeholder={t("sourcePlaceholder")} disabled={!canEdit} />
              </div>
            </fieldset>
          );
        })}
        <div className="text-sm text-slate-700" data-testid="size-shares" aria-live="polite">
          {shares.samOfTam === null && shares.somOfSam === null ? <p className="text-slate-500">{t("noFigures")}</p> : null}
          {shares.samOfTam !== null ? <p>{t("samOfTam", { pct: formatNumber(shares.samOfTam, locale) })}</p> : null}
          {shares.somOfSam !== null ? <p>{t("somOfSam", { pct: formatNumber(shares.somOfSam, locale) })}</p> : null}
        </div>
        <Field id="size-annualPricePerCustomer" label={t("priceLabel", { currency })} hint={t("priceHint")} error={autosave.fieldErrors.annualPricePerCustomer}>
          <MoneyInput
            id="size-annualPricePerCustomer"
            currency={currency}
            value={autosave.values.annualPricePerCustomer}
            disabled={!canEdit}
            onChange={(amount) => autosave.set({ annualPricePerCustomer: amount })}
            {...invalidProps("size-annualPricePerCustomer", autosave.fieldErrors.annualPricePerCustomer)}
          />
        </Field>
        <TextAreaField autosave={autosave} field="basis" idPrefix="size" label={t("basis")} hint={t("basisHint")} disabled={!canEdit} />
        <SaveStatus autosave={autosave} labels={{ ...labels, annualPricePerCustomer: t("priceLabel", { currency }), basis: t("basis") }} />
      </Card>
    </div>
  );
}
