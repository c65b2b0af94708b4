"use client";
import { useLocale, useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { NumberField, SelectField, TextField } from "@/components/wizard/record-fields";
import { AddRowForm, DeleteRowButton } from "@/components/wizard/row-controls";
import { RowCard } from "@/components/ui/row-card";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { addSelfHostAction, deleteSelfHostAction, updateSelfHostAction } from "@/lib/ai-pricing/actions";
import type { AiCostPlan } from "@/lib/ai-pricing/data";
import { bookOf, comparedApiPrice, ratesOf } from "@/lib/ai-pricing/plan";
import { breakEvenUtilisation, breakEvenVerdict, costCurve, selfHostCostPerMillion } from "@/lib/ai-pricing/self-host";
import { formatNumber, formatMoney } from "@/lib/i18n/format";
import { ACCELERATOR_SUGGESTIONS } from "@/lib/platform/model";
import { asText, typed } from "./typed";

// recharts is large: load it after the page, like the other charts.
const BreakEvenChart = dynamic(() => import("./break-even-chart"), { ssr: false });

type Scenario = AiCostPlan["selfHost"][number];
type ScenarioForm = {
  name: string;
  gpuType: string;
  gpuCount: string;
  hourlyPrice: string;
  tokensPerSecond: string;
  utilisationPct: string;
  compareModelKey: string;
  outputSharePct: string;
  cachedSharePct: string;
};

export function SelfHostStep({ projectId, plan, canEdit }: { projectId: string; plan: AiCostPlan; canEdit: boolean }) {
  const t = useTranslations("aiCost.selfHost");
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <AddRowForm id="new-self-host" label={t("addLabel")} placeholder={t("addPlaceholder")} buttonLabel={t("add")} disabled={!canEdit} onAdd={(name) => addSelfHostAction({ projectId, name })} />
      <datalist id="self-host-accelerators">
        {ACCELERATOR_SUGGESTIONS.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
      {plan.selfHost.length === 0 ? <p className="text-sm text-slate-500">{t("empty")}</p> : null}
      <ul className="space-y-3">
        {plan.selfHost.map((scenario) => (
          <li key={scenario.id}>
            <ScenarioCard projectId={projectId} scenario={scenario} plan={plan} canEdit={canEdit} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function ScenarioCard({ projectId, scenario, plan, canEdit }: { projectId: string; scenario: Scenario; plan: AiCostPlan; canEdit: boolean }) {
  const t = useTranslations("aiCost.selfHost");
  const locale = useLocale();
  const router = useRouter();
  const key = `ai-self-host:${scenario.id}`;
  const autosave = useAutosave<ScenarioForm>({
    key,
    initial: {
      name: scenario.name,
      gpuType: scenario.gpuType,
      gpuCount: asText(scenario.gpuCount),
      hourlyPrice: asText(scenario.hourlyPrice),
      tokensPerSecond: asText(scenario.tokensPerSecond),
      utilisationPct: asText(scenario.utilisationPct),
      compareModelKey: scenario.compareModelKey,
      outputSharePct: asText(scenario.outputSharePct),
      cachedSharePct: asText(scenario.cachedSharePct),
    },
    version: scenario.version,
    disabled: !canEdit,
    save: (values, version) => updateSelfHostAction({ projectId, id: scenario.id, version, ...values }),
    onSaved: () => router.refresh(),
  });
  const v = autosave.values;
  const book = bookOf(plan.priceEntries);
  const deployment = { hourlyPrice: typed(v.hourlyPrice), gpuCount: typed(v.gpuCount), tokensPerSecond: typed(v.tokensPerSecond) };
  const utilisation = typed(v.utilisationPct);
  const api = comparedApiPrice({ compareModelKey: v.compareModelKey, outputSharePct: typed(v.outputSharePct), cachedSharePct: typed(v.cachedSharePct) }, book, ratesOf(plan.settings), plan.currency);
  const selfCost = selfHostCostPerMillion(deployment, utilisation);
  const breakEven = api === null ? null : breakEvenUtilisation(deployment, api);
  const verdict = breakEvenVerdict(breakEven, utilisation);
  const money = (value: number | null) => formatMoney(value, locale, plan.currency);
  const pct = (value: number) => `${formatNumber(value, locale, 1)} %`;
  const prefix = `self-host-${scenario.id}`;
  const labels = {
    name: t("name"),
    gpuType: t("gpuType"),
    gpuCount: t("gpuCount"),
    hourlyPrice: t("hourlyPrice", { currency: plan.currency }),
    tokensPerSecond: t("tokensPerSecond"),
    utilisationPct: t("utilisation"),
    compareModelKey: t("compareModel"),
    outputSharePct: t("outputShare"),
    cachedSharePct: t("cachedShare"),
  };
  const models = [...book.values()].map((m) => ({ value: m.modelKey, label: `${m.provider ? `${m.provider} · ` : ""}${m.model || m.modelKey} (${m.currency})` }));
  return (
    <RowCard name={v.name} className="space-y-3" data-testid="self-host-card">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-56">
          <TextField autosave={autosave} field="name" idPrefix={prefix} label={labels.name} disabled={!canEdit} />
        </div>
        <DeleteRowButton label={t("delete")} accessibleLabel={t("deleteNamed", { name: v.name })} disabled={!canEdit} draftKey={key} onDelete={() => deleteSelfHostAction({ projectId, id: scenario.id })} />
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField autosave={autosave} field="gpuType" idPrefix={prefix} label={labels.gpuType} list="self-host-accelerators" disabled={!canEdit} />
        <NumberField autosave={autosave} field="gpuCount" idPrefix={prefix} label={labels.gpuCount} step="1" disabled={!canEdit} />
        <NumberField autosave={autosave} field="hourlyPrice" idPrefix={prefix} label={labels.hourlyPrice} hint={t("hourlyPriceHint")} disabled={!canEdit} />
        <NumberField autosave={autosave} field="tokensPerSecond" idPrefix={prefix} label={labels.tokensPerSecond} hint={t("tokensPerSecondHint")} disabled={!canEdit} />
        <NumberField autosave={autosave} field="utilisationPct" idPrefix={prefix} label={labels.utilisationPct} hint={t("utilisationHint")} disabled={!canEdit} />
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField autosave={autosave} field="compareModelKey" idPrefix={prefix} label={labels.compareModelKey} disabled={!canEdit} options={[{ value: "", label: t("chooseModel") }, ...models]} />
        <NumberField autosave={autosave} field="outputSharePct" idPrefix={prefix} label={labels.outputSharePct} hint={t("outputShareHint")} disabled={!canEdit} />
        <NumberField autosave={autosave} field="cachedSharePct" idPrefix={prefix} label={labels.cachedSharePct} disabled={!canEdit} />
      </div>
      <dl className="grid gap-2 rounded-md bg-slate-50 p-3 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-xs text-slate-500">{t("selfCost", { utilisation: pct(utilisation) })}</dt>
          <dd className="text-lg font-semibold tabular-nums" data-testid="self-host-cost">{money(selfCost)}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">{t("apiCost")}</dt>
          <dd className="text-lg font-semibold tabular-nums" data-testid="api-cost">{money(api)}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">{t("breakEven")}</dt>
          <dd className="text-lg font-semibold tabular-nums" data-testid="break-even">{breakEven === null ? "—" : pct(breakEven)}</dd>
        </div>
      </dl>
      <p className="text-sm" data-testid="self-host-verdict" data-verdict={verdict}>
        {t(`verdicts.${verdict}`, { breakEven: breakEven === null ? "—" : pct(breakEven) })}
      </p>
      {api !== null && breakEven !== null ? (
        <figure className="space-y-2">
          <figcaption className="text-sm font-medium">{t("chartTitle")}</figcaption>
          <div className="h-64 w-full" aria-hidden>
            <BreakEvenChart
              curve={costCurve(deployment, api)}
              breakEven={breakEven <= 100 ? breakEven : null}
              labels={{ selfHost: t("chartSelfHost"), api: t("chartApi"), utilisation: t("chartUtilisation") }}
              money={(value) => money(value)}
            />
          </div>
          <details className="text-sm">
            <summary className="cursor-pointer text-brand-700">{t("chartTable")}</summary>
            <table className="mt-2 w-full text-right tabular-nums">
              <thead>
                <tr className="border-b text-slate-600">
                  <th scope="col" className="px-2 py-1 text-left font-medium">{t("chartUtilisation")}</th>
                  <th scope="col" className="px-2 py-1 font-medium">{t("chartSelfHost")}</th>
                  <th scope="col" className="px-2 py-1 font-medium">{t("chartApi")}</th>
                </tr>
              </thead>
              <tbody>
                {costCurve(deployment, api).map((point) => (
                  <tr key={point.utilisation} className="border-b last:border-0">
                    <th scope="row" className="px-2 py-1 text-left font-normal">{point.utilisation} %</th>
                    <td className="px-2 py-1">{money(point.selfHost)}</td>
                    <td className="px-2 py-1">{money(point.api)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </figure>
      ) : null}
      <SaveStatus autosave={autosave} labels={labels} />
    </RowCard>
  );
}
