"use client";
import { useLocale, useTranslations } from "next-intl";
import { NumberField, SelectField, TextField } from "@/components/wizard/record-fields";
import { AddRowForm, DeleteRowButton } from "@/components/wizard/row-controls";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { RowCard } from "@/components/ui/row-card";
import { Field, invalidProps } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave, type Autosave } from "@/components/wizard/use-autosave";
import { addFeatureAction, deleteFeatureAction, updateFeatureAction } from "@/lib/ai-pricing/actions";
import type { AiCostPlan } from "@/lib/ai-pricing/data";
import { featureCosts, inferenceMonthlyCost, sharesTotal, type Cost, type PriceBook } from "@/lib/ai-pricing/model";
import { bookOf, costModelOf, ratesOf } from "@/lib/ai-pricing/plan";
import { MAX_ROUTES } from "@/lib/ai-pricing/schema";
import { formatMoney } from "@/lib/i18n/format";
import { asText, typed, typedOrNull } from "./typed";
import type { RevenueModelId } from "@/lib/plan/facts";

type Feature = AiCostPlan["features"][number];
type RouteForm = { modelKey: string; sharePct: string };
type FeatureForm = {
  name: string;
  routes: RouteForm[];
  inputTokens: string;
  outputTokens: string;
  cachedSharePct: string;
  batchSharePct: string;
  requestsPerUserMonth: string;
  activeUsers: string;
  revenueModel: string;
  requestsPerUnit: string;
};

/** Why a cost cannot be computed, in words; null when it can. */
export function useCostReason() {
  const t = useTranslations("aiCost.reasons");
  return (cost: Cost) => (cost.value !== null ? null : t(cost.reason, { model: cost.modelKey ?? "", currency: cost.currency ?? "" }));
}

type ModelNames = Record<RevenueModelId, string>;

export function RoutingStep({ projectId, plan, canEdit, modelNames }: { projectId: string; plan: AiCostPlan; canEdit: boolean; modelNames: ModelNames }) {
  const t = useTranslations("aiCost.routing");
  const locale = useLocale();
  const model = costModelOf(plan);
  const month = inferenceMonthlyCost(model.features, model.book, model.rates, model.currency);
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <Card className="flex flex-wrap items-baseline justify-between gap-2">
        <div>
          <h3 className="font-medium">{t("total")}</h3>
          <p className="text-xs text-slate-500">{month.unknown > 0 ? t("totalUnknown", { count: month.unknown }) : t("totalHint")}</p>
        </div>
        <p className="text-2xl font-semibold" data-testid="inference-total">
          {formatMoney(month.total, locale, plan.currency)}
        </p>
      </Card>
      <AddRowForm id="new-feature" label={t("addLabel")} placeholder={t("addPlaceholder")} buttonLabel={t("add")} disabled={!canEdit} onAdd={(name) => addFeatureAction({ projectId, name })} />
      {plan.features.length === 0 ? <p className="text-sm text-slate-500">{t("empty")}</p> : null}
      <ul className="space-y-3" data-testid="feature-list">
        {plan.features.map((feature) => (
          <li key={feature.id}>
            <FeatureCard projectId={projectId} feature={feature} plan={plan} canEdit={canEdit} modelNames={modelNames} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function FeatureCard({ projectId, feature, plan, canEdit, modelNames }: { projectId: string; feature: Feature; plan: AiCostPlan; canEdit: boolean; modelNames: ModelNames }) {
  const t = useTranslations("aiCost.routing");
  const modelName = (model: string) => modelNames[model as RevenueModelId] ?? model;
  const locale = useLocale();
  const reason = useCostReason();
  const key = `ai-feature:${feature.id}`;
  const autosave = useAutosave<FeatureForm>({
    key,
    initial: {
      name: feature.name,
      routes: feature.routes.map((r) => ({ modelKey: r.modelKey, sharePct: String(r.sharePct) })),
      inputTokens: asText(feature.inputTokens),
      outputTokens: asText(feature.outputTokens),
      cachedSharePct: asText(feature.cachedSharePct),
      batchSharePct: asText(feature.batchSharePct),
      requestsPerUserMonth: asText(feature.requestsPerUserMonth),
      activeUsers: asText(feature.activeUsers),
      revenueModel: feature.revenueModel ?? "",
      requestsPerUnit: asText(feature.requestsPerUnit),
    },
    version: feature.version,
    disabled: !canEdit,
    save: (values, version) => updateFeatureAction({ projectId, id: feature.id, version, ...values }),
    // The total at the top and the steps' completion come from the stored numbers.
  });
  const v = autosave.values;
  const book = bookOf(plan.priceEntries);
  const routes = v.routes.map((r) => ({ modelKey: r.modelKey, sharePct: typed(r.sharePct) }));
  const costs = featureCosts(
    {
      routes,
      inputTokens: typed(v.inputTokens),
      outputTokens: typed(v.outputTokens),
      cachedSharePct: typed(v.cachedSharePct),
      batchSharePct: typed(v.batchSharePct),
      requestsPerUserMonth: typed(v.requestsPerUserMonth),
      activeUsers: typed(v.activeUsers),
    },
    book,
    ratesOf(plan.settings),
    plan.currency,
  );
  const money = (c: Cost) => formatMoney(c.value, locale, plan.currency);
  const prefix = `feature-${feature.id}`;
  const labels = {
    name: t("name"),
    routes: t("routes"),
    inputTokens: t("inputTokens"),
    outputTokens: t("outputTokens"),
    cachedSharePct: t("cachedShare"),
    batchSharePct: t("batchShare"),
    requestsPerUserMonth: t("requestsPerUser"),
    activeUsers: t("activeUsers"),
    revenueModel: t("revenueModel"),
    requestsPerUnit: t("requestsPerUnit"),
  };
  const why = reason(costs.perRequest);
  const served = plan.revenueModels.find((m) => m.model === v.revenueModel) ?? null;
  const requestsPerUnit = typedOrNull(v.requestsPerUnit) ?? typed(v.requestsPerUserMonth);
  const perUnit = costs.perRequest.value === null ? null : costs.perRequest.value * Math.max(0, requestsPerUnit);
  return (
    <RowCard name={v.name} className="space-y-3" data-testid="feature-card">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-56">
          <TextField autosave={autosave} field="name" idPrefix={prefix} label={labels.name} disabled={!canEdit} />
        </div>
        <DeleteRowButton label={t("delete")} accessibleLabel={t("deleteNamed", { name: v.name })} disabled={!canEdit} draftKey={key} onDelete={() => deleteFeatureAction({ projectId, id: feature.id })} />
      </div>
      <RoutesEditor autosave={autosave} book={book} idPrefix={prefix} disabled={!canEdit} />
      <div className="grid gap-3 sm:grid-cols-4">
        <NumberField autosave={autosave} field="inputTokens" idPrefix={prefix} label={labels.inputTokens} step="1" disabled={!canEdit} />
        <NumberField autosave={autosave} field="outputTokens" idPrefix={prefix} label={labels.outputTokens} step="1" disabled={!canEdit} />
        <NumberField autosave={autosave} field="cachedSharePct" idPrefix={prefix} label={labels.cachedSharePct} hint={t("cachedShareHint")} disabled={!canEdit} />
        <NumberField autosave={autosave} field="batchSharePct" idPrefix={prefix} label={labels.batchSharePct} hint={t("batchShareHint")} disabled={!canEdit} />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <NumberField autosave={autosave} field="requestsPerUserMonth" idPrefix={prefix} label={labels.requestsPerUserMonth} hint={t("requestsPerUserHint")} disabled={!canEdit} />
        <NumberField autosave={autosave} field="activeUsers" idPrefix={prefix} label={labels.activeUsers} step="1" disabled={!canEdit} />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          autosave={autosave}
          field="revenueModel"
          idPrefix={prefix}
          label={labels.revenueModel}
          hint={plan.revenueModels.length === 0 ? t("noRevenueModels") : t("revenueModelHint")}
          disabled={!canEdit}
          options={[
            { value: "", label: t("notInForecast") },
            // A model no longer chosen stays visible so the stored link is not silently lost.
            ...(v.revenueModel && !served ? [{ value: v.revenueModel, label: modelName(v.revenueModel) }] : []),
            ...plan.revenueModels.map((m) => ({ value: m.model, label: modelName(m.model) })),
          ]}
        />
        {v.revenueModel ? (
          <NumberField
            autosave={autosave}
            field="requestsPerUnit"
            idPrefix={prefix}
            label={served?.unit ? t("requestsPerNamedUnit", { unit: served.unit }) : labels.requestsPerUnit}
            hint={t("requestsPerUnitHint", { requests: typed(v.requestsPerUserMonth) })}
            disabled={!canEdit}
          />
        ) : null}
      </div>
      <dl className="grid gap-2 rounded-md bg-slate-50 p-3 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-xs text-slate-500">{t("perRequest")}</dt>
          <dd className="text-lg font-semibold tabular-nums" data-testid="cost-per-request">
            {money(costs.perRequest)}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">{t("perUser")}</dt>
          <dd className="text-lg font-semibold tabular-nums" data-testid="cost-per-user">
            {money(costs.perActiveUser)}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">{t("perMonth")}</dt>
          <dd className="text-lg font-semibold tabular-nums" data-testid="cost-per-month">
            {money(costs.perMonth)}
          </dd>
        </div>
      </dl>
      {v.revenueModel ? (
        <p className="text-sm text-slate-700" data-testid="cost-per-unit">
          {t("perUnitOf", { model: modelName(v.revenueModel), cost: formatMoney(perUnit, locale, plan.currency) })}
        </p>
      ) : (
        <p className="text-xs text-slate-500">{t("notInForecastHint")}</p>
      )}
      {why ? (
        <p role="note" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="cost-reason">
          {why}
        </p>
      ) : null}
      <SaveStatus autosave={autosave} labels={labels} />
    </RowCard>
  );
}

function RoutesEditor({ autosave, book, idPrefix, disabled }: { autosave: Autosave<FeatureForm>; book: PriceBook; idPrefix: string; disabled: boolean }) {
  const t = useTranslations("aiCost.routing");
  const { routes } = autosave.values;
  const models = [...book.values()];
  const total = sharesTotal(routes.map((r) => ({ modelKey: r.modelKey, sharePct: typed(r.sharePct) })));
  const setRoute = (index: number, patch: Partial<RouteForm>) => autosave.set((v) => ({ ...v, routes: v.routes.map((r, i) => (i === index ? { ...r, ...patch } : r)) }));
  const firstUnused = models.find((m) => !routes.some((r) => r.modelKey === m.modelKey))?.modelKey ?? models[0]?.modelKey ?? "";
  return (
    <fieldset className="space-y-2 rounded-md border p-3" data-testid="routes">
      <legend className="px-1 text-sm font-medium">{t("routes")}</legend>
      <p className="text-xs text-slate-500">{t("routesHint")}</p>
      {routes.length === 0 ? <p className="text-sm text-slate-500">{t("noRoutes")}</p> : null}
      <ul className="space-y-2">
        {routes.map((route, index) => {
          const modelId = `${idPrefix}-route-${index}-model`;
          const shareId = `${idPrefix}-route-${index}-share`;
          const modelError = autosave.fieldErrors[`routes.${index}.modelKey`];
          const shareError = autosave.fieldErrors[`routes.${index}.sharePct`];
          const known = book.has(route.modelKey);
          return (
            <li key={index} className="flex flex-wrap items-end gap-2" data-testid="route">
              <div className="min-w-0 flex-1 basis-64">
                <Field id={modelId} label={t("routeModel", { n: index + 1 })} error={modelError}>
                  <Select id={modelId} value={route.modelKey} disabled={disabled} onChange={(e) => setRoute(index, { modelKey: e.target.value })} {...invalidProps(modelId, modelError)}>
                    {known ? null : <option value={route.modelKey}>{t("unknownModel", { model: route.modelKey })}</option>}
                    {models.map((m) => (
                      <option key={m.modelKey} value={m.modelKey}>
                        {m.provider ? `${m.provider} · ` : ""}
                        {m.model || m.modelKey} ({m.currency})
                      </option>
                    ))}
                  </Select>
                </Field>
              </div>
              <div className="w-32">
                <Field id={shareId} label={t("routeShare", { n: index + 1 })} error={shareError}>
                  <Input
                    id={shareId}
                    type="number"
                    inputMode="decimal"
                    min={0}
                    max={100}
                    step="any"
                    value={route.sharePct}
                    disabled={disabled}
                    onChange={(e) => setRoute(index, { sharePct: e.target.value })}
                    {...invalidProps(shareId, shareError)}
                  />
                </Field>
              </div>
              <Button variant="ghost" size="sm" disabled={disabled} aria-label={t("removeRouteNamed", { n: index + 1 })} onClick={() => autosave.set((v) => ({ ...v, routes: v.routes.filter((_, i) => i !== index) }))}>
                {t("removeRoute")}
              </Button>
            </li>
          );
        })}
      </ul>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Button
          variant="secondary"
          size="sm"
          disabled={disabled || routes.length >= MAX_ROUTES || !firstUnused}
          onClick={() => autosave.set((v) => ({ ...v, routes: [...v.routes, { modelKey: firstUnused, sharePct: v.routes.length === 0 ? "100" : "0" }] }))}
        >
          {t("addRoute")}
        </Button>
        <span className={total === 100 ? "text-xs text-slate-600" : "text-xs font-medium text-amber-800"} data-testid="shares-total">
          {t("sharesTotal", { total: Math.round(total * 100) / 100 })}
        </span>
      </div>
    </fieldset>
  );
}
