"use client";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { DateField, NumberField, SelectField, TextAreaField, TextField } from "@/components/wizard/record-fields";
import { AddRowForm, DeleteRowButton } from "@/components/wizard/row-controls";
import { Card } from "@/components/ui/card";
import { RowCard } from "@/components/ui/row-card";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { addCreditAction, deleteCreditAction, updateCreditAction } from "@/lib/ai-pricing/actions";
import { CREDIT_SCOPES, creditSchedule, monthBounds } from "@/lib/ai-pricing/credits";
import type { AiCostPlan } from "@/lib/ai-pricing/data";
import { inferenceMonthlyCost } from "@/lib/ai-pricing/model";
import { costModelOf } from "@/lib/ai-pricing/plan";
import { formatMoney } from "@/lib/i18n/format";
import { asText } from "./typed";

const HORIZON = 24;

type Credit = AiCostPlan["credits"][number];
type CreditForm = { name: string; provider: string; appliesTo: string; amount: string; startsOn: string; expiresOn: string; note: string };

export function CreditsStep({ projectId, plan, computeMonthlyCost, today, canEdit }: { projectId: string; plan: AiCostPlan; computeMonthlyCost: number; today: string; canEdit: boolean }) {
  const t = useTranslations("aiCost.credits");
  const locale = useLocale();
  const model = costModelOf(plan);
  const inference = inferenceMonthlyCost(model.features, model.book, model.rates, model.currency).total;
  const startMonth = today.slice(0, 7);
  const schedule = creditSchedule(model.credits, startMonth, HORIZON, { cloud: Array(HORIZON).fill(computeMonthlyCost), modelApi: Array(HORIZON).fill(inference) });
  const money = (v: number) => formatMoney(v, locale, plan.currency);
  const monthOf = (index: number) => monthBounds(startMonth, index).first.slice(0, 7);
  const last = schedule.lastCoveredMonth;
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <Card className="space-y-2" data-testid="credits-summary">
        <h3 className="font-medium">{t("summaryTitle")}</h3>
        <p className="text-xs text-slate-500">{t("spendBasis", { cloud: money(computeMonthlyCost), modelApi: money(inference) })}</p>
        {last === null ? (
          <p className="text-sm">{t("noCoverage")}</p>
        ) : (
          <p className="text-sm" data-testid="credits-cliff">
            {last >= HORIZON - 1
              ? t("coversHorizon", { months: HORIZON })
              : t("cliff", { month: monthOf(last), next: monthOf(last + 1), rise: money(schedule.offsets[last]) })}
          </p>
        )}
        {schedule.expiredUnused.map((lost, i) =>
          lost > 0 ? (
            <p key={plan.credits[i].id} className="text-sm text-amber-800" data-testid="credit-lost">
              {t("lost", { name: plan.credits[i].name, amount: money(lost) })}
            </p>
          ) : null,
        )}
        {last !== null ? (
          <details className="text-sm">
            <summary className="cursor-pointer text-brand-700">{t("table")}</summary>
            <table className="mt-2 w-full text-right tabular-nums" data-testid="credit-offsets">
              <thead>
                <tr className="border-b text-slate-600">
                  <th scope="col" className="px-2 py-1 text-left font-medium">{t("month")}</th>
                  <th scope="col" className="px-2 py-1 font-medium">{t("offset")}</th>
                </tr>
              </thead>
              <tbody>
                {schedule.offsets.slice(0, Math.min(HORIZON, last + 2)).map((offset, i) => (
                  <tr key={i} className="border-b last:border-0">
                    <th scope="row" className="px-2 py-1 text-left font-normal">{monthOf(i)}</th>
                    <td className="px-2 py-1">{money(offset)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        ) : null}
        <p className="text-xs text-slate-500">
          {t("forecastLater")}{" "}
          <Link className="text-brand-700 underline" href={`/projects/${projectId}/business-model?step=burn`}>
            {t("forecastLink")}
          </Link>
        </p>
      </Card>
      <AddRowForm id="new-credit" label={t("addLabel")} placeholder={t("addPlaceholder")} buttonLabel={t("add")} disabled={!canEdit} onAdd={(name) => addCreditAction({ projectId, name })} />
      {plan.credits.length === 0 ? <p className="text-sm text-slate-500">{t("empty")}</p> : null}
      <ul className="space-y-3">
        {plan.credits.map((credit) => (
          <li key={credit.id}>
            <CreditCard projectId={projectId} credit={credit} currency={plan.currency} canEdit={canEdit} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function CreditCard({ projectId, credit, currency, canEdit }: { projectId: string; credit: Credit; currency: string; canEdit: boolean }) {
  const t = useTranslations("aiCost.credits");
  const router = useRouter();
  const key = `ai-credit:${credit.id}`;
  const autosave = useAutosave<CreditForm>({
    key,
    initial: {
      name: credit.name,
      provider: credit.provider,
      appliesTo: credit.appliesTo,
      amount: asText(credit.amount),
      startsOn: credit.startsOn ?? "",
      expiresOn: credit.expiresOn ?? "",
      note: credit.note,
    },
    version: credit.version,
    disabled: !canEdit,
    save: (values, version) => updateCreditAction({ projectId, id: credit.id, version, ...values }),
    onSaved: () => router.refresh(),
  });
  const v = autosave.values;
  const prefix = `credit-${credit.id}`;
  const labels = {
    name: t("name"),
    provider: t("provider"),
    appliesTo: t("appliesTo"),
    amount: t("amount", { currency }),
    startsOn: t("startsOn"),
    expiresOn: t("expiresOn"),
    note: t("note"),
  };
  return (
    <RowCard name={v.name} className="space-y-3" data-testid="credit-card">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-56">
          <TextField autosave={autosave} field="name" idPrefix={prefix} label={labels.name} disabled={!canEdit} />
        </div>
        <DeleteRowButton label={t("delete")} accessibleLabel={t("deleteNamed", { name: v.name })} disabled={!canEdit} draftKey={key} onDelete={() => deleteCreditAction({ projectId, id: credit.id })} />
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField autosave={autosave} field="provider" idPrefix={prefix} label={labels.provider} disabled={!canEdit} />
        <SelectField autosave={autosave} field="appliesTo" idPrefix={prefix} label={labels.appliesTo} disabled={!canEdit} options={CREDIT_SCOPES.map((s) => ({ value: s, label: t(`scopes.${s}`) }))} />
        <NumberField autosave={autosave} field="amount" idPrefix={prefix} label={labels.amount} disabled={!canEdit} />
        <DateField autosave={autosave} field="startsOn" idPrefix={prefix} label={labels.startsOn} disabled={!canEdit} />
        <DateField autosave={autosave} field="expiresOn" idPrefix={prefix} label={labels.expiresOn} hint={t("expiresHint")} disabled={!canEdit} />
      </div>
      <TextAreaField autosave={autosave} field="note" idPrefix={prefix} label={labels.note} rows={2} disabled={!canEdit} />
      <SaveStatus autosave={autosave} labels={labels} />
    </RowCard>
  );
}
