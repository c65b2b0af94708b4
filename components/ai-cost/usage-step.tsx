"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { NumberField, SelectField } from "@/components/wizard/record-fields";
import { Badge } from "@/components/ui/badge";
import { RowCard } from "@/components/ui/row-card";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { updateFeatureUsageAction } from "@/lib/ai-pricing/actions";
import type { AiCostPlan } from "@/lib/ai-pricing/data";
import { costPerRequest } from "@/lib/ai-pricing/model";
import { bookOf, ratesOf } from "@/lib/ai-pricing/plan";
import { costAtPercentiles, PERCENTILES, requestsAtPercentiles, suggestQuota, tierMargins, USAGE_SHAPES, type Tier, type UsageDistribution } from "@/lib/ai-pricing/usage";
import { formatNumber, formatMoney } from "@/lib/i18n/format";
import { useCostReason } from "./routing-step";
import { asText, typedOrNull } from "./typed";

type Feature = AiCostPlan["features"][number];
/** A revenue model with a price, named in the reader's language. */
export type NamedTier = Tier & { label: string };
type UsageForm = { usageShape: string; medianRequests: string; p90Ratio: string; p50Requests: string; p90Requests: string; p99Requests: string };

export function UsageStep({ projectId, plan, tiers, canEdit }: { projectId: string; plan: AiCostPlan; tiers: NamedTier[]; canEdit: boolean }) {
  const t = useTranslations("aiCost.usage");
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      {tiers.length === 0 ? <p className="text-sm text-slate-500">{t("noTiers")}</p> : null}
      {plan.features.length === 0 ? <p className="text-sm text-slate-500">{t("noFeatures")}</p> : null}
      <ul className="space-y-3">
        {plan.features.map((feature) => (
          <li key={feature.id}>
            <UsageCard projectId={projectId} feature={feature} plan={plan} tiers={tiers} canEdit={canEdit} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function UsageCard({ projectId, feature, plan, tiers, canEdit }: { projectId: string; feature: Feature; plan: AiCostPlan; tiers: NamedTier[]; canEdit: boolean }) {
  const t = useTranslations("aiCost.usage");
  const locale = useLocale();
  const router = useRouter();
  const reason = useCostReason();
  const autosave = useAutosave<UsageForm>({
    key: `ai-usage:${feature.id}`,
    initial: {
      usageShape: feature.usageShape,
      medianRequests: asText(feature.medianRequests),
      p90Ratio: asText(feature.p90Ratio),
      p50Requests: asText(feature.p50Requests),
      p90Requests: asText(feature.p90Requests),
      p99Requests: asText(feature.p99Requests),
    },
    version: feature.version,
    disabled: !canEdit,
    save: (values, version) => updateFeatureUsageAction({ projectId, id: feature.id, version, ...values }),
    onSaved: () => router.refresh(),
  });
  const v = autosave.values;
  const distribution: UsageDistribution =
    v.usageShape === "manual"
      ? { shape: "manual", p50Requests: typedOrNull(v.p50Requests), p90Requests: typedOrNull(v.p90Requests), p99Requests: typedOrNull(v.p99Requests) }
      : { shape: "lognormal", medianRequests: typedOrNull(v.medianRequests), p90Ratio: typedOrNull(v.p90Ratio) };
  const requests = requestsAtPercentiles(distribution);
  const perRequest = costPerRequest(feature, bookOf(plan.priceEntries), ratesOf(plan.settings), plan.currency);
  const money = (value: number | null) => formatMoney(value, locale, plan.currency);
  const count = (value: number) => formatNumber(value, locale, 0);
  const prefix = `usage-${feature.id}`;
  const labels = {
    usageShape: t("shape"),
    medianRequests: t("median"),
    p90Ratio: t("p90Ratio"),
    p50Requests: t("requestsAt", { p: "p50" }),
    p90Requests: t("requestsAt", { p: "p90" }),
    p99Requests: t("requestsAt", { p: "p99" }),
  };
  const costs = requests.ok && perRequest.value !== null ? costAtPercentiles(requests.values, perRequest.value) : null;
  const margins = requests.ok && perRequest.value !== null ? tierMargins(tiers, requests.values, perRequest.value) : [];
  const target = plan.settings.targetMarginPct;
  return (
    <RowCard name={feature.name} className="space-y-3" data-testid="usage-card">
      <h3 className="font-medium">{feature.name}</h3>
      <p className="text-xs text-slate-600">
        {t("costPerRequest")}: <span className="font-semibold">{money(perRequest.value)}</span> {reason(perRequest) ? `— ${reason(perRequest)}` : null}
      </p>
      <div className="grid gap-3 sm:grid-cols-4">
        <SelectField autosave={autosave} field="usageShape" idPrefix={prefix} label={labels.usageShape} disabled={!canEdit} options={USAGE_SHAPES.map((s) => ({ value: s, label: t(`shapes.${s}`) }))} />
        {v.usageShape === "manual" ? (
          <>
            <NumberField autosave={autosave} field="p50Requests" idPrefix={prefix} label={labels.p50Requests} disabled={!canEdit} />
            <NumberField autosave={autosave} field="p90Requests" idPrefix={prefix} label={labels.p90Requests} disabled={!canEdit} />
            <NumberField autosave={autosave} field="p99Requests" idPrefix={prefix} label={labels.p99Requests} disabled={!canEdit} />
          </>
        ) : (
          <>
            <NumberField autosave={autosave} field="medianRequests" idPrefix={prefix} label={labels.medianRequests} disabled={!canEdit} />
            <NumberField autosave={autosave} field="p90Ratio" idPrefix={prefix} label={labels.p90Ratio} hint={t("p90RatioHint")} disabled={!canEdit} />
          </>
        )}
      </div>
      {requests.ok ? (
        <table className="w-full text-right text-sm tabular-nums" data-testid="percentile-table">
          <caption className="sr-only">{t("tableCaption", { name: feature.name })}</caption>
          <thead>
            <tr className="border-b text-slate-600">
              <th scope="col" className="px-2 py-1 text-left font-medium" />
              {PERCENTILES.map((p) => (
                <th key={p} scope="col" className="px-2 py-1 font-medium">
                  {t(`percentiles.${p}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="border-b">
              <th scope="row" className="px-2 py-1 text-left font-normal">{t("requestsRow")}</th>
              {PERCENTILES.map((p) => (
                <td key={p} className="px-2 py-1">{count(requests.values[p])}</td>
              ))}
            </tr>
            <tr className="border-b">
              <th scope="row" className="px-2 py-1 text-left font-normal">{t("costRow")}</th>
              {PERCENTILES.map((p) => (
                <td key={p} className="px-2 py-1" data-testid={`cost-${p}`}>{money(costs ? costs[p] : null)}</td>
              ))}
            </tr>
            {margins.map((m) => (
              <tr key={m.model} className="border-b last:border-0" data-testid="tier-row" data-losing={m.losingAt.length > 0}>
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  {t(m.basis === "perUser" ? "marginPerUser" : "marginPerRequest", { tier: tiers.find((x) => x.model === m.model)?.label ?? m.model, price: money(m.price), unit: m.unit })}
                </th>
                {PERCENTILES.map((p) => (
                  <td key={p} className={m.margin[p] < 0 ? "px-2 py-1 font-semibold text-red-700" : "px-2 py-1"}>
                    {money(m.margin[p])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="text-sm text-amber-800">{t(`reasons.${requests.reason}`)}</p>
      )}
      {requests.ok && requests.mean !== null ? <p className="text-xs text-slate-500">{t("mean", { mean: count(requests.mean), stored: count(feature.requestsPerUserMonth) })}</p> : null}
      {margins.map((m) => {
        const losing = m.losingAt.length > 0;
        const quota = m.basis === "perUser" && target !== null && perRequest.value !== null ? suggestQuota(m.price, perRequest.value, target) : null;
        const label = tiers.find((x) => x.model === m.model)?.label ?? m.model;
        return (
          <div key={m.model} className="space-y-1 text-sm" data-testid="tier-verdict">
            {losing ? (
              <p>
                <Badge tone="bad">{t("loses")}</Badge> {t("losesAt", { tier: label, percentiles: m.losingAt.map((p) => t(`percentiles.${p}`)).join(", ") })}
              </p>
            ) : (
              <p>
                <Badge tone="good">{t("covers")}</Badge> {t("coversAll", { tier: label })}
              </p>
            )}
            {quota ? (
              <p className="text-slate-700" data-testid="quota">
                {t("quota", { tier: label, margin: target ?? 0, requests: count(quota.includedRequests), overage: money(quota.overagePerRequest) })}
              </p>
            ) : null}
          </div>
        );
      })}
      {margins.some((m) => m.basis === "perUser") && target === null ? <p className="text-xs text-slate-500">{t("setMargin")}</p> : null}
      <SaveStatus autosave={autosave} labels={labels} />
    </RowCard>
  );
}
